import type { LoaderFunctionArgs } from '@remix-run/node'

import { textResponse } from '~/lib/etag.server'
import { PUBLIC_PAGE_CACHE } from '~/lib/http'
import { loadSiteHead } from '~/lib/meta'
import { FEED_SIZE, atomFeed } from '~/lib/outputs/feeds.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [site, posts] = await Promise.all([loadSiteHead(context, request), context.content.listFeedPosts(FEED_SIZE)])
  return textResponse(
    request,
    atomFeed(posts, site),
    {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': PUBLIC_PAGE_CACHE,
    },
    context,
  )
}
