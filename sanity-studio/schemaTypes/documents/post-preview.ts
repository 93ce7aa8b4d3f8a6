interface PostSelection {
  title?: string
  publishedAt?: string
  authorName?: string
  media?: unknown
}

// "Feb 14, 2023 · Elizabeth Miller", or "Scheduled for Mar 3, 2026 · …" while the date is in the future,
// in the editor's own time zone, as the date field shows it.
export function previewPost({ title, publishedAt, authorName, media }: PostSelection, now: Date = new Date()) {
  const date = publishedAt ? new Date(publishedAt) : null
  const when = !date ? 'No publication date' : date > now ? `Scheduled for ${formatDate(date)}` : formatDate(date)
  return {
    title: title || 'Untitled article',
    subtitle: [when, authorName || 'No author'].join(' · '),
    media: media as never,
  }
}

function formatDate(date: Date): string {
  return date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' })
}
