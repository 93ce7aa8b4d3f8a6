// The security headers of every response (ADR 012). The Content-Security-Policy allows no inline script
// but those carrying the response's nonce: Remix's scripts when a route hydrates, the speculation rules of
// an article. JSON-LD is data, not script, and needs none.
import { randomBytes } from 'node:crypto'

/** A fresh nonce: 128 random bits, base64. One per rendered page. */
export const createNonce = () => randomBytes(16).toString('base64')

export interface SecurityOptions {
  nonce: string | null
  /** The Studio's origin may frame preview pages (its Presentation tool); nothing else may frame any page. */
  framedBy?: string | null
}

export function contentSecurityPolicy({ nonce, framedBy }: SecurityOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ''}`,
    "style-src 'self'",
    // Images from the site, and from Sanity's image CDN with a Sanity project.
    "img-src 'self' data: https://cdn.sanity.io",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${framedBy ? framedBy : "'none'"}`,
  ].join('; ')
}

export function securityHeaders(options: SecurityOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    // Browsers heed it only over HTTPS, where the site is served in production.
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    // Article addresses name health conditions: other sites see only the origin.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.framedBy ? {} : { 'X-Frame-Options': 'DENY' }),
  }
}
