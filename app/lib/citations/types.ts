// Shared by the site and the Studio: this folder has no dependencies and only relative imports.
export type CitationType = 'article-journal' | 'book' | 'chapter' | 'webpage'

export interface PersonName {
  family?: string | null
  given?: string | null
  literal?: string | null
}

export interface Citation {
  id: string
  type: CitationType
  authors: PersonName[]
  year?: number | null
  title: string
  containerTitle?: string | null
  volume?: string | null
  issue?: string | null
  pages?: string | null
  edition?: string | null
  publisher?: string | null
  doi?: string | null
  url?: string | null
  /** The line as typed on the old site, kept when the migration could not read it all. */
  originalText?: string | null
}

export interface Segment {
  text: string
  italic?: boolean
  href?: string
}

export interface BibliographyEntry {
  id: string
  anchor: string
  segments: Segment[]
  text: string
  doiUrl: string | null
}

export interface CiteItem {
  id: string
  locator?: string | null
  /** The sentence names the authors ("Domino and Warner (2010)"): the parenthetical shows only the date. */
  narrative?: boolean
}

export interface InTextPart {
  id: string
  anchor: string
  /** The whole citation of this item, without parentheses: "Smith, 2021b, p. 4". */
  text: string
  /** What this item shows inside the merged parenthetical: "2021b, p. 4" when it follows another work by the same authors. */
  display: string
  /** What precedes `display` inside the parentheses: "" for the first item, then "; " or ", ". */
  delimiter: string
}

export interface InTextCitation {
  text: string
  parts: InTextPart[]
}

export interface Bibliography {
  entries: BibliographyEntry[]
  cite(items: CiteItem[]): InTextCitation | null
}
