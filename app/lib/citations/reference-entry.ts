import { doiUrl, normalizeDoi } from './doi'
import { authorsOf, clean, referenceName } from './names'
import { editionLabel, endSentence, endsSentence, pageLabel, pageRange } from './text'
import type { Citation, Segment } from './types'

type Element = Segment[]

// APA 7 §9.8: 21 or more authors list the first 19, an ellipsis, then the last.
const MAX_LISTED_AUTHORS = 20

export function yearOf(citation: Citation): string {
  return Number.isInteger(citation.year) ? String(citation.year) : 'n.d.'
}

/** One reference-list entry; `yearLabel` carries the a/b suffix the whole list assigns ("2021a"). */
export function referenceSegments(citation: Citation, yearLabel = yearOf(citation)): Segment[] {
  const authors = authorList(citation)
  // A migrated line nobody has read into fields yet: shown as it was typed, not as an empty "(n.d.)."
  const typed = clean(citation.originalText)
  if (typed && !authors && !clean(citation.title)) return [{ text: typed }]
  const date: Element = [{ text: `(${yearLabel}).` }]
  const elements = authors
    ? [[{ text: endSentence(authors) }], date, titleElement(citation), ...sourceElements(citation)]
    : [titleElement(citation), date, ...sourceElements(citation)]
  const link = linkSegment(citation)
  if (link) elements.push([link])
  return mergePlain(
    elements.filter(element => element.length > 0).flatMap((element, i) => (i ? [{ text: ' ' }, ...element] : element)),
  )
}

export function authorList(citation: Citation): string {
  const names = authorsOf(citation).map(referenceName)
  const last = names[names.length - 1]
  if (last === undefined) return ''
  if (names.length === 1) return last
  if (names.length > MAX_LISTED_AUTHORS) return `${names.slice(0, MAX_LISTED_AUTHORS - 1).join(', ')}, . . . ${last}`
  return `${names.slice(0, -1).join(', ')}, & ${last}`
}

function titleElement(citation: Citation): Element {
  const title = clean(citation.title)
  if (!title) return []
  const standalone = citation.type === 'book' || citation.type === 'webpage' || !clean(citation.containerTitle)
  if (!standalone) return [{ text: endSentence(title) }]
  const edition = citation.type === 'webpage' ? null : editionOf(citation)
  if (edition) return [{ text: title, italic: true }, { text: ` (${edition}).` }]
  return [{ text: title, italic: true }, { text: endsSentence(title) ? '' : '.' }]
}

function sourceElements(citation: Citation): Element[] {
  const container = clean(citation.containerTitle)
  const publisher = unlessAuthor(citation, clean(citation.publisher))
  if (citation.type === 'article-journal') return [journalElement(citation)]
  if (citation.type === 'webpage') return [textElement(unlessAuthor(citation, container))]
  if (citation.type === 'book' || !container) return [textElement(publisher)]
  const pages = pageRange(clean(citation.pages))
  const details = [editionOf(citation), pages && `${pageLabel(pages)} ${pages}`].filter(Boolean)
  const book: Element = [{ text: 'In ' }, { text: container, italic: true }]
  if (details.length) book.push({ text: ` (${details.join(', ')})` })
  book.push({ text: '.' })
  return [book, textElement(publisher)]
}

function journalElement(citation: Citation): Element {
  const [journal, volume, issue] = [citation.containerTitle, citation.volume, citation.issue].map(clean)
  const pages = pageRange(clean(citation.pages))
  const element: Element = []
  const separate = () => (element.length ? [{ text: ', ' }] : [])
  if (journal) element.push({ text: journal, italic: true })
  if (volume || issue) element.push(...separate())
  if (volume) element.push({ text: volume, italic: true })
  if (issue) element.push({ text: `(${issue})` })
  if (pages) element.push(...separate(), { text: pages })
  if (element.length) element.push({ text: '.' })
  return element
}

function textElement(text: string): Element {
  return text ? [{ text: endSentence(text) }] : []
}

function editionOf(citation: Citation): string | null {
  const edition = clean(citation.edition)
  return edition ? editionLabel(edition) : null
}

// APA 7 (§9.29 for publishers): a publisher or site name identical to the group author is not repeated.
function unlessAuthor(citation: Citation, name: string): string {
  const same = authorsOf(citation).some(author => clean(author.literal).toLowerCase() === name.toLowerCase())
  return same ? '' : name
}

function linkSegment(citation: Citation): Segment | null {
  const doi = doiUrl(normalizeDoi(citation.doi))
  if (doi) return { text: doi, href: doi }
  const url = httpUrl(citation.url)
  return url ? { text: clean(citation.url), href: url } : null
}

/** The address as a link may carry it: http(s) only, parsed; anything else (javascript:, a typo) is null. */
export function httpUrl(value: string | null | undefined): string | null {
  const text = clean(value)
  if (!/^https?:\/\//i.test(text)) return null
  try {
    return new URL(text).href
  } catch {
    return null
  }
}

function mergePlain(segments: Segment[]): Segment[] {
  const merged: Segment[] = []
  for (const segment of segments) {
    const previous = merged[merged.length - 1]
    if (segment.text === '') continue
    if (previous && !previous.italic && !previous.href && !segment.italic && !segment.href) {
      previous.text += segment.text
    } else merged.push({ ...segment })
  }
  return merged
}
