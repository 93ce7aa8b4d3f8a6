import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'

import { loaderCacheHeaders, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { siteOf } from '~/lib/meta'
import { practicePageHead } from '~/lib/outputs/page-head'
import { practiceCardText } from '~/lib/outputs/share-card'

export const headers = loaderCacheHeaders

const DESCRIPTION =
  'Psychotherapy for women, teenagers, couples and families, including ketamine-assisted psychotherapy.'

export async function loader({ context }: LoaderFunctionArgs) {
  return json({ services: await context.content.listServices() }, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => {
  const site = siteOf(matches)
  if (!site) return [{ title: 'Services | Well Mind Body' }]
  return practicePageHead(
    site,
    { path: '/services', title: 'Services', description: DESCRIPTION },
    practiceCardText.services(),
  )
}

export default function Services() {
  const { services } = useLoaderData<typeof loader>()
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <h1 className="font-serif text-4xl font-semibold text-brand-900">Services</h1>
      <p className="mt-3 text-lg text-stone-700">{DESCRIPTION}</p>
      <ul className="mt-8 space-y-6">
        {services.map(service => (
          <li key={service.id}>
            <h2 className="font-serif text-2xl font-semibold">
              <Link to={`/services/${service.slug}`} className="text-stone-900 underline hover:text-brand-700">
                {service.title}
              </Link>
            </h2>
            {service.summary ? <p className="mt-1 text-stone-700">{service.summary}</p> : null}
          </li>
        ))}
      </ul>
    </main>
  )
}
