import { Link } from '@remix-run/react'

import { postPath } from '~/lib/outputs/urls'

import { FormattedDate } from './formatted-date'

interface RelatedPost {
  id: string
  slug: string
  title: string
  excerpt: string
  publishedAt: string
}

/** Up to three articles on the same topics or resting on the same studies, before Previous and Next. */
export function RelatedArticles({ posts }: { posts: RelatedPost[] }) {
  if (posts.length === 0) return null
  return (
    <section aria-labelledby="related-heading" data-print="hide" className="mt-12 border-t border-stone-200 pt-8">
      <h2 id="related-heading" className="font-serif text-2xl font-semibold text-stone-900">
        Related articles
      </h2>
      <ul className="mt-4 space-y-5">
        {posts.map(post => (
          <li key={post.id}>
            <Link
              to={postPath(post.slug)}
              className="font-serif text-lg font-semibold text-brand-900 hover:text-brand-700"
            >
              {post.title}
            </Link>
            <p className="mt-1 text-sm text-stone-500">
              <FormattedDate iso={post.publishedAt} />
            </p>
            <p className="mt-1 text-stone-700">{post.excerpt}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
