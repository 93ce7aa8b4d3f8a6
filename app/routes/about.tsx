import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'

import { ButtonLink } from '~/components/button-link'
import { RichText } from '~/components/portable-text'
import { loaderCacheHeaders, notFound, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { siteOf } from '~/lib/meta'
import { practicePageHead } from '~/lib/outputs/page-head'
import { practiceCardText } from '~/lib/outputs/share-card'
import { authorPath } from '~/lib/outputs/urls'

export const headers = loaderCacheHeaders

// The practice lead, from her author document (the site settings name her): one bio, written once.
export async function loader({ context }: LoaderFunctionArgs) {
  const { founderSlug } = await context.content.getSiteSettings()
  const page = founderSlug ? await context.content.getAuthorPage(founderSlug) : null
  if (!page) throw notFound('The About page needs a practice lead in the site settings')
  return json({ author: page.author, articles: page.posts.length }, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const site = siteOf(matches)
  if (!site || !data) return [{ title: 'About | Well Mind Body' }]
  return practicePageHead(
    site,
    {
      path: '/about',
      title: `About ${data.author.name}`,
      description: data.author.shortBio,
      type: 'AboutPage',
    },
    practiceCardText.about(data.author),
  )
}

export default function About() {
  const { author, articles } = useLoaderData<typeof loader>()
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">About the practice</p>
      <h1 className="font-serif text-4xl font-semibold text-brand-900">
        {author.name}
        {author.credentials ? <span className="block text-2xl text-stone-700">{author.credentials}</span> : null}
      </h1>
      {author.role ? <p className="mt-2 text-lg text-stone-700">{author.role}</p> : null}
      <div className="prose prose-stone prose-lg mt-8 max-w-none prose-a:text-brand-700">
        <RichText value={author.bio} />
      </div>
      <p className="mt-10 flex flex-wrap gap-4">
        <ButtonLink to="/services">Services</ButtonLink>
        {author.slug ? (
          <Link to={authorPath(author.slug)} className="inline-block py-2 text-brand-800 underline">
            Her {articles} articles
          </Link>
        ) : null}
      </p>
    </main>
  )
}
