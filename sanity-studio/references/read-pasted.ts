// What Dr. Miller pastes into a reference: a DOI to look up, or one reference as CSL-JSON, BibTeX, RIS or a line
// of an APA reference list, read into the citation's fields. Never throws: a paste it cannot read gets a message.
// The app's typecheck reaches this file through the schema, without the Studio's tsconfig: it needs these types too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./citation-js.d.ts" />
import { plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'

import { citationFieldsFromCsl, type CitationFields } from '../../app/lib/citations/from-csl'
import { normalizeDoi } from '../../app/lib/citations/index'
import { parseApaReference } from '../../app/lib/citations/parse-apa'

export type PastedFormat = 'csl-json' | 'bibtex' | 'ris' | 'apa'

export type PastedReading =
  | { kind: 'doi'; doi: string }
  | { kind: 'fields'; format: PastedFormat; fields: CitationFields; notes: string[]; count: number }
  | { kind: 'unreadable'; message: string }

const EXPECTED =
  'Paste a DOI (such as 10.1037/amp0000191), a line of an APA reference list, or one reference as BibTeX, RIS or CSL-JSON from a reference manager.'
// A library's whole export is not one reference; the parsers are not asked to read megabytes.
const MAX_LENGTH = 100_000
const LABELS: Record<PastedFormat, string> = { 'csl-json': 'CSL-JSON', bibtex: 'BibTeX', ris: 'RIS', apa: 'APA' }
const DOI_PREFIX = /^(?:doi\b\s?:?|(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\/)\s*/i
const BIBTEX_ENTRY = /^@[A-Za-z]+\s*[{(]/m
const RIS_START = /^TY {1,2}- ?\S/m
// As parse-apa.ts reads dates: (2010), (2021a), (2023, May 4), (n.d.).
const APA_DATE = /\((?:\d{4}[a-z]?(?:,[^()]{1,40})?|n\.\s?d\.(?:-[a-z])?)\)/

export function readPastedReference(text: string): PastedReading {
  try {
    return read(typeof text === 'string' ? text.replace(/\r\n?/g, '\n').trim() : '')
  } catch {
    return unreadable(`This paste could not be read. ${EXPECTED}`)
  }
}

function read(text: string): PastedReading {
  if (!text) return unreadable(`Nothing was pasted. ${EXPECTED}`)
  if (text.length > MAX_LENGTH)
    return unreadable(`At ${text.length} characters this is far more than one reference. ${EXPECTED}`)
  const doi = pastedDoi(text)
  if (doi) return { kind: 'doi', doi }
  if (/^[[{]/.test(text)) return readCslJson(text)
  if (BIBTEX_ENTRY.test(text)) return readWithCitationJs('bibtex', text, '@bibtex/text', 'The BibTeX')
  if (RIS_START.test(text)) return readWithCitationJs('ris', risWithTwoSpaces(text), '@ris/file', 'The RIS')
  return readApa(text)
}

// "doi: 10.…", "https://doi.org/ 10.…", or a DOI that a PDF wrapped over two lines.
function pastedDoi(text: string): string | null {
  const prefix = DOI_PREFIX.exec(text)?.[0] ?? ''
  const rest = text.slice(prefix.length).replace(/\s*\n\s*/g, '')
  if (/\s/.test(rest)) return null
  return normalizeDoi(/doi\.org/i.test(prefix) ? `https://doi.org/${rest}` : rest)
}

function readCslJson(text: string): PastedReading {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return unreadable(`This looks like CSL-JSON but is not valid JSON (was it cut short?). ${EXPECTED}`)
  }
  const items = (Array.isArray(data) ? data : [data]).map(crossrefWork).filter(looksLikeCsl)
  if (!items.length)
    return unreadable(`This JSON holds no reference (nothing with a title, authors or a type). ${EXPECTED}`)
  return readItems('csl-json', items, 'The CSL-JSON')
}

// api.crossref.org wraps a work in {status, message}; its fields are CSL-like.
function crossrefWork(value: unknown): unknown {
  return isObject(value) && isObject(value.message) && value.status === 'ok' ? value.message : value
}

function looksLikeCsl(value: unknown): boolean {
  return isObject(value) && ['title', 'author', 'type', 'DOI'].some(key => key in value)
}

function readWithCitationJs(format: PastedFormat, text: string, forceType: string, source: string): PastedReading {
  let items: unknown
  try {
    items = plugins.input.chain(text, { forceType, generateGraph: false })
  } catch {
    items = []
  }
  return readItems(format, Array.isArray(items) ? items : [], source)
}

// Some sites export "TY - JOUR" with one space; citation-js, like the RIS specification, wants two.
function risWithTwoSpaces(text: string): string {
  return text.replace(/^([A-Z][A-Z0-9]) {1,2}-(?: |$)/gm, '$1  - ')
}

function readItems(format: PastedFormat, items: unknown[], source: string): PastedReading {
  const { fields, notes } = citationFieldsFromCsl(items[0], source)
  if (!fields.title && !fields.authors.length)
    return unreadable(
      `This looks like ${LABELS[format]}, but no reference could be read from it: is it complete? ${EXPECTED}`,
    )
  return { kind: 'fields', format, fields, notes: [...severalNote(items.length), ...notes], count: items.length }
}

function readApa(text: string): PastedReading {
  const entries = apaEntries(text)
  const { fields, notes } = parseApaReference(entries[0] ?? '')
  if (!fields.title || (fields.year === null && !fields.authors.length))
    return unreadable(`This does not read as a reference. ${EXPECTED}`)
  const { type, authors, ...rest } = fields
  const values = Object.entries(rest).filter(([, value]) => value !== null && value !== '')
  const read = { type, authors: authors.map(withoutNulls), ...Object.fromEntries(values) } as CitationFields
  const all = [...severalNote(entries.length), ...notes]
  return { kind: 'fields', format: 'apa', fields: read, notes: all, count: entries.length }
}

// One entry per date: a line without one (a PDF's line break inside an entry) continues the entry before it.
function apaEntries(text: string): string[] {
  const entries: Array<{ text: string; dated: boolean }> = []
  for (const line of text.split('\n').map(part => part.trim())) {
    const last = entries[entries.length - 1]
    const dated = APA_DATE.test(line)
    if (!line) continue
    if (last && !(dated && last.dated)) {
      last.text += /[-/]$/.test(last.text) ? line : ` ${line}`
      last.dated ||= dated
    } else entries.push({ text: line, dated })
  }
  return entries.map(entry => entry.text)
}

function severalNote(count: number): string[] {
  return count > 1 ? [`The paste holds ${count} references: only the first was read. Paste them one at a time.`] : []
}

function withoutNulls(name: { family?: string | null; given?: string | null; literal?: string | null }) {
  return Object.fromEntries(Object.entries(name).filter(([, value]) => typeof value === 'string' && value))
}

function unreadable(message: string): PastedReading {
  return { kind: 'unreadable', message }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
