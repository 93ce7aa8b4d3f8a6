import { Link } from '@remix-run/react'

import type { TopicLink } from '~/lib/content/types'

export function TopicLinks({ topics }: { topics: TopicLink[] }) {
  return (
    <ul aria-label="Topics" className="mt-3 flex flex-wrap gap-2 print:hidden">
      {topics.map(topic => (
        <li key={topic.id}>
          <Link
            to={`/topics/${topic.slug}`}
            className="inline-block rounded-full border border-brand-100 bg-brand-50 px-3 py-1 text-sm text-brand-900 no-underline hover:border-brand-700"
          >
            {topic.title}
          </Link>
        </li>
      ))}
    </ul>
  )
}
