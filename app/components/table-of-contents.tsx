import type { Heading } from '~/lib/reading'

export function TableOfContents({ headings }: { headings: Heading[] }) {
  return (
    <nav
      aria-labelledby="contents-heading"
      className="mt-8 rounded-lg border border-stone-200 bg-white p-5 print:hidden"
    >
      <h2 id="contents-heading" className="font-serif text-lg font-semibold text-brand-900">
        In this article
      </h2>
      <ol className="mt-2 space-y-1 text-stone-800">
        {headings.map(heading => (
          <li key={heading.id} className={heading.level === 3 ? 'ml-5' : undefined}>
            <a
              href={`#${heading.id}`}
              className="inline-block py-0.5 underline decoration-stone-400 hover:text-brand-700"
            >
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
