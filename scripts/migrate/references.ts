// A post's typed reference list → `citation` documents (reused when the dataset already has the work), and its
// typed in-text citations → `cite` marks on the text they follow.
import { createHash } from 'node:crypto'

import { findInTextCitations, type CitableReference } from '../../app/lib/citations/find-in-text.ts'
import type { ParsedReference } from '../../app/lib/citations/parse-apa.ts'
import { normalizeDoi } from '../../app/lib/citations/doi.ts'
import type { Citation, PersonName } from '../../app/lib/citations/types.ts'
import type { BodyBlock, MarkDef, Span, TextBlock } from './body.ts'

export type SanityDoc = { _id: string; _type: string; [field: string]: unknown }

function hash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}

/** Text as two spellings of one name or title compare: no case, accents or punctuation. */
export function fold(text: unknown): string {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

function familyOf(name: PersonName | undefined): string {
  return (name?.family || name?.literal || '').trim()
}

/** What makes two references the same work: the DOI, else first author, year and title. */
export function referenceKeys(fields: Pick<Citation, 'doi' | 'authors' | 'year' | 'title'>): string[] {
  const keys: string[] = []
  const doi = normalizeDoi(fields.doi ?? null)
  if (doi) keys.push(`doi:${doi.toLowerCase()}`)
  const family = fold(familyOf(fields.authors?.[0]))
  const title = fold(fields.title ?? '')
  if (family && title) keys.push(`work:${family}|${fields.year ?? 'nd'}|${title}`)
  return keys
}

/** The one place that knows which citation documents exist: the target dataset's, then this run's. */
export class ReferenceRegistry {
  private readonly byKey = new Map<string, SanityDoc>()
  readonly created: SanityDoc[] = []
  readonly reused = new Set<string>()

  constructor(existing: SanityDoc[]) {
    for (const doc of existing) if (doc._type === 'citation') this.index(doc)
  }

  private index(doc: SanityDoc) {
    for (const key of referenceKeys(doc as unknown as Citation)) if (!this.byKey.has(key)) this.byKey.set(key, doc)
  }

  /** The document for a parsed reference: an existing one (same DOI, or same author, year and title), or a new one. */
  resolve(parsed: ParsedReference): { doc: SanityDoc; isNew: boolean } {
    const keys = referenceKeys(parsed.fields)
    for (const key of keys) {
      const found = this.byKey.get(key)
      if (found) {
        if (!this.created.includes(found)) this.reused.add(found._id)
        return { doc: found, isNew: false }
      }
    }
    const seed = keys[0] ?? `text:${fold(parsed.original)}`
    const family = fold(familyOf(parsed.fields.authors[0])).split(' ').join('-').slice(0, 24) || 'unknown'
    const doc = toCitationDocument(`citation-${family}-${parsed.fields.year ?? 'nd'}-${hash(seed, 6)}`, parsed)
    this.created.push(doc)
    this.index(doc)
    if (keys.length === 0) this.byKey.set(seed, doc)
    return { doc, isNew: true }
  }
}

function toCitationDocument(id: string, parsed: ParsedReference): SanityDoc {
  const { fields } = parsed
  const doc: SanityDoc = {
    _id: id,
    _type: 'citation',
    type: fields.type,
    authors: fields.authors.map((name, index) => ({
      _type: 'personName',
      _key: hash(`${id}:author:${index}`, 12),
      ...Object.fromEntries(Object.entries(name).filter(([, value]) => value)),
    })),
  }
  if (typeof fields.year === 'number') doc.year = fields.year
  for (const field of [
    'title',
    'containerTitle',
    'volume',
    'issue',
    'pages',
    'edition',
    'publisher',
    'doi',
    'url',
  ] as const) {
    const value = fields[field]
    if (typeof value === 'string' && value.trim()) doc[field] = value
  }
  if (!parsed.sure) doc.originalText = parsed.original
  return doc
}

export interface CiteOutcome {
  linked: number
  unmatched: string[]
}

/** The sentence (or clause) a parenthetical follows: back to the last sentence end or the last citation. */
function clauseStart(text: string, end: number, floor: number): number {
  let start = floor
  for (let index = end - 1; index > floor; index--) {
    const char = text[index - 1] as string
    if (/[.!?;:]/.test(char) && /\s/.test(text[index] ?? '')) {
      start = index
      break
    }
  }
  while (start < end && /[\s,;]/.test(text[start] as string)) start++
  return start
}

/**
 * Replaces the typed in-text citations of one block by `cite` marks. A parenthetical marks the clause it
 * follows and is removed (the site prints it from the mark); a narrative citation ("Domino and Warner (2010)")
 * marks the names and loses its typed "(2010)". One with any part that matches no reference stays as typed.
 */
export function linkCitations(
  block: TextBlock,
  references: CitableReference[],
  keyGenerator: () => string,
): CiteOutcome & { block: TextBlock } {
  const outcome: CiteOutcome = { linked: 0, unmatched: [] }
  const text = block.children.map(child => child.text).join('')
  const found = findInTextCitations(text, references)
  if (found.length === 0) return { ...outcome, block }

  // One entry of marks per character, so ranges can be marked and cut whatever the spans were.
  const chars = block.children.flatMap(child => [...child.text].map(() => [...child.marks]))
  const letters = [...text]
  // Code-unit offsets from the finder → indexes into `letters` (astral characters count once there).
  const indexAt: number[] = []
  letters.forEach((letter, index) => {
    for (let unit = 0; unit < letter.length; unit++) indexAt.push(index)
  })
  indexAt.push(letters.length)
  const removed = new Set<number>()
  const markDefs: MarkDef[] = [...block.markDefs]
  let floor = 0

  for (const citation of found) {
    if (citation.items.some(item => item.referenceId === null)) {
      outcome.unmatched.push(
        text.slice(citation.remove[0], citation.remove[1]).trim() || citation.items.map(item => item.typed).join('; '),
      )
      floor = citation.remove[1]
      continue
    }
    const [from, to] =
      citation.kind === 'narrative' && citation.names
        ? citation.names
        : [clauseStart(text, citation.remove[0], floor), citation.remove[0]]
    const keys = citation.items.map(item => {
      const key = keyGenerator()
      markDefs.push({
        _type: 'cite',
        _key: key,
        citation: { _type: 'reference', _ref: item.referenceId },
        ...(item.locator ? { locator: item.locator } : {}),
        ...(citation.kind === 'narrative' ? { narrative: true } : {}),
      })
      return key
    })
    for (let unit = from; unit < to; unit++) {
      const marks = chars[indexAt[unit] as number]
      if (marks) for (const key of keys) if (!marks.includes(key)) marks.push(key)
    }
    for (let unit = citation.remove[0]; unit < citation.remove[1]; unit++) removed.add(indexAt[unit] as number)
    outcome.linked += citation.items.length
    floor = citation.remove[1]
  }

  // Rebuild the spans: consecutive characters with the same marks are one span.
  const children: Span[] = []
  letters.forEach((letter, index) => {
    if (removed.has(index)) return
    const marks = chars[index] ?? []
    const last = children[children.length - 1]
    if (last && last.marks.length === marks.length && last.marks.every((mark, i) => mark === marks[i]))
      last.text += letter
    else children.push({ _type: 'span', _key: keyGenerator(), text: letter, marks })
  })
  return { ...outcome, block: { ...block, markDefs, children } }
}

export function citableReference(id: string, parsed: ParsedReference): CitableReference {
  return {
    id,
    names: parsed.fields.authors.map(name => familyOf(name)).filter(Boolean),
    year: parsed.fields.year ?? null,
    yearSuffix: parsed.yearSuffix,
  }
}

export function isTextBlock(block: BodyBlock): block is TextBlock {
  return block._type === 'block'
}
