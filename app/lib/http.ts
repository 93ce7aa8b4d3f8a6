import type { HeadersFunction } from '@remix-run/node'

// Short-lived in browsers and shared caches: a published change shows within a minute, and a later
// full-page cache with webhook revalidation can take over without readers holding stale copies.
export const PUBLIC_PAGE_CACHE = 'public, max-age=60, stale-while-revalidate=300'

/** Passes the loader's Cache-Control on to the document response. */
export const loaderCacheHeaders: HeadersFunction = ({ loaderHeaders }) => {
  const cacheControl = loaderHeaders.get('Cache-Control')
  return cacheControl ? { 'Cache-Control': cacheControl } : new Headers()
}

export function notFound(message = 'Not found'): Response {
  return new Response(message, { status: 404, statusText: 'Not Found' })
}
