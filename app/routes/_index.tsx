import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useMatches } from '@remix-run/react'

import { ButtonLink } from '~/components/button-link'
import { ContactDetails } from '~/components/contact-details'
import { PostCard } from '~/components/post-card'
import { TopicLinks } from '~/components/topic-links'
import { loaderCacheHeaders, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { siteOf } from '~/lib/meta'
import { headTags } from '~/lib/outputs/head'
import { homeJsonLd } from '~/lib/outputs/json-ld'
import { generatedImage, siteCard } from '~/lib/outputs/share-card'

export const headers = loaderCacheHeaders

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ home: await context.content.getHome() }, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

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

export default function Home() {
  const { home } = useLoaderData<typeof loader>()
  const site = siteOf(useMatches())
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <h1 className="font-serif text-4xl font-semibold text-brand-900">{site?.title ?? 'Well Mind Body'}</h1>
      {site?.intro ? <p className="mt-4 max-w-prose text-lg text-stone-700">{site.intro}</p> : null}
      <p className="mt-6 flex flex-wrap gap-4">
        <ButtonLink to="/services">Our services</ButtonLink>
        <Link to="/about" className="inline-block py-2 text-brand-800 underline">
          About Dr. Miller
        </Link>
      </p>

      {site?.specialties.length ? (
        <section aria-labelledby="specialties-heading" className="mt-12">
          <h2 id="specialties-heading" className="font-serif text-2xl font-semibold">
            Specialties
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-6 text-stone-800">
            {site.specialties.map(specialty => (
              <li key={specialty}>{specialty}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="services-heading" className="mt-12">
        <h2 id="services-heading" className="font-serif text-2xl font-semibold">
          How we can help
        </h2>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2">
          {home.services.map(service => (
            <li key={service.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link to={`/services/${service.slug}`} className="font-semibold text-brand-800 underline">
                {service.title}
              </Link>
              {service.summary ? <p className="mt-1 text-sm text-stone-700">{service.summary}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="latest-heading" className="mt-12">
        <h2 id="latest-heading" className="font-serif text-2xl font-semibold">
          Latest articles
        </h2>
        <div className="divide-y divide-stone-200 [&_h3]:text-xl">
          {home.latest.map(post => (
            <PostCard key={post.id} post={post} headingLevel={3} />
          ))}
        </div>
        <p className="mt-2">
          <Link to="/blog" className="inline-block py-1 text-brand-800 underline">
            All articles
          </Link>
        </p>
        {home.topics.length ? <TopicLinks topics={home.topics} /> : null}
      </section>

      <section aria-labelledby="contact-heading" className="mt-12">
        <h2 id="contact-heading" className="font-serif text-2xl font-semibold">
          Get in touch
        </h2>
        <div className="mt-3">{site ? <ContactDetails contact={site.contact} /> : null}</div>
      </section>
    </main>
  )
}
