import { Link } from '@remix-run/react'

interface PaginationProps {
  page: number
  pageCount: number
  href?: (page: number) => string
  previous?: string
  next?: string
}

const blogPage = (target: number) => (target === 1 ? '/blog' : `/blog?page=${target}`)

export function Pagination({
  page,
  pageCount,
  href = blogPage,
  previous = '← Newer articles',
  next = 'Older articles →',
}: PaginationProps) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Pages" className="mt-8 flex items-center justify-between border-t border-stone-200 pt-6 text-sm">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev" className="text-brand-700">
          {previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-stone-500">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link to={href(page + 1)} rel="next" className="text-brand-700">
          {next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
