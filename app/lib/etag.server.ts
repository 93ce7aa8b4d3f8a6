import { createHash } from 'node:crypto'

import { PRIVATE_HEADERS } from './http.ts'

/** A weak validator for a response body: the same bytes, the same ETag. */
export function etagOf(body: string | Uint8Array): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`
}

/** Whether the client already holds this version (If-None-Match names it, or is "*"). */
export function isFresh(request: Request, etag: string): boolean {
  const held = request.headers.get('If-None-Match')
  if (!held) return false
  return held === '*' || held.split(',').some(tag => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))
}

/**
 * A text response with an ETag, or 304 when the client has it already. In a preview session (drafts) it is
 * private and never stored, as the preview's pages are.
 */
export function textResponse(
  request: Request,
  body: string,
  headers: Record<string, string>,
  context?: { preview?: { active: boolean } },
): Response {
  if (context?.preview?.active) headers = { ...headers, ...PRIVATE_HEADERS }
  const etag = etagOf(body)
  if (isFresh(request, etag)) return new Response(null, { status: 304, headers: { ...headers, ETag: etag } })
  return new Response(body, { headers: { ...headers, ETag: etag } })
}
