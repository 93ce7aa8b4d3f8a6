import { Link } from '@remix-run/react'

import type { AuthorSummary } from '~/lib/content/types'

/** "Elizabeth Miller, Ph.D., LPC-S, LMFT", linked to the author's page when there is one. */
export function AuthorName({ author, className }: { author: AuthorSummary; className?: string }) {
  const label = author.credentials ? `${author.name}, ${author.credentials}` : author.name
  if (!author.slug) return <span className={className}>{label}</span>
  return (
    <Link to={`/authors/${author.slug}`} rel="author" className={className}>
      {label}
    </Link>
  )
}
