import type { BibliographyEntry } from '~/lib/citations'

// A bare DOI or URL read aloud says nothing of where the link goes: name the site it opens.
function opensWhere(href: string): string {
  return href.startsWith('https://doi.org/') ? ' (opens the article at doi.org)' : ' (opens the source)'
}

/** The APA 7 reference list: hanging indent, italics where APA wants them, DOIs as links. */
export function ReferenceList({ entries }: { entries: BibliographyEntry[] }) {
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="references-heading" className="mt-12 border-t border-stone-200 pt-8">
      <h2 id="references-heading" className="font-serif text-2xl font-semibold text-stone-900">
        References
      </h2>
      <ul className="mt-4 space-y-3 text-[0.95rem] leading-relaxed text-stone-800">
        {entries.map(entry => (
          <li key={entry.id} id={entry.anchor} className="scroll-mt-6 pl-8 -indent-8 break-words target:bg-brand-50">
            {entry.segments.map((segment, index) =>
              segment.href ? (
                <a key={index} href={segment.href} className="text-brand-700 underline" rel="noopener noreferrer">
                  {segment.text}
                  <span className="sr-only">{opensWhere(segment.href)}</span>
                </a>
              ) : segment.italic ? (
                <i key={index}>{segment.text}</i>
              ) : (
                <span key={index}>{segment.text}</span>
              ),
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
