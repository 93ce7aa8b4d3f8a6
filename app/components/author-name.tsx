import { Link } from '@remix-run/react'

import type { AuthorSummary } from '~/lib/content/types'
import { formatAuthorName } from '~/lib/names'

/** "Elizabeth Miller, Ph.D., LPC-S, LMFT", linked to the author's page when there is one. */
export function AuthorName({ author, className }: { author: AuthorSummary; className?: string }) {
  const label = formatAuthorName(author)
  if (!author.slug) return <span className={className}>{label}</span>
  return (
    <Link to={`/authors/${author.slug}`} rel="author" className={className}>
      {label}
    </Link>
  )
}
