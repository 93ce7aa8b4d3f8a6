import { Link } from '@remix-run/react'

import { postPath } from '~/lib/outputs/urls'

import { SearchForm } from './search-form'

interface ErrorPageProps {
  status: number
  /** On a 404: articles whose words match the missing address's. */
  suggestions?: { title: string; slug: string }[]
}

// A designed page for every error: no stack trace or internal message ever reaches the reader.
export function ErrorPage({ status, suggestions = [] }: ErrorPageProps) {
  const notFound = status === 404
  const unavailable = status === 503
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-16">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error {status}</p>
      <h1 className="mt-2 font-serif text-4xl font-semibold text-stone-900">
        {notFound
          ? 'We can’t find that page'
          : unavailable
            ? 'This page is not available just now'
            : 'Something went wrong on our side'}
      </h1>
      <p className="mt-4 text-lg text-stone-700">
        {notFound
          ? 'The address may be mistyped, or the page may have moved.'
          : unavailable
            ? 'The site cannot reach its articles for a moment. Please try again in a minute.'
            : 'Please try again in a moment. The problem has been logged.'}
      </p>
      {notFound && suggestions.length > 0 ? (
        <section aria-labelledby="suggestions-heading" className="mt-8">
          <h2 id="suggestions-heading" className="font-semibold text-stone-900">
            Perhaps you were looking for
          </h2>
          <ul className="mt-3 space-y-2">
            {suggestions.map(suggestion => (
              <li key={suggestion.slug}>
                <Link to={postPath(suggestion.slug)} className="text-brand-700 underline">
                  {suggestion.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {notFound ? <SearchForm id="not-found-search" name="Search for the page" className="mt-8" /> : null}
      <p className="mt-8 flex gap-6">
        <Link to="/blog" className="text-brand-700 underline">
          Read the blog
        </Link>
        <Link to="/" className="text-brand-700 underline">
          Go to the home page
        </Link>
      </p>
    </main>
  )
}
