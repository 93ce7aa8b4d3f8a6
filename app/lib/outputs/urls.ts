// Canonical addresses. One origin for every absolute URL the site prints (canonical, og:url, share images,
// feeds, sitemap): PUBLIC_SITE_URL, else the site settings' address, else the address the request came to.

export function canonicalOrigin(publicSiteUrl: string | null, siteUrl: string | null, requestUrl: string): string {
  for (const candidate of [publicSiteUrl, siteUrl]) {
    if (!candidate) continue
    try {
      const url = new URL(candidate)
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin
    } catch {
      // not an address: try the next one
    }
  }
  return new URL(requestUrl).origin
}

/**
 * The one address of a page: no tracking or other parameters (utm_*, fbclid, gclid, …), ever; the blog index
 * keeps its own `page` from page 2 on.
 */
export function canonicalPath(pathname: string, page?: number): string {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  return page && page > 1 ? `${path}?page=${page}` : path
}

export const postPath = (slug: string) => `/blog/${slug}`
export const authorPath = (slug: string) => `/authors/${slug}`
export const blogPath = (page = 1) => canonicalPath('/blog', page)
