// One CSL-JSON item (doi.org's answer from Crossref or DataCite, or citation-js's reading of BibTeX and RIS) →
// the fields of a citation document in the dataset's conventions. What a person should check becomes a note.
import { normalizeDoi } from './doi'
import { clean, initials } from './names'
import { pageRange } from './text'
import type { CitationType } from './types'

export interface CitationFields {
  type: CitationType
  authors: Array<{ family?: string; given?: string; literal?: string }>
  year?: number
  title?: string
  containerTitle?: string
  volume?: string
  issue?: string
  pages?: string
  edition?: string
  publisher?: string
  doi?: string
  url?: string
}

type Item = Record<string, unknown>
type Note = (text: string) => void

const KINDS: Record<CitationType, string> = {
  'article-journal': 'a journal article',
  book: 'a book',
  chapter: 'a chapter in a book',
  webpage: 'a web page',
}
const CONTAINERS: Record<CitationType, string> = {
  'article-journal': 'journal name',
  book: 'series',
  chapter: 'book title',
  webpage: 'website name',
}
const TYPES: Record<string, CitationType> = {
  'article-journal': 'article-journal',
  'journal-article': 'article-journal',
  book: 'book',
  chapter: 'chapter',
  'book-chapter': 'chapter',
  webpage: 'webpage',
}
// Kinds the Studio has no form for, saved as the nearest one it has.
const NEAREST: Record<string, [CitationType, string]> = {
  'article-magazine': ['article-journal', 'a magazine article'],
  'article-newspaper': ['article-journal', 'a newspaper article'],
  'edited-book': ['book', 'an edited book'],
  monograph: ['book', 'a monograph'],
  'reference-book': ['book', 'a reference book'],
  thesis: ['book', 'a thesis'],
  'paper-conference': ['chapter', 'a conference paper'],
  'proceedings-article': ['chapter', 'a conference paper'],
  'entry-encyclopedia': ['chapter', 'an encyclopedia entry'],
  'entry-dictionary': ['chapter', 'a dictionary entry'],
  'post-weblog': ['webpage', 'a blog post'],
  post: ['webpage', 'a post'],
  report: ['webpage', 'a report'],
  dataset: ['webpage', 'a data set'],
}
const TAG = /<\/?[A-Za-z][\w:.-]{0,30}(?:\s[^<>]{0,300})?>/g
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

export function citationFieldsFromCsl(
  item: unknown,
  source = 'The reference',
): { fields: CitationFields; notes: string[] } {
  const notes: string[] = []
  const note: Note = text => notes.push(text)
  const csl: Item = isItem(item) ? item : {}
  if (!isItem(item)) note(`${source} is not a CSL-JSON item: fill in the fields by hand.`)
  const type = typeOf(csl, source, note)
  const fields: CitationFields = { type, authors: authorsOf(csl, source, note) }
  if (!fields.authors.length) note(`${source} names no authors: add them.`)
  fields.year = yearOf(csl, source, note)
  if (fields.year === undefined) note(`${source} gives no year: add it.`)
  fields.title = titleOf(csl, source, note)
  if (!fields.title) note(`${source} gives no title: add it.`)
  Object.assign(fields, containerOf(csl, type, source, note), linksOf(csl, source, note))
  if (type === 'article-journal') Object.assign(fields, { volume: text(csl.volume), issue: text(csl.issue) })
  else if (text(csl.volume) || text(csl.issue)) note(`The volume and issue were left out: ${KINDS[type]} has none.`)
  if (type !== 'webpage') fields.pages = pagesOf(csl, note)
  if (type === 'book' || type === 'chapter') fields.edition = editionOf(csl)
  if (type === 'book' || type === 'chapter') fields.publisher = text(csl.publisher)
  return { fields: withoutEmpty(fields), notes }
}

function typeOf(item: Item, source: string, note: Note): CitationType {
  const given = text(item.type) ?? ''
  const known = TYPES[given]
  if (known) return known
  const [nearest, kind] = NEAREST[given] ?? [text(item['container-title']) ? 'article-journal' : 'webpage']
  const what = kind ? `This is ${kind}` : given ? `${source} calls this “${given}”` : `${source} gives no kind of work`
  note(`${what}: saved as ${KINDS[nearest]}; check it.`)
  return nearest
}

function authorsOf(item: Item, source: string, note: Note): CitationFields['authors'] {
  const people = Array.isArray(item.author) ? item.author.filter(isItem) : []
  if (!people.length && Array.isArray(item.editor) && item.editor.length)
    note(`${source} names only editors: for an edited book, add the editors as the authors.`)
  const authors = people.flatMap(person => nameOf(person, source, note))
  const shortened = new Set(people.map(person => text(person.given) ?? '').filter(given => initials(given) !== given))
  const examples = [...shortened].filter(given => initials(given)).map(given => `“${given}” → “${initials(given)}”`)
  if (examples.length) note(`Given names became initials, as APA writes them: ${examples.join(', ')}.`)
  return authors
}

function nameOf(person: Item, source: string, note: Note): CitationFields['authors'] {
  const literal = text(person.literal) ?? text(person.name)
  if (literal) return [{ literal }]
  const dropping = text(person['dropping-particle'])
  const family = [dropping, text(person['non-dropping-particle']), text(person.family)].filter(Boolean).join(' ')
  const given = initials(text(person.given))
  const suffix = text(person.suffix)
  if (dropping) note(`“${dropping}” was joined to the family name “${family}”: check it.`)
  if (suffix) note(`“${suffix}” after the name ${family} has no field and was left out.`)
  if (family === family.toUpperCase() && /\p{Lu}{2}/u.test(family))
    note(`${source} gives the name “${family}” in capitals: write it as the article does.`)
  if (!family) return given ? [{ given }] : []
  if (given) return [{ family, given }]
  note(`“${family}” has no given name: saved as an organisation; check it.`)
  return [{ literal: family }]
}

function yearOf(item: Item, source: string, note: Note): number | undefined {
  const [issued, print, online] = ['issued', 'published-print', 'published-online'].map(key => yearIn(item[key]))
  const earlier = online ?? issued
  if (print && earlier && earlier !== print)
    note(
      `${source} dates this ${earlier} online and ${print} in print: the year of the issue, ${print}, was kept; check it.`,
    )
  return print ?? issued ?? online ?? yearIn(item.published)
}

function yearIn(date: unknown): number | undefined {
  if (!isItem(date)) return undefined
  const parts: unknown = Array.isArray(date['date-parts']) ? date['date-parts'][0] : undefined
  const typed = /\b\d{4}\b/.exec(text(date.raw) ?? text(date.literal) ?? '')?.[0]
  const year = Number(Array.isArray(parts) ? parts[0] : typed)
  return Number.isInteger(year) && year > 0 ? year : undefined
}

function titleOf(item: Item, source: string, note: Note): string | undefined {
  const title = plain(item.title, 'title', source, note)
  const subtitle = plain(item.subtitle, 'subtitle', source, note)
  if (!title || !subtitle || title.toLowerCase().includes(subtitle.toLowerCase()))
    return title ? checkCase(title) : title
  note(`${source} gives the subtitle apart: it was joined to the title after a colon; check it.`)
  return checkCase(`${title}: ${subtitle.charAt(0).toUpperCase()}${subtitle.slice(1)}`)

  function checkCase(value: string): string {
    if (value === value.toUpperCase() && /\p{Lu}{4}/u.test(value))
      note(`${source} gives the title in capitals; APA wants sentence case: check it.`)
    else if (looksLikeTitleCase(value))
      note(`${source} gives the title in Title Case; APA wants sentence case: check it.`)
    return value
  }
}

function containerOf(item: Item, type: CitationType, source: string, note: Note): Partial<CitationFields> {
  const container = plain(item['container-title'], 'journal or book title', source, note)
  if (type === 'book') {
    if (container) note(`The series “${container}” was left out: APA names no series for a book.`)
    return {}
  }
  if (container || type !== 'webpage' || !text(item.publisher)) {
    if (!container) note(`${source} gives no ${CONTAINERS[type]}: add it.`)
    return { containerTitle: container }
  }
  note(`The publisher “${text(item.publisher)}” was taken as the name of the website: check it.`)
  return { containerTitle: text(item.publisher) }
}

function linksOf(item: Item, source: string, note: Note): Pick<CitationFields, 'doi' | 'url'> {
  const [typed, url] = [text(item.DOI) ?? text(item.doi), text(item.URL) ?? text(item.url)]
  const doi = normalizeDoi(typed) ?? normalizeDoi(url) ?? undefined
  if (typed && !normalizeDoi(typed)) note(`${source} gives “${typed}” as the DOI, which is not a DOI: check it.`)
  if (!doi) return { url }
  if (url && normalizeDoi(url)?.toLowerCase() !== doi.toLowerCase())
    note(`The web address ${url} was left out: APA gives the DOI instead.`)
  return { doi }
}

function pagesOf(item: Item, note: Note): string | undefined {
  const typed = text(item.page) ?? text(item['article-number']) ?? text(item['page-first'])
  const pages = typed && pageRange(typed)
  const [first, last] = pages?.split('–') ?? []
  if (first && last && /^\d+$/.test(first) && /^\d+$/.test(last) && Number(last) < Number(first))
    note(`The pages “${pages}” look shortened; APA writes them in full (“1691–1706”): check them.`)
  return pages
}

// "2nd" → "2", as the form asks; a first edition is not named.
function editionOf(item: Item): string | undefined {
  const edition = text(item.edition)?.replace(/^(\d+)(?:st|nd|rd|th)?(?:\s?ed(?:\.|ition)?)?$/i, '$1')
  return edition && !/^(?:1|first)$/i.test(edition) ? edition : undefined
}

function plain(value: unknown, what: string, source: string, note: Note): string | undefined {
  const values = (Array.isArray(value) ? value : [value]).map(text).filter((v): v is string => Boolean(v))
  if (new Set(values).size > 1) note(`${source} gives more than one ${what}: the first was kept; check it.`)
  const first = values[0]
  if (!first) return undefined
  const untagged = clean(first.replace(TAG, ''))
  if (untagged !== first)
    note(`${source} gives the ${what} with HTML markup (such as italics); it was removed: check it.`)
  return untagged.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|\w{2,6});/gi, (entity, name: string) => decode(name) ?? entity)
}

function decode(name: string): string | undefined {
  if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()]
  const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
}

// Most words of four letters or more capitalised, beyond the first word of the title or of a subtitle.
function looksLikeTitleCase(title: string): boolean {
  let [startsPhrase, long, capitalised] = [true, 0, 0]
  for (const token of title.match(/[\p{L}\p{M}'’-]+|[:—–?!.]/gu) ?? []) {
    const punctuation = /^[:—–?!.]$/.test(token)
    if (!punctuation && !startsPhrase && token.replace(/[^\p{L}]/gu, '').length >= 4) {
      long++
      if (/^\p{Lu}/u.test(token)) capitalised++
    }
    startsPhrase = punctuation
  }
  return long >= 2 && capitalised * 2 > long
}

function text(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value
  if (typeof first === 'number' && Number.isFinite(first)) return String(first)
  return typeof first === 'string' ? clean(first) || undefined : undefined
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function withoutEmpty(fields: CitationFields): CitationFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as CitationFields
}
