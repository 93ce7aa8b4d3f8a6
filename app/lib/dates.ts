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
