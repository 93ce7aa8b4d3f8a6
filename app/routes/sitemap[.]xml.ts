import type { LoaderFunctionArgs } from '@remix-run/node'

import { POSTS_PER_PAGE } from '~/lib/content/content.server'
import { textResponse } from '~/lib/etag.server'
import { PUBLIC_PAGE_CACHE } from '~/lib/http'
import { loadSiteHead } from '~/lib/meta'
import { sitemapUrls, sitemapXml } from '~/lib/outputs/sitemap'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [site, entries] = await Promise.all([loadSiteHead(context, request), context.content.getSitemapEntries()])
  return textResponse(
    request,
    sitemapXml(sitemapUrls(entries, POSTS_PER_PAGE), site.origin),
    {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': PUBLIC_PAGE_CACHE,
    },
    context,
  )
}
