import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'

import { FormattedDate } from '~/components/formatted-date'
import { Pagination } from '~/components/pagination'
import { SearchForm } from '~/components/search-form'
import { loaderCacheHeaders, notFound } from '~/lib/http'
import { postPath } from '~/lib/outputs/urls'
import { parsePageParam } from '~/lib/pagination'
import { MAX_QUERY_LENGTH, readQuery, type HighlightedText } from '~/lib/search/search-index'

export const headers = loaderCacheHeaders

// Every query is an address of its own: kept out of the page cache and shared caches, which random queries
// would otherwise fill (and push the articles out of). The index itself is what is kept.
const SEARCH_CACHE = { 'Cache-Control': 'private, max-age=0' }

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams
  const asked = readQuery(params.get('q'))
  if (asked.kind === 'empty') return json({ kind: 'empty' as const }, { headers: SEARCH_CACHE })
  if (asked.kind !== 'query')
    // A clear page, not an error: what was wrong and the form to try again.
    return json(
      {
        kind: asked.kind,
        typed: asked.kind === 'too-long' ? (params.get('q') ?? '').slice(0, 2 * MAX_QUERY_LENGTH) : '',
      },
      { status: 400, headers: SEARCH_CACHE },
    )
  const page = parsePageParam(params.get('page'))
  const results = page === null ? null : await context.search.search(asked.query, page)
  if (!results) throw notFound('No such page of results')
  return json({ kind: 'results' as const, ...results }, { headers: SEARCH_CACHE })
}

// Search pages are for readers, not for search engines: never indexed, never in the sitemap.
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title:
      data?.kind === 'results'
        ? `Search: ${data.query}${data.page > 1 ? `, page ${data.page}` : ''} | Well Mind Body`
        : 'Search | Well Mind Body',
  },
  { name: 'robots', content: 'noindex' },
]

const searchPage = (query: string) => (page: number) =>
  `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`

function Highlighted({ text }: { text: HighlightedText }) {
  return text.map((part, index) =>
    part.match ? (
      <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
        {part.text}
      </mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  )
}

export default function Search() {
  const data = useLoaderData<typeof loader>()
  // What she typed stays in the box, a query too long included, to shorten rather than retype.
  const query = data.kind === 'results' ? data.query : data.kind === 'too-long' ? data.typed : ''
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <h1 className="font-serif text-4xl font-semibold text-brand-900">Search</h1>
      <SearchForm id="search-page" name="Search again" query={query} className="mt-6" />
      {data.kind === 'empty' ? (
        <p className="mt-6 text-stone-700">Type a word or two, such as “anxiety” or “sleep”, and press Search.</p>
      ) : data.kind === 'too-long' ? (
        <p className="mt-6 text-stone-700" role="status">
          That search is too long. Try a few words, up to {MAX_QUERY_LENGTH} characters.
        </p>
      ) : data.kind !== 'results' ? (
        <p className="mt-6 text-stone-700" role="status">
          That search has characters we cannot read. Try typing it again.
        </p>
      ) : (
        <>
          <p className="mt-6 text-stone-700" role="status">
            {data.total === 0
              ? `No articles match “${data.query}”. Try another word, or browse the blog.`
              : `${data.total} ${data.total === 1 ? 'article matches' : 'articles match'} “${data.query}”.`}
          </p>
          {data.total === 0 ? (
            <p className="mt-4">
              <Link to="/blog" className="text-brand-700 underline">
                Read the blog
              </Link>
            </p>
          ) : (
            <ol className="mt-4 divide-y divide-stone-200">
              {data.hits.map(hit => (
                <li key={hit.id} className="py-6">
                  <h2 className="font-serif text-2xl font-semibold">
                    <Link to={postPath(hit.slug)} className="text-brand-900 hover:text-brand-700">
                      <Highlighted text={hit.title} />
                    </Link>
                  </h2>
                  <p className="mt-1 text-sm text-stone-500">
                    <FormattedDate iso={hit.publishedAt} />
                  </p>
                  <p className="mt-2 text-stone-700">
                    <Highlighted text={hit.excerpt} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={data.page}
            pageCount={data.pages}
            href={searchPage(data.query)}
            previous="← Previous results"
            next="More results →"
          />
        </>
      )}
    </main>
  )
}
