import { format } from 'date-fns'

/**
 * "March 4, 2024" for a stored UTC instant. Formatted from the UTC calendar date so that the server and
 * every reader's browser print the same day (no hydration mismatch, no off-by-one for readers west of UTC).
 */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return format(new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()), 'MMMM d, yyyy')
}

/** The latest of some instants, compared as instants (not as strings: "…00.000Z" < "…00Z"), or null. */
export function latestInstant(instants: Array<string | null | undefined>): string | null {
  let best: string | null = null
  for (const instant of instants) {
    const time = instant ? Date.parse(instant) : Number.NaN
    if (!Number.isNaN(time) && (best === null || time > Date.parse(best))) best = instant ?? null
  }
  return best
}
