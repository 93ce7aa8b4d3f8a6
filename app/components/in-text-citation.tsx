import type { InTextCitation as Citation } from '~/lib/citations'

/**
 * " (Tully et al., 2022; Wu et al., 2021)", each work linked to its entry in the reference list. Works by the
 * same authors share their names, as APA merges them: "(Smith, 2021a, 2021b)".
 */
export function InTextCitation({ citation }: { citation: Citation }) {
  return (
    <span>
      {' ('}
      {citation.parts.map((part, index) => (
        <span key={index}>
          {part.delimiter}
          <a href={`#${part.anchor}`} className="text-brand-700 no-underline hover:underline">
            {part.display}
          </a>
        </span>
      ))}
      {')'}
    </span>
  )
}
