import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'

import { FormattedDate } from '~/components/formatted-date'
import { RichText } from '~/components/portable-text'
import { loaderCacheHeaders, missingPage, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { siteOf } from '~/lib/meta'
import { practicePageHead } from '~/lib/outputs/page-head'
import { practiceCardText } from '~/lib/outputs/share-card'

export const headers = loaderCacheHeaders

// A standalone page (privacy, accessibility…) at /<slug>; any other single-segment address is a redirect or a 404.
export async function loader({ params, context, request }: LoaderFunctionArgs) {
  const page = await context.content.getPage(params.slug ?? '')
  if (!page) throw await missingPage(request, context)
  return json({ page }, { headers: { 'Cache-Control': PUBLIC_PAGE_CACHE } })
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const site = siteOf(matches)
  if (!site || !data) return [{ title: 'Page not found | Well Mind Body' }]
  return practicePageHead(
    site,
    { path: `/${data.page.slug}`, title: data.page.title, description: data.page.summary },
    practiceCardText.page(data.page),
  )
}

export default function StandalonePage() {
  const { page } = useLoaderData<typeof loader>()
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <h1 className="font-serif text-4xl font-semibold text-brand-900">{page.title}</h1>
      {page.updatedAt ? (
        <p className="mt-2 text-stone-700">
          Last revised <FormattedDate iso={page.updatedAt} />
        </p>
      ) : null}
      <div className="prose prose-stone prose-lg mt-8 max-w-none prose-headings:font-serif prose-a:text-brand-700">
        <RichText value={page.body} />
      </div>
    </main>
  )
}
