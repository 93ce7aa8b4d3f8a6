import { Link } from '@remix-run/react'

import type { PostLink } from '~/lib/content/types'
import { useNonce } from '~/lib/nonce'
import { neighbourSpeculationRules } from '~/lib/outputs/speculation-rules'

interface PostNavProps {
  previous: PostLink | null
  next: PostLink | null
}

// Previous = newer, Next = older, as the newest-first index reads (and as the practice’s old site did).
// Reading pages ship no JavaScript (docs/decisions/011-no-javascript-on-reading-pages.md): the browser
// itself fetches both neighbours as soon as the article is shown, so following the chain asks the server
// for nothing: each Next is already in the browser.
export function PostNav({ previous, next }: PostNavProps) {
  const nonce = useNonce()
  if (!previous && !next) return null
  const rules = neighbourSpeculationRules([previous, next].flatMap(link => (link ? [`/blog/${link.slug}`] : [])))
  return (
    <nav
      aria-label="More articles"
      data-print="hide"
      className="mt-12 grid gap-6 border-t border-stone-200 pt-6 sm:grid-cols-2"
    >
      {previous ? (
        <Link to={`/blog/${previous.slug}`} rel="prev" className="group block no-underline">
          <span className="block text-sm text-stone-500">← Previous</span>
          <span className="font-serif text-lg text-brand-800 group-hover:underline">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={`/blog/${next.slug}`} rel="next" className="group block no-underline sm:text-right">
          <span className="block text-sm text-stone-500">Next →</span>
          <span className="font-serif text-lg text-brand-800 group-hover:underline">{next.title}</span>
        </Link>
      ) : null}
      <script type="speculationrules" nonce={nonce} dangerouslySetInnerHTML={{ __html: rules }} />
    </nav>
  )
}
