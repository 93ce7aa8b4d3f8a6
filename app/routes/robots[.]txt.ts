import type { LoaderFunctionArgs } from '@remix-run/node'

import { PUBLIC_PAGE_CACHE } from '~/lib/http'
import { loadSiteHead } from '~/lib/meta'
import { robotsTxt } from '~/lib/outputs/sitemap'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const site = await loadSiteHead(context, request)
  return new Response(robotsTxt(site.origin), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PUBLIC_PAGE_CACHE },
  })
}
