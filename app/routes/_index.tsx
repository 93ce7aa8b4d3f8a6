import type { MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'

import { siteOf } from '~/lib/meta'
import { headTags } from '~/lib/outputs/head'
import { homeJsonLd } from '~/lib/outputs/json-ld'
import { generatedImage, siteCard } from '~/lib/outputs/share-card'

export const meta: MetaFunction = ({ matches }) => {
  const site = siteOf(matches)
  if (!site) return [{ title: 'Well Mind Body' }]
  return headTags({
    site,
    path: '/',
    title: site.title,
    description: site.description,
    type: 'website',
    image: generatedImage('/', siteCard(site, '/', site.origin), site.rev, site.origin),
    jsonLd: homeJsonLd(site),
  })
}

// A plain home page for now: the practice's own home page is a later piece of work.
export default function Home() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-16">
      <h1 className="font-serif text-4xl font-semibold text-brand-900">Well Mind Body</h1>
      <p className="mt-4 max-w-prose text-lg text-stone-700">
        An integrative, mind-body psychotherapy practice for women, teenagers, couples and families, led by Dr.
        Elizabeth Miller, Ph.D., LPC-S, LMFT.
      </p>
      <p className="mt-8">
        <Link
          to="/blog"
          className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
        >
          Read the blog
        </Link>
      </p>
    </main>
  )
}
