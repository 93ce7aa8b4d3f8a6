// Citation downloads for reference managers: BibTeX, RIS and CSL-JSON, from CSL items.
// citation-js maps the fields and escapes BibTeX; we write the records out ourselves, because its RIS keeps a
// page range in SP alone and wraps lines at 70 characters, and its BibTeX writes a day into `month`.
import { createRequire } from 'node:module'

import type { CslItem } from '~/lib/citations/to-csl'

interface BibtexEntry {
  type: string
  label: string
  properties: Record<string, string>
}
type RisRecord = Record<string, string | string[]>

interface CiteInstance {
  format(kind: 'bibtex', options: { format: 'object' }): BibtexEntry[]
  format(kind: 'ris', options: { format: 'object' }): RisRecord[]
  format(kind: 'data', options: { format: 'object' }): CslItem[]
}

const require = createRequire(import.meta.url)
const { Cite } = require('@citation-js/core') as { Cite: new (data: CslItem[]) => CiteInstance }
require('@citation-js/plugin-bibtex')
require('@citation-js/plugin-ris')

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

export function formatBibtex(items: CslItem[]): string {
  // citation-js escapes titles and personal names, but prints an organisation's name as given.
  const escaped = items.map(item => ({
    ...item,
    author: item.author?.map(name => (name.literal ? { literal: latex(name.literal) } : name)),
  }))
  const entries = cite(escaped).format('bibtex', { format: 'object' })
  return entries.map((entry, index) => bibtexRecord(entry, items[index]!)).join('\n')
}

export function formatRis(items: CslItem[]): string {
  const records = cite(items).format('ris', { format: 'object' })
  return records.map((record, index) => risRecord(record, items[index]!)).join('')
}

export function formatCslJson(items: CslItem[]): string {
  return `${JSON.stringify(cite(items).format('data', { format: 'object' }), null, 2)}\n`
}

// Every format names an item by the same key: BibTeX label, RIS ID, CSL id (pandoc's @key).
function cite(items: CslItem[]): CiteInstance {
  const keys = citationKeys(items)
  return new Cite(items.map((item, index) => ({ ...item, id: keys[index] ?? item.id, 'citation-key': keys[index] })))
}

/** `domino2010`: the first author's family name (or first word of an organisation or the title) and the year. */
export function citationKeys(items: CslItem[]): string[] {
  const bases = items.map(baseKey)
  const count = new Map<string, number>()
  for (const base of bases) count.set(base, (count.get(base) ?? 0) + 1)
  const seen = new Map<string, number>()
  return bases.map(base => {
    if (count.get(base) === 1) return base
    const index = seen.get(base) ?? 0
    seen.set(base, index + 1)
    return base + suffix(index)
  })
}

function baseKey(item: CslItem): string {
  const first = item.author?.[0]
  const name = first?.family ?? firstWord(first?.literal) ?? firstWord(item.title) ?? 'anon'
  const year = item.issued?.['date-parts'][0]?.[0]
  return (ascii(name) || 'anon') + (year ?? 'nd')
}

function firstWord(text: string | undefined): string | undefined {
  return text?.split(/\s+/).find(word => !/^(a|an|the)$/i.test(word) && ascii(word))
}

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^a-zA-Z0-9]/g, '')
    .toLowerCase()
}

// a … z, then aa, ab …: APA's year suffixes, and keys that stay letters and digits.
function suffix(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26))
  return index < 26 ? letter : suffix(Math.floor(index / 26) - 1) + letter
}

// BibTeX has no day: `month` takes the macro (styles print it in the document's language) and biblatex,
// Zotero and Better BibTeX read the whole date from `date`.
function bibtexRecord({ type, label, properties }: BibtexEntry, item: CslItem): string {
  const [year, month, day] = item.issued?.['date-parts'][0] ?? []
  const fields = Object.entries(properties)
    // citation-js repeats the address in `howpublished`, a text field where a "%" starts a LaTeX comment.
    .filter(([field, value]) => field !== 'month' && !(field === 'howpublished' && value === properties.url))
    .map(([field, value]): [string, string] => [field, VERBATIM.has(field) ? verbatim(value) : value])
  // A web page's site: Zotero's BibTeX import takes `organization` as its publisher.
  if (item.type === 'webpage' && item['container-title'] && !properties.organization)
    fields.push(['organization', latex(item['container-title'])])
  const lines = fields.map(([field, value]) => `\t${field} = {${value}},`)
  const monthName = month ? MONTHS[month - 1] : undefined
  if (monthName) lines.push(`\tmonth = ${monthName},`)
  if (year && month && day) lines.push(`\tdate = {${[year, month, day].map(pad).join('-')}},`)
  return `@${type}{${label},\n${lines.join('\n')}\n}\n`
}

// RIS: TY first, ER last, CRLF line ends, one line per value. SP/EP split a range as Zotero's RIS
// translator writes and reads it; an article number ("e57877") stays alone in SP.
function risRecord(record: RisRecord, item: CslItem): string {
  const { TY, ...tags } = record
  // A web page's site, which citation-js leaves out: Zotero's RIS import reads T2 as the website's title.
  if (TY === 'ELEC' && !tags.T2 && item['container-title']) tags.T2 = item['container-title']
  const lines = [`TY  - ${String(TY)}`]
  for (const [tag, values] of Object.entries(tags)) {
    for (const value of [values].flat()) lines.push(...risLines(tag, value.replace(/\s+/g, ' ').trim()))
  }
  lines.push('ER  - ', '')
  return lines.join('\r\n') + '\r\n'
}

function risLines(tag: string, value: string): string[] {
  if (tag === 'SP') {
    const range = /^([^-\s]+)\s*-+\s*([^-\s]+)$/.exec(value)
    if (range) return [`SP  - ${range[1]}`, `EP  - ${range[2]}`]
  }
  if (tag === 'DA') value = value.replace(/^(\d{4})\/(\d*)\/(\d*)\//, (_, y, m, d) => `${y}/${pad(m)}/${pad(d)}/`)
  return [`${tag}  - ${value}`]
}

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}

/** Text as (La)TeX reads it literally: braces can no longer end the field, "%" no longer starts a comment. */
function latex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, char => LATEX[char] ?? char)
}

// DOIs and addresses are read verbatim (biblatex, Better BibTeX): only a brace, a backslash or a space could end
// or break the field, and an address may carry them percent-encoded.
const VERBATIM = new Set(['doi', 'url'])
function verbatim(value: string): string {
  return value.replace(/[{}\\\s]/g, char => encodeURIComponent(char))
}

function pad(part: number | string): string {
  return part === '' ? '' : String(part).padStart(2, '0')
}
