import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'

import { Pagination } from '~/components/pagination'
import { PostCard } from '~/components/post-card'
import { loaderCacheHeaders, notFound, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { siteOf } from '~/lib/meta'
import { headTags } from '~/lib/outputs/head'
import { BLOG_DESCRIPTION, generatedImage, siteCard } from '~/lib/outputs/share-card'
import { blogPath } from '~/lib/outputs/urls'
import { parsePageParam } from '~/lib/pagination'

export const headers = loaderCacheHeaders

export async function loader({ request, context }: LoaderFunctionArgs) {
  const page = parsePageParam(new URL(request.url).searchParams.get('page'))
  const result = page === null ? null : await context.content.listPosts(page)
  if (!result) throw notFound('No such page of articles')
  return json(result, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const site = siteOf(matches)
  if (!site || !data) return [{ title: 'Blog | Well Mind Body' }]
  return headTags({
    site,
    path: blogPath(data.page),
    title: data.page > 1 ? `Blog, page ${data.page}` : 'Blog',
    description: BLOG_DESCRIPTION,
    type: 'website',
    image: generatedImage('/blog', siteCard(site, '/blog', site.origin), site.rev, site.origin),
  })
}

export default function BlogIndex() {
  const { posts, page, pageCount } = useLoaderData<typeof loader>()
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <h1 className="font-serif text-4xl font-semibold text-brand-900">Blog</h1>
      {posts.length === 0 ? (
        <p className="mt-6 text-stone-700">No articles have been published yet.</p>
      ) : (
        <div className="mt-4 divide-y divide-stone-200">
          {posts.map(post => (
            <PostCard key={post.id} post={post} />
          ))}
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} />
    </main>
  )
}
