import { Link } from '@remix-run/react'

import { CrisisSentence } from './crisis-links'

// The disclaimer from the site settings, unless the page shows it itself (an article does, under its text).
export function SiteFooter({ title, disclaimer }: { title: string; disclaimer: string | null }) {
  return (
    <footer className="mt-20 border-t border-stone-200 bg-white text-sm text-stone-700">
      <div className="mx-auto max-w-3xl space-y-4 px-5 py-8">
        <section aria-labelledby="crisis-heading" className="rounded-md border border-brand-100 bg-brand-50 p-4">
          <h2 id="crisis-heading" className="font-semibold text-brand-900">
            In crisis or thinking about suicide?
          </h2>
          <p className="mt-1">
            You can <CrisisSentence />
          </p>
        </section>
        {disclaimer ? <p className="whitespace-pre-line">{disclaimer}</p> : null}
        <nav aria-label="About this site">
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link to="/privacy" className="inline-block py-0.5 underline">
                Privacy
              </Link>
            </li>
            <li>
              <Link to="/accessibility" className="inline-block py-0.5 underline">
                Accessibility
              </Link>
            </li>
            <li>
              <Link to="/contact" className="inline-block py-0.5 underline">
                Contact
              </Link>
            </li>
          </ul>
        </nav>
        <p className="text-stone-600">© {title}</p>
      </div>
    </footer>
  )
}
