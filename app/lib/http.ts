import { type HeadersFunction, redirect } from '@remix-run/node'

import type { ContentService } from './content/content.server.ts'
import { withQuery } from './redirects.ts'

// Browsers revalidate every time (ETag, so usually a 304); a CDN in front keeps a page 30 s and may serve it
// 30 s more while it refetches. A publish is therefore visible through a CDN within 60 s, and at once from
// the app itself (its caches are dropped by the invalidation module). See ADR 007.
export const PUBLIC_PAGE_CACHE = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30'
/** Preview and anything personal: never stored, never indexed. */
export const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' }

/** Passes the loader's Cache-Control on to the document response. */
export const loaderCacheHeaders: HeadersFunction = ({ loaderHeaders }) => {
  const cacheControl = loaderHeaders.get('Cache-Control')
  return cacheControl ? { 'Cache-Control': cacheControl } : new Headers()
}

export function notFound(message = 'Not found'): Response {
  return new Response(message, { status: 404, statusText: 'Not Found' })
}

/**
 * For an address with no page: a redirect to where it lives now (an earlier slug, a redirect document), keeping
 * the visitor's query string; else a 404. A redirect that loops or leads nowhere is logged and answers 404.
 */
export async function missingPage(request: Request, content: ContentService, message?: string): Promise<Response> {
  const url = new URL(request.url)
  const outcome = await content.resolveRedirect(url.pathname)
  if (outcome?.kind === 'redirect')
    return redirect(withQuery(outcome.to, url.search), {
      status: outcome.permanent ? 301 : 302,
      headers: { 'Cache-Control': outcome.permanent ? 'public, max-age=3600' : 'no-cache' },
    })
  if (outcome) console.warn(`Redirect refused (${outcome.kind}): ${outcome.via.join(' → ')}`)
  return notFound(message)
}
