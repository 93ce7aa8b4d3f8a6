import type { LoaderFunctionArgs } from '@remix-run/node'

import { textResponse } from '~/lib/etag.server'
import { PUBLIC_PAGE_CACHE } from '~/lib/http'
import { loadSiteHead } from '~/lib/meta'
import { openSearchXml } from '~/lib/outputs/opensearch'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const site = await loadSiteHead(context, request)
  return textResponse(
    request,
    openSearchXml(site),
    { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8', 'Cache-Control': PUBLIC_PAGE_CACHE },
    context,
  )
}
