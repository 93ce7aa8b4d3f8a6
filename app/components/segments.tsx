import type { Segment } from '~/lib/citations'

// A bare DOI or URL read aloud says nothing of where the link goes: name the site it opens.
function opensWhere(href: string): string {
  return href.startsWith('https://doi.org/') ? ' (opens the article at doi.org)' : ' (opens the source)'
}

/** An APA reference as the formatter cut it: plain text, italics where APA wants them, links. */
export function Segments({ segments, describeLinks = true }: { segments: Segment[]; describeLinks?: boolean }) {
  return segments.map((segment, index) =>
    segment.href ? (
      <a key={index} href={segment.href} className="text-brand-700 underline" rel="noopener noreferrer">
        {segment.text}
        {describeLinks ? <span className="sr-only">{opensWhere(segment.href)}</span> : null}
      </a>
    ) : segment.italic ? (
      <i key={index}>{segment.text}</i>
    ) : (
      <span key={index}>{segment.text}</span>
    ),
  )
}
