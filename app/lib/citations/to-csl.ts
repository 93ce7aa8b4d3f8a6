// CSL-JSON, the exchange format of citation-js, Zotero, Mendeley and pandoc. Pure: the Studio imports it too.
import { normalizeDoi } from './doi'
import { httpUrl } from './reference-entry'
import type { Citation, CitationType, PersonName } from './types'

export interface CslName {
  family?: string
  given?: string
  literal?: string
}

/** The CSL types the site emits: its four citation types, and `post-weblog` for its own articles. */
export type CslType = CitationType | 'post-weblog'

export interface CslItem {
  id: string
  type: CslType
  author?: CslName[]
  /** [[year]] or [[year, month, day]] */
  issued?: { 'date-parts': number[][] }
  title: string
  'container-title'?: string
  volume?: string
  issue?: string
  page?: string
  edition?: string
  publisher?: string
  DOI?: string
  URL?: string
  /** BCP 47, as CSL has it: "en" */
  language?: string
}

export function toCsl(citation: Citation): CslItem {
  const item: CslItem = { id: citation.id, type: citation.type, title: citation.title }
  const authors = citation.authors.map(toCslName).filter(name => Object.keys(name).length > 0)
  if (authors.length > 0) item.author = authors
  if (citation.year != null) item.issued = { 'date-parts': [[citation.year]] }
  const optional = {
    'container-title': citation.containerTitle,
    volume: citation.volume,
    issue: citation.issue,
    page: citation.pages,
    edition: citation.edition,
    publisher: citation.publisher,
    // What the page would not link (a DOI that is not one, a javascript: address) does not go out either.
    DOI: normalizeDoi(citation.doi),
    URL: httpUrl(citation.url),
  }
  for (const [key, value] of Object.entries(optional)) if (value) Object.assign(item, { [key]: value })
  return item
}

// An organisation is one literal name: CSL processors and Zotero must not split it into family and given.
function toCslName(name: PersonName): CslName {
  if (name.literal) return { literal: name.literal }
  return { ...(name.family ? { family: name.family } : {}), ...(name.given ? { given: name.given } : {}) }
}
