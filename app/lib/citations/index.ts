export { citationAnchor, createBibliography, formatReferenceText, segmentsText } from './bibliography'
export { DOI_PATTERN, doiUrl, normalizeDoi } from './doi'
export { formatParenthetical, shortAuthors } from './in-text'
export { initials } from './names'
export { referenceSegments } from './reference-entry'
export type {
  Bibliography,
  BibliographyEntry,
  Citation,
  CitationType,
  CiteItem,
  InTextCitation,
  InTextPart,
  PersonName,
  Segment,
} from './types'
