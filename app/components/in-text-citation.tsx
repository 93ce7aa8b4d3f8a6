import type { InTextCitation as Citation } from '~/lib/citations'

/** " (Tully et al., 2022; Wu et al., 2021)", each part linked to its entry in the reference list. */
export function InTextCitation({ citation }: { citation: Citation }) {
  return (
    <span className="whitespace-normal">
      {' ('}
      {citation.parts.map((part, index) => (
        <span key={part.id}>
          {index > 0 ? '; ' : null}
          <a href={`#${part.anchor}`} className="text-brand-700 no-underline hover:underline">
            {part.text}
          </a>
        </span>
      ))}
      {')'}
    </span>
  )
}
