import { Link } from '@remix-run/react'

import type { PostSummary } from '~/lib/content/types'

import { FormattedDate } from './formatted-date'

// Under a page's own h2 sections (the home page), a card's title is an h3: headings never skip a level.
export function PostCard({ post, headingLevel = 2 }: { post: PostSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="py-6">
      <Heading className="font-serif text-2xl font-semibold">
        <Link to={`/blog/${post.slug}`} className="text-stone-900 no-underline hover:text-brand-700 hover:underline">
          {post.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-stone-600">
        <FormattedDate iso={post.publishedAt} />
        {post.author ? <span> · {post.author.name}</span> : null}
      </p>
      {post.excerpt ? <p className="mt-2 text-stone-700">{post.excerpt}</p> : null}
    </article>
  )
}
