import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useMemo } from 'react'

import { AuthorCard } from '~/components/author-card'
import { AuthorName } from '~/components/author-name'
import { FormattedDate } from '~/components/formatted-date'
import { RichText } from '~/components/portable-text'
import { PostNav } from '~/components/post-nav'
import { ReferenceList } from '~/components/reference-list'
import { createBibliography } from '~/lib/citations'
import { loaderCacheHeaders, notFound, PUBLIC_PAGE_CACHE } from '~/lib/http'

export const headers = loaderCacheHeaders

export async function loader({ params, context }: LoaderFunctionArgs) {
  const post = await context.content.getPost(params.slug ?? '')
  if (!post) throw notFound('No article at this address')
  return json({ post }, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.post.title} | Well Mind Body` },
        ...(data.post.excerpt ? [{ name: 'description', content: data.post.excerpt }] : []),
      ]
    : [{ title: 'Article not found | Well Mind Body' }]

export default function BlogPost() {
  const { post } = useLoaderData<typeof loader>()
  const bibliography = useMemo(() => createBibliography(post.citations), [post.citations])
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <article>
        <header>
          <h1 className="font-serif text-4xl leading-tight font-semibold text-brand-900">{post.title}</h1>
          <p className="mt-3 text-stone-600">
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
          </p>
        </header>
        {post.mainImage ? (
          <img
            src={post.mainImage.url}
            alt={post.mainImage.alt}
            width={post.mainImage.width ?? undefined}
            height={post.mainImage.height ?? undefined}
            className="mt-8 h-auto w-full rounded-lg"
          />
        ) : null}
        <div className="prose prose-stone prose-lg mt-8 max-w-none prose-headings:font-serif prose-a:text-brand-700">
          <RichText value={post.body} bibliography={bibliography} />
        </div>
        <ReferenceList entries={bibliography.entries} />
      </article>
      {post.author ? <AuthorCard author={post.author} /> : null}
      <PostNav previous={post.previous} next={post.next} />
    </main>
  )
}
