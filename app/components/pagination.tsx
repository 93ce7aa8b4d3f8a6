import { Link } from '@remix-run/react'

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null
  const href = (target: number) => (target === 1 ? '/blog' : `/blog?page=${target}`)
  return (
    <nav aria-label="Pages" className="mt-8 flex items-center justify-between border-t border-stone-200 pt-6 text-sm">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev" className="text-brand-700">
          ← Newer articles
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-500">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link to={href(page + 1)} rel="next" className="text-brand-700">
          Older articles →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
