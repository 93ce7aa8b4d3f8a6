// Sanity's Live Content API as an input to invalidation: every process holds one event stream, so any number
// of instances behind a load balancer stay fresh with no coordination between them (see ADR 007).
import type { ContentSource } from '../content/source.server.ts'
import type { Invalidation } from './index.ts'

const RETRY_MS = 5_000

export function subscribeLiveEvents({
  source,
  invalidation,
  log = console,
}: {
  source: Required<Pick<ContentSource, 'liveEvents' | 'setLastLiveEventId'>>
  invalidation: Invalidation
  log?: Pick<Console, 'error'>
}) {
  let subscription: { unsubscribe(): void } | undefined
  let retry: NodeJS.Timeout | undefined
  let closed = false
  let welcomed = false

  function connect() {
    subscription = source.liveEvents().subscribe({
      next(event) {
        if (event.type === 'message') {
          // The next queries ask for this version at least: a CDN copy from before the event is never used.
          source.setLastLiveEventId(event.id)
          invalidation.invalidate(event.tags.map(tag => `sync:${tag}`))
        } else if (event.type === 'restart') {
          source.setLastLiveEventId(event.id)
          invalidation.invalidate(['*'])
        } else if (event.type === 'reconnect' || (event.type === 'welcome' && welcomed)) {
          // Events may have been missed while the stream was down.
          invalidation.invalidate(['*'])
        } else if (event.type === 'welcome') welcomed = true
      },
      error(error) {
        log.error(`Sanity live events stopped (${(error as Error).message}); retrying in ${RETRY_MS / 1000} s.`)
        invalidation.invalidate(['*'])
        if (!closed) retry = setTimeout(connect, RETRY_MS)
      },
    })
  }
  connect()
  return {
    close() {
      closed = true
      clearTimeout(retry)
      subscription?.unsubscribe()
    },
  }
}
