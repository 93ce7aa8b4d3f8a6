import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'

import { ButtonLink } from '~/components/button-link'
import { RichText } from '~/components/portable-text'
import { PostCard } from '~/components/post-card'
import { loaderCacheHeaders, missingPage, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { siteOf } from '~/lib/meta'
import { practicePageHead } from '~/lib/outputs/page-head'
import { practiceCardText } from '~/lib/outputs/share-card'

export const headers = loaderCacheHeaders

export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const service = await context.content.getService(params.slug ?? '')
  if (!service) throw await missingPage(request, context, 'No service at this address')
  return json({ service }, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const site = siteOf(matches)
  if (!site || !data) return [{ title: 'Service not found | Well Mind Body' }]
  const { service } = data
  return practicePageHead(
    site,
    {
      path: `/services/${service.slug}`,
      title: service.title,
      description: service.summary,
      type: 'MedicalWebPage',
    },
    practiceCardText.service(service),
  )
}

export default function ServicePage() {
  const { service } = useLoaderData<typeof loader>()
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <p className="text-sm">
        <Link to="/services" className="text-brand-800 underline">
          Services
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-semibold text-brand-900">{service.title}</h1>
      {service.summary ? <p className="mt-3 text-lg text-stone-700">{service.summary}</p> : null}
      <div className="prose prose-stone prose-lg mt-8 max-w-none prose-headings:font-serif prose-a:text-brand-700">
        <RichText value={service.body} />
      </div>
      {service.relatedPosts.length ? (
        <section aria-labelledby="related-heading" className="mt-12 border-t border-stone-200 pt-8">
          <h2 id="related-heading" className="font-serif text-2xl font-semibold">
            Read more
          </h2>
          <div className="divide-y divide-stone-200">
            {service.relatedPosts.map(post => (
              <PostCard key={post.id} post={post} headingLevel={3} />
            ))}
          </div>
        </section>
      ) : null}
      <p className="mt-12">
        <ButtonLink to="/contact">How to get in touch</ButtonLink>
      </p>
    </main>
  )
}
