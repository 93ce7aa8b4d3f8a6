// A scheduled post appears when its moment comes, with no edit to announce it: this clock waits for the next
// such moment and drops what must now show the post. It re-arms after every invalidation.
import type { ContentService } from '../content/content.server.ts'
import { tagsForChange } from './changes.ts'
import type { Invalidation } from './index.ts'

// Timers are re-armed at least this often, so a long wait survives clock changes.
const LONGEST_WAIT_MS = 10 * 60_000
// Fire a little after the moment, so that now() in the query is surely past it.
const MARGIN_MS = 250

export function startPublishClock({ content, invalidation }: { content: ContentService; invalidation: Invalidation }) {
  let timer: NodeJS.Timeout | undefined
  let closed = false

  async function arm() {
    clearTimeout(timer)
    if (closed) return
    const next = await content.getNextScheduled().catch(() => null)
    const due = next ? Date.parse(next.publishedAt) : Number.NaN
    const wait = Number.isNaN(due)
      ? LONGEST_WAIT_MS
      : Math.min(Math.max(due - Date.now() + MARGIN_MS, 0), LONGEST_WAIT_MS)
    timer = setTimeout(async () => {
      if (next && Date.now() >= due) {
        const neighbours = await content.getNeighbourIds(next.id).catch(() => [])
        invalidation.invalidate(tagsForChange({ id: next.id, type: 'post' }, neighbours)) // re-arms (below)
      } else void arm()
    }, wait)
    timer.unref()
  }

  invalidation.register('publish-clock', { drop: () => void arm() })
  void arm()
  return {
    close() {
      closed = true
      clearTimeout(timer)
    },
  }
}
