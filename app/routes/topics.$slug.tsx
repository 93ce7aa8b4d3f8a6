import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'

import { PostCard } from '~/components/post-card'
import { loaderCacheHeaders, missingPage, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { siteOf } from '~/lib/meta'
import { practicePageHead } from '~/lib/outputs/page-head'
import { practiceCardText } from '~/lib/outputs/share-card'

export const headers = loaderCacheHeaders

export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const topic = await context.content.getTopicPage(params.slug ?? '')
  if (!topic) throw await missingPage(request, context, 'No topic at this address')
  return json({ topic }, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const site = siteOf(matches)
  if (!site || !data) return [{ title: 'Topic not found | Well Mind Body' }]
  const { topic } = data
  return practicePageHead(
    site,
    {
      path: `/topics/${topic.slug}`,
      title: `${topic.title}: articles`,
      description: topic.description,
      type: 'CollectionPage',
    },
    practiceCardText.topic(topic),
  )
}

export default function TopicPage() {
  const { topic } = useLoaderData<typeof loader>()
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">Topic</p>
      <h1 className="font-serif text-4xl font-semibold text-brand-900">{topic.title}</h1>
      {topic.description ? <p className="mt-3 text-lg text-stone-700">{topic.description}</p> : null}
      {topic.posts.length === 0 ? <p className="mt-8 text-stone-700">No articles on this topic yet.</p> : null}
      <div className="mt-4 divide-y divide-stone-200">
        {topic.posts.map(post => (
          <PostCard key={post.id} post={post} />
        ))}
      </div>
    </main>
  )
}
