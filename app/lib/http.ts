import { type HeadersFunction, json, redirect } from '@remix-run/node'

import type { ContentService } from './content/content.server.ts'
import type { SearchService } from './search/service.server.ts'
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

/** Where an address with no page lives now (an earlier slug, a redirect document), or null. */
export async function movedTo(
  pathname: string,
  content: ContentService,
): Promise<{ to: string; permanent: boolean } | null> {
  const outcome = await content.resolveRedirect(pathname)
  if (outcome?.kind === 'redirect') return { to: outcome.to, permanent: outcome.permanent }
  if (outcome) console.warn(`Redirect refused (${outcome.kind}): ${outcome.via.join(' → ')}`)
  return null
}

/** 301 (cached for an hour) or 302 (not cached) to where the page lives now. */
export function movedResponse(to: string, permanent: boolean): Response {
  return redirect(to, {
    status: permanent ? 301 : 302,
    headers: { 'Cache-Control': permanent ? 'public, max-age=3600' : 'no-cache' },
  })
}

export interface MissingPageData {
  message: string
  /** Articles whose words match the address's: where the 404 page suggests going. */
  suggestions: { title: string; slug: string }[]
}

// The path's own words, not the site's sections: /blog/ketamine-therapy-guide → ketamine, therapy, guide.
const SECTIONS = new Set(['blog', 'topics', 'services', 'authors', 'page', 'www', 'html', 'php'])
export function wordsOfPath(pathname: string): string[] {
  let path = pathname
  try {
    path = decodeURIComponent(pathname)
  } catch {
    // bad percent-encoding: the words as they are
  }
  const words = path
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(word => word.length >= 3 && !SECTIONS.has(word))
  return [...new Set(words)].slice(0, 8)
}

/**
 * For an address with no page: a redirect to where it lives now (an earlier slug, a redirect document), keeping
 * the visitor's query string; else a 404 that suggests up to three articles matching the address's words. A
 * redirect that loops or leads nowhere is logged and answers 404.
 */
export async function missingPage(
  request: Request,
  context: { content: ContentService; search?: Pick<SearchService, 'suggest'> },
  message = 'Not found',
): Promise<Response> {
  const url = new URL(request.url)
  const moved = await movedTo(url.pathname, context.content)
  if (moved) return movedResponse(withQuery(moved.to, url.search), moved.permanent)
  const words = wordsOfPath(url.pathname)
  const found = words.length > 0 && context.search ? await context.search.suggest(words, 3) : []
  const data: MissingPageData = { message, suggestions: found.map(({ title, slug }) => ({ title, slug })) }
  return json(data, { status: 404, statusText: 'Not Found' })
}
