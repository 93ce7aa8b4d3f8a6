import { useLocation } from '@remix-run/react'

/** Shown on every page of a preview session, so a draft is never mistaken for the published site. */
export function PreviewBanner() {
  const location = useLocation()
  const back = encodeURIComponent(`${location.pathname}${location.search}`)
  return (
    <div role="status" className="bg-amber-100 text-amber-950">
      <p className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-2 px-5 py-2 text-sm">
        <strong>Preview — not published</strong>
        <span>
          You are seeing drafts.{' '}
          <a href={`/api/exit-preview?to=${back}`} className="font-semibold underline">
            Leave preview
          </a>
        </span>
      </p>
    </div>
  )
}
