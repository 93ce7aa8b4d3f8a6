// The signed webhook, for hosts where a process cannot hold Sanity's live stream open: Sanity's
// GROQ-powered webhook posts the changed document ({_id, _type} at least), signed with SANITY_WEBHOOK_SECRET.
import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'

import type { ContentService } from '../content/content.server.ts'
import { isDraftOrVersion, tagsForChange } from './changes.ts'
import type { Invalidation } from './index.ts'

// A signature older than this is a replay, whatever it signs.
export const WEBHOOK_MAX_AGE_MS = 5 * 60_000
const REMEMBERED_KEYS = 1000

export interface Webhook {
  handle(request: Request): Promise<Response>
}

const answer = (status: number, body: object) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  })

export function createWebhook({
  secret,
  content,
  invalidation,
  onValidCall,
  now = Date.now,
}: {
  secret: string | null
  content: ContentService
  invalidation: Invalidation
  /** Called before the work: the Sanity source reads past its CDN for a while (it may hold the old version). */
  onValidCall?: () => void
  now?: () => number
}): Webhook {
  const seenKeys = new Set<string>()
  return {
    async handle(request) {
      const refused = answer(401, { error: 'Unauthorized' })
      if (request.method !== 'POST' || !secret) return refused
      const signature = request.headers.get(SIGNATURE_HEADER_NAME) ?? ''
      const body = await request.text()
      let timestamp: number
      try {
        timestamp = decodeSignatureHeader(signature).timestamp
        if (!(await isValidSignature(body, signature, secret))) return refused
      } catch {
        return refused
      }
      if (Math.abs(now() - timestamp) > WEBHOOK_MAX_AGE_MS) return refused
      const key = request.headers.get('idempotency-key')
      if (key && seenKeys.has(key)) return answer(200, { dropped: [], repeated: true })
      let change: { _id?: unknown; _type?: unknown }
      try {
        change = JSON.parse(body) as typeof change
      } catch {
        return answer(400, { error: 'The body is not JSON: project at least {_id, _type} in the webhook.' })
      }
      if (typeof change?._id !== 'string' || typeof change._type !== 'string')
        return answer(400, { error: 'The body has no _id and _type: project at least {_id, _type} in the webhook.' })
      if (key) {
        if (seenKeys.size >= REMEMBERED_KEYS) seenKeys.delete(seenKeys.values().next().value as string)
        seenKeys.add(key)
      }
      onValidCall?.()
      const id = change._id
      const neighbours = change._type === 'post' && !isDraftOrVersion(id) ? await content.getNeighbourIds(id) : []
      const dropped = tagsForChange({ id, type: change._type }, neighbours)
      if (dropped.length > 0) invalidation.invalidate(dropped)
      return answer(200, { dropped })
    },
  }
}
