import { Link } from '@remix-run/react'

import type { PostSummary } from '~/lib/content/types'

import { FormattedDate } from './formatted-date'

export function PostCard({ post }: { post: PostSummary }) {
  return (
    <article className="py-6">
      <h2 className="font-serif text-2xl font-semibold">
        <Link to={`/blog/${post.slug}`} className="text-stone-900 no-underline hover:text-brand-700 hover:underline">
          {post.title}
        </Link>
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        <FormattedDate iso={post.publishedAt} />
        {post.author ? <span> · {post.author.name}</span> : null}
      </p>
      {post.excerpt ? <p className="mt-2 text-stone-700">{post.excerpt}</p> : null}
    </article>
  )
}
