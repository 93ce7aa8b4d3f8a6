import { Link } from '@remix-run/react'

import type { PostLink } from '~/lib/content/types'

interface PostNavProps {
  previous: PostLink | null
  next: PostLink | null
}

// Previous = newer, Next = older, as the newest-first index reads (and as the practice’s old site did).
// prefetch="intent": readers walk this chain, so the next page’s data loads while they point at the link.
export function PostNav({ previous, next }: PostNavProps) {
  if (!previous && !next) return null
  return (
    <nav
      aria-label="More articles"
      data-print="hide"
      className="mt-12 grid gap-6 border-t border-stone-200 pt-6 sm:grid-cols-2"
    >
      {previous ? (
        <Link to={`/blog/${previous.slug}`} rel="prev" prefetch="intent" className="group block no-underline">
          <span className="block text-sm text-stone-500">← Previous</span>
          <span className="font-serif text-lg text-brand-800 group-hover:underline">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={`/blog/${next.slug}`} rel="next" prefetch="intent" className="group block no-underline sm:text-right">
          <span className="block text-sm text-stone-500">Next →</span>
          <span className="font-serif text-lg text-brand-800 group-hover:underline">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  )
}
