import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useMatches } from '@remix-run/react'
import { useMemo } from 'react'

import { ArticleMeta } from '~/components/article-meta'
import { AuthorCard } from '~/components/author-card'
import { CiteThisArticle } from '~/components/cite-this-article'
import { Disclaimer, SensitiveTopicNotice } from '~/components/health-notices'
import { RichText } from '~/components/portable-text'
import { PostNav } from '~/components/post-nav'
import { ReferenceList } from '~/components/reference-list'
import { RelatedArticles } from '~/components/related-articles'
import { SanityImage } from '~/components/sanity-image'
import { ShareLinks } from '~/components/share-links'
import { TableOfContents } from '~/components/table-of-contents'
import { TopicLinks } from '~/components/topic-links'
import { createBibliography } from '~/lib/citations'
import { coinsTitle } from '~/lib/citations/coins'
import { FALLBACK_DISCLAIMER } from '~/lib/disclaimer'
import { loaderCacheHeaders, missingPage, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { ARTICLE_COLUMN_SIZES } from '~/lib/images'
import { siteOf } from '~/lib/meta'
import { articleReferenceSegments, highwireTags } from '~/lib/outputs/article-citation'
import { citationDownloads } from '~/lib/outputs/citation-downloads'
import { headTags } from '~/lib/outputs/head'
import { articleJsonLd } from '~/lib/outputs/json-ld'
import { postShareImage } from '~/lib/outputs/share-card'
import { authorPath, postPath } from '~/lib/outputs/urls'
import type { RouteHandle } from '~/lib/route-handle'
import { headingsOf, MIN_HEADINGS_FOR_CONTENTS, readingMinutes } from '~/lib/reading'

export const headers = loaderCacheHeaders

// The article shows the disclaimer under its text (and in print), so the footer leaves it out.
export const handle: RouteHandle = { showsDisclaimer: true }

export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const post = await context.content.getPost(params.slug ?? '')
  if (!post) throw await missingPage(request, context, 'No article at this address')
  // In a preview, a draft has no place among the published articles yet: no related ones either.
  const neighbours = [post.previous?.id, post.next?.id].filter((id): id is string => Boolean(id))
  const related = (await context.search.related(post.id, neighbours)).map(
    ({ id, slug, title, excerpt, publishedAt }) => ({
      id,
      slug,
      title,
      excerpt,
      publishedAt,
    }),
  )
  return json({ post, related }, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const site = siteOf(matches)
  if (!site || !data) return [{ title: 'Article not found | Well Mind Body' }]
  const { post } = data
  const image = postShareImage(post, site, site.origin)
  const tags = headTags({
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
  return [...tags, ...highwireTags(post, site)]
}

export default function BlogPost() {
  const { post, related } = useLoaderData<typeof loader>()
  const site = siteOf(useMatches())
  const bibliography = useMemo(() => createBibliography(post.citations), [post.citations])
  const headings = useMemo(() => headingsOf(post.body), [post.body])
  const headingIds = useMemo(() => new Map(headings.map(heading => [heading.key, heading.id])), [headings])
  const coins = useMemo(
    () => new Map(post.citations.map(citation => [citation.id, coinsTitle(citation)])),
    [post.citations],
  )
  const minutes = readingMinutes(post.body)
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <article>
        <header>
          <h1 className="font-serif text-4xl leading-tight font-semibold text-brand-900">{post.title}</h1>
          <ArticleMeta post={post} minutes={minutes} />
          {post.topics.length ? <TopicLinks topics={post.topics} /> : null}
        </header>
        {post.sensitiveTopic ? <SensitiveTopicNotice /> : null}
        {post.mainImage ? (
          <SanityImage
            image={post.mainImage}
            aspect={16 / 9}
            sizes={ARTICLE_COLUMN_SIZES}
            priority
            className="mt-8 h-auto w-full rounded-lg"
          />
        ) : null}
        {headings.length >= MIN_HEADINGS_FOR_CONTENTS ? <TableOfContents headings={headings} /> : null}
        <div className="prose prose-stone prose-lg mt-8 max-w-none prose-headings:scroll-mt-4 prose-headings:font-serif prose-a:text-brand-700">
          <RichText value={post.body} bibliography={bibliography} headingIds={headingIds} />
        </div>
        <ReferenceList
          entries={bibliography.entries}
          coins={coins}
          downloads={citationDownloads(post.slug, 'references')}
        />
        <Disclaimer text={site?.disclaimer ?? FALLBACK_DISCLAIMER} />
        {site ? (
          <CiteThisArticle
            segments={articleReferenceSegments(post, site)}
            downloads={citationDownloads(post.slug, 'cite')}
          />
        ) : null}
        {site ? <ShareLinks url={`${site.origin}${postPath(post.slug)}`} title={post.title} /> : null}
      </article>
      {post.author ? <AuthorCard author={post.author} /> : null}
      <RelatedArticles posts={related} />
      <PostNav previous={post.previous} next={post.next} />
    </main>
  )
}
