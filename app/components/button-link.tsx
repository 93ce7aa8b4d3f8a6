import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'

/** The site's one call to action style: a link that looks like a button. */
export function ButtonLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
    >
      {children}
    </Link>
  )
}
