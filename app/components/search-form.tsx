import { MAX_QUERY_LENGTH } from '~/lib/search/search-index'

/** A plain GET form to /search: works with JavaScript off, as every reading page does (ADR 011). */
interface SearchFormProps {
  id: string
  /** The landmark's name: a page with two search forms names each (the header's and its own). */
  name: string
  query?: string
  className?: string
}

export function SearchForm({ id, name, query = '', className = '' }: SearchFormProps) {
  return (
    <form
      method="get"
      action="/search"
      role="search"
      aria-label={name}
      className={`flex items-center gap-2 ${className}`}
    >
      <label htmlFor={id} className="sr-only">
        Search the articles
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Search articles"
        autoComplete="off"
        className="w-40 min-w-0 rounded border border-stone-300 bg-white px-2 py-1 text-sm text-stone-900 sm:w-48"
      />
      <button
        type="submit"
        className="rounded bg-brand-700 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2"
      >
        Search
      </button>
    </form>
  )
}
