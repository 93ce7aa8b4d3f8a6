import type { BibliographyEntry } from '~/lib/citations'
import type { CitationDownload } from '~/lib/outputs/citation-downloads'

import { Downloads } from './downloads'
import { Segments } from './segments'

interface ReferenceListProps {
  entries: BibliographyEntry[]
  /** The COinS ContextObject of each entry, by id: reference managers capture the whole list from these. */
  coins?: ReadonlyMap<string, string>
  downloads?: CitationDownload[]
}

/** The APA 7 reference list: hanging indent, italics where APA wants them, DOIs as links. */
export function ReferenceList({ entries, coins, downloads }: ReferenceListProps) {
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="references-heading" className="mt-12 border-t border-stone-200 pt-8">
      <h2 id="references-heading" className="font-serif text-2xl font-semibold text-stone-900">
        References
      </h2>
      <ul className="mt-4 space-y-3 text-[0.95rem] leading-relaxed text-stone-800">
        {entries.map(entry => {
          const contextObject = coins?.get(entry.id)
          return (
            <li key={entry.id} id={entry.anchor} className="scroll-mt-6 pl-8 -indent-8 break-words target:bg-brand-50">
              <Segments segments={entry.segments} />
              {contextObject ? <span className="Z3988" title={contextObject} /> : null}
            </li>
          )
        })}
      </ul>
      {downloads?.length ? <Downloads label="Download these references:" files={downloads} /> : null}
    </section>
  )
}
