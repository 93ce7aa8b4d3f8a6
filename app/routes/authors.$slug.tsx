import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'

import { PostCard } from '~/components/post-card'
import { RichText } from '~/components/portable-text'
import { SanityImage } from '~/components/sanity-image'
import { loaderCacheHeaders, missingPage, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { siteOf } from '~/lib/meta'
import { headTags } from '~/lib/outputs/head'
import { authorJsonLd } from '~/lib/outputs/json-ld'
import { authorCard, generatedImage, pipelineImage } from '~/lib/outputs/share-card'
import { authorPath } from '~/lib/outputs/urls'

export const headers = loaderCacheHeaders

export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const page = await context.content.getAuthorPage(params.slug ?? '')
  if (!page) throw await missingPage(request, context, 'No author at this address')
  return json(page, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const site = siteOf(matches)
  if (!site || !data) return [{ title: 'Author not found | Well Mind Body' }]
  const path = authorPath(data.author.slug ?? '')
  return headTags({
    site,
    path,
    title: data.author.name,
    description: data.author.shortBio,
    type: 'profile',
    image:
      pipelineImage(data.author.image) ??
      generatedImage(path, authorCard(data, site, site.origin), data.rev, site.origin),
    jsonLd: authorJsonLd(data.author, site),
  })
}

export default function AuthorPage() {
  const { author, posts } = useLoaderData<typeof loader>()
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <header className="flex items-center gap-6">
        {author.image ? (
          <SanityImage
            image={author.image}
            aspect={1}
            sizes="112px"
            widths={[112, 224, 336]}
            priority
            className="h-28 w-28 rounded-full object-cover"
          />
        ) : null}
        <div>
          <h1 className="font-serif text-4xl font-semibold text-brand-900">{author.name}</h1>
          {author.credentials ? <p className="mt-1 text-lg text-stone-700">{author.credentials}</p> : null}
          {author.role ? <p className="text-stone-600">{author.role}</p> : null}
        </div>
      </header>
      <div className="prose prose-stone prose-lg mt-8 max-w-none prose-a:text-brand-700">
        <RichText value={author.bio} />
      </div>
      <section aria-labelledby="posts-heading" className="mt-12 border-t border-stone-200 pt-8">
        <h2 id="posts-heading" className="font-serif text-2xl font-semibold">
          Articles by {author.name}
        </h2>
        {posts.length === 0 ? <p className="mt-4 text-stone-700">No articles yet.</p> : null}
        <div className="divide-y divide-stone-200">
          {posts.map(post => (
            <PostCard key={post.id} post={post} />
          ))}
        </div>
      </section>
    </main>
  )
}
