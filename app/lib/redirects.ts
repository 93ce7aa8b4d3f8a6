// Redirect paths and the redirect graph, shared by the site (runtime) and the Studio (validation).
// Pure, no dependencies, relative imports only, so the Studio can import it as it imports safe-href.

export interface RedirectRule {
  from: string
  to: string
  permanent: boolean
}

/** What a site path is, as far as redirects care: the page kinds whose existence can be checked. */
export type PathKind =
  | { kind: 'post'; slug: string }
  | { kind: 'author'; slug: string }
  | { kind: 'topic'; slug: string }
  | { kind: 'service'; slug: string }
  | { kind: 'standalone'; slug: string } // a `page` document, at /<slug>
  | { kind: 'page' } // a page that always exists (home, blog index, about, contact, feeds, sitemap)
  | { kind: 'other' }

const ALWAYS_THERE = new Set([
  '/',
  '/blog',
  '/about',
  '/contact',
  '/services',
  '/rss.xml',
  '/atom.xml',
  '/sitemap.xml',
  '/robots.txt',
])
const SECTIONS = { blog: 'post', authors: 'author', topics: 'topic', services: 'service' } as const

/** "/Blog/Old-Post/" and "/blog/old-post" are one address: no trailing slash, decoded, lower case. */
export function redirectKey(path: string): string {
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // a malformed escape is matched as typed
  }
  const trimmed = decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded
  return (trimmed || '/').toLowerCase()
}

export function classifyPath(path: string): PathKind {
  const [pathname = ''] = path.split(/[?#]/)
  const key = redirectKey(pathname)
  if (ALWAYS_THERE.has(key)) return { kind: 'page' }
  const match = /^\/(blog|authors|topics|services)\/([^/]+)$/.exec(key)
  if (match?.[2]) return { kind: SECTIONS[match[1] as keyof typeof SECTIONS], slug: match[2] }
  const standalone = /^\/([a-z0-9][a-z0-9-]*)$/.exec(key)
  return standalone?.[1] ? { kind: 'standalone', slug: standalone[1] } : { kind: 'other' }
}

/**
 * Why a `from` or `to` value cannot be used, or null. `from` is a bare path (query strings are not matched;
 * the visitor's query string is carried over); `to` may add a query string or an anchor.
 */
export function checkRedirectPath(value: unknown, field: 'from' | 'to'): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'Enter a path of this site, starting with “/”.'
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//'))
    return 'Enter a path of this site only, without “https://” and the domain: for example /blog/self-care.'
  if (!value.startsWith('/')) return 'A path starts with “/”: for example /blog/self-care.'
  if (/\s/.test(value)) return 'A path has no spaces.'
  if (field === 'from' && /[?#]/.test(value))
    return 'Leave out the “?…” or “#…” part: the address is matched without it, and visitors keep their own.'
  return null
}

export type RedirectOutcome =
  | { kind: 'redirect'; to: string; permanent: boolean; via: string[] }
  | { kind: 'loop'; via: string[] }
  | { kind: 'too-long'; via: string[] }

export const MAX_REDIRECT_HOPS = 5

/**
 * Follows redirects from `start` until an address that is not redirected, so a visitor gets one hop even where
 * rules chain. A loop, or a chain longer than MAX_REDIRECT_HOPS, is refused. `next` gives the rule for an
 * address, or null. Permanent only if every hop is.
 */
export async function followRedirects(
  start: string,
  next: (
    path: string,
  ) => Promise<{ to: string; permanent: boolean } | null> | { to: string; permanent: boolean } | null,
): Promise<RedirectOutcome | null> {
  const via = [start]
  const seen = new Set([redirectKey(start)])
  let permanent = true
  let current = start
  for (let hop = 0; ; hop++) {
    const [pathname = ''] = current.split(/[?#]/)
    const rule = await next(pathname)
    if (!rule) return hop === 0 ? null : { kind: 'redirect', to: current, permanent, via }
    if (hop === MAX_REDIRECT_HOPS) return { kind: 'too-long', via }
    const [target = ''] = rule.to.split(/[?#]/)
    via.push(rule.to)
    if (seen.has(redirectKey(target))) return { kind: 'loop', via }
    seen.add(redirectKey(target))
    permanent &&= rule.permanent
    current = rule.to
  }
}

/** The Studio's check of one redirect against the others: a message for a duplicate, a loop or a chain. */
export function findRedirectProblem(rule: { from: string; to: string }, others: RedirectRule[]): string | null {
  const byFrom = new Map(others.map(other => [redirectKey(other.from), other]))
  const duplicate = byFrom.get(redirectKey(rule.from))
  if (duplicate) return `Another redirect already sends ${duplicate.from} to ${duplicate.to}: keep only one of them.`
  if (redirectKey(rule.to.split(/[?#]/)[0] ?? '') === redirectKey(rule.from))
    return 'This redirect points to itself: choose a different page to send visitors to.'
  const path = [rule.from, rule.to]
  const target = redirectKey(rule.to.split(/[?#]/)[0] ?? '')
  // Both ends are visited: a circle among the others is then named once round, where it closes.
  const seen = new Set([redirectKey(rule.from), target])
  let current = byFrom.get(target)
  while (current) {
    path.push(current.to)
    const key = redirectKey(current.to.split(/[?#]/)[0] ?? '')
    if (seen.has(key)) return `These redirects go round in a circle (${path.join(' → ')}): visitors would never arrive.`
    seen.add(key)
    current = byFrom.get(key)
  }
  if (path.length > 2)
    return `${rule.to} itself redirects (${path.slice(1).join(' → ')}). Point this redirect straight to ${path.at(-1)}.`
  return null
}

/** The target, keeping the visitor's query string (utm_… and the like) unless the target sets the same key. */
export function withQuery(to: string, search: string): string {
  if (!search || search === '?') return to
  const [beforeHash = '', hash] = to.split('#', 2)
  const [path = '', targetQuery = ''] = beforeHash.split('?', 2)
  const params = new URLSearchParams(search)
  for (const [key, value] of new URLSearchParams(targetQuery)) params.set(key, value)
  const query = params.toString()
  return `${path}${query ? `?${query}` : ''}${hash !== undefined ? `#${hash}` : ''}`
}
