import { Link } from '@remix-run/react'

import type { Post } from '~/lib/content/types'
import { formatAuthorName } from '~/lib/names'

import { AuthorName } from './author-name'
import { FormattedDate } from './formatted-date'

// The trust line under an article's title: who wrote it, when, when it was revised and clinically reviewed.
export function ArticleMeta({ post, minutes }: { post: Post; minutes: number }) {
  return (
    <div className="mt-3 space-y-1 text-stone-700">
      <p>
        {post.author ? (
          <>
            By <AuthorName author={post.author} className="text-brand-800 underline" /> ·{' '}
          </>
        ) : null}
        <FormattedDate iso={post.publishedAt} />
        {post.updatedAt && post.updatedAt > post.publishedAt ? (
          <>
            {' '}
            · Updated <FormattedDate iso={post.updatedAt} />
          </>
        ) : null}
        {' · '}
        {minutes} min read
      </p>
      {post.reviewedBy && post.lastReviewed ? (
        <p data-testid="clinical-review">
          Clinically reviewed by{' '}
          {post.reviewedBy.slug ? (
            <Link to={`/authors/${post.reviewedBy.slug}`} className="text-brand-800 underline">
              {formatAuthorName(post.reviewedBy)}
            </Link>
          ) : (
            formatAuthorName(post.reviewedBy)
          )}{' '}
          on <FormattedDate iso={post.lastReviewed} />
        </p>
      ) : null}
    </div>
  )
}
