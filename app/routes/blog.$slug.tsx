import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useMatches } from '@remix-run/react'
import { useMemo } from 'react'

import { AuthorCard } from '~/components/author-card'
import { AuthorName } from '~/components/author-name'
import { FormattedDate } from '~/components/formatted-date'
import { RichText } from '~/components/portable-text'
import { PostNav } from '~/components/post-nav'
import { ReferenceList } from '~/components/reference-list'
import { SanityImage } from '~/components/sanity-image'
import { ShareLinks } from '~/components/share-links'
import { createBibliography } from '~/lib/citations'
import { loaderCacheHeaders, missingPage, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { ARTICLE_COLUMN_SIZES } from '~/lib/images'
import { siteOf } from '~/lib/meta'
import { headTags } from '~/lib/outputs/head'
import { articleJsonLd } from '~/lib/outputs/json-ld'
import { postShareImage } from '~/lib/outputs/share-card'
import { authorPath, postPath } from '~/lib/outputs/urls'

export const headers = loaderCacheHeaders

export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const post = await context.content.getPost(params.slug ?? '')
  if (!post) throw await missingPage(request, context.content, 'No article at this address')
  return json({ post }, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const site = siteOf(matches)
  if (!site || !data) return [{ title: 'Article not found | Well Mind Body' }]
  const { post } = data
  const image = postShareImage(post, site, site.origin)
  return headTags({
    site,
    path: postPath(post.slug),
    title: post.seo.title ?? post.title,
    description: post.seo.description ?? post.excerpt,
    type: 'article',
    image,
    article: {
      publishedTime: post.publishedAt,
      modifiedTime: post.modifiedAt,
      authorUrl: post.author?.slug ? `${site.origin}${authorPath(post.author.slug)}` : null,
    },
    noindex: post.seo.noindex,
    jsonLd: articleJsonLd(post, image, site),
  })
}

export default function BlogPost() {
  const { post } = useLoaderData<typeof loader>()
  const site = siteOf(useMatches())
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
          <SanityImage
            image={post.mainImage}
            aspect={16 / 9}
            sizes={ARTICLE_COLUMN_SIZES}
            priority
            className="mt-8 h-auto w-full rounded-lg"
          />
        ) : null}
        <div className="prose prose-stone prose-lg mt-8 max-w-none prose-headings:font-serif prose-a:text-brand-700">
          <RichText value={post.body} bibliography={bibliography} />
        </div>
        <ReferenceList entries={bibliography.entries} />
        {site ? <ShareLinks url={`${site.origin}${postPath(post.slug)}`} title={post.title} /> : null}
      </article>
      {post.author ? <AuthorCard author={post.author} /> : null}
      <PostNav previous={post.previous} next={post.next} />
    </main>
  )
}
