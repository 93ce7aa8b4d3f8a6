// The link allow-list shared by the site and the Studio (pure, no dependencies, relative imports only).
// Allowed: http(s), mailto, tel, site-relative paths and in-page anchors. Anything else (javascript:,
// data:, vbscript:, protocol-relative "//host", …) is refused and the link text renders as plain text.
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

// Browsers strip ASCII whitespace and control characters before reading a scheme ("java\tscript:").
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f]/g

export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false
  const cleaned = href.replace(IGNORED_BY_BROWSERS, '')
  if (cleaned === '') return false
  if (cleaned.startsWith('#')) return true
  if (cleaned.startsWith('/')) return !cleaned.startsWith('//') && !cleaned.startsWith('/\\')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)
  if (!scheme) return /^[\w.~-]/.test(cleaned) && !cleaned.includes('\\') // "page", "./page", "../page"
  if (!ALLOWED_SCHEMES.has(scheme[0].toLowerCase())) return false
  if (scheme[0].toLowerCase().startsWith('http')) {
    try {
      return Boolean(new URL(href.trim()).hostname)
    } catch {
      return false
    }
  }
  return true
}
