// One APA 7 reference-list entry as a person typed it (plain text, no italics) → the fields of a Citation.
// The inverse of reference-entry.ts, and tested both ways against it. Linear on any input: every scan is a
// split, a loop or a pattern without nested quantifiers over the same characters.
import { normalizeDoi } from './doi'
import { pageRange } from './text'
import type { Citation, PersonName } from './types'

export interface ParsedReference {
  /** What could be read. `year` null for "n.d.". No `id`. */
  fields: Omit<Citation, 'id'>
  /** The letter of "2021a", or null: the site assigns suffixes itself, the migration uses it to match "(Smith, 2021a)". */
  yearSuffix: string | null
  /** False when any part could not be read with confidence: the caller keeps `original` and lists it for a person. */
  sure: boolean
  /** Plain-English notes for a person, e.g. 'The title looks like Title Case; APA uses sentence case.' */
  notes: string[]
  /** The string as given (trimmed, whitespace collapsed). */
  original: string
}

type Fields = Omit<Citation, 'id'>

interface Log {
  notes: string[]
  sure: boolean
}

// Longer than any one entry (twenty authors and a long title come to about 800 characters).
const MAX_LENGTH = 2000
const TAG = /<\/?[A-Za-z][^<>]{0,300}>/g
// §9.14–9.17: (2010), (2021a), (n.d.), (n.d.-a), and for web pages (2023, May 4).
const DATE = /\((?:(\d{4})([a-z])?(?:,\s?([^()]{1,40}))?|n\.\s?d\.(?:-([a-z]))?)\)/
// §9.34–9.36: the DOI or URL ends the entry, as https://doi.org/…, http://dx.doi.org/…, doi:…, DOI: … or bare.
const LINK = /^(?:https?:\/\/|www\.|doi:|10\.\d{4,9}\/)/i
// "Retrieved May 2, 2024, from" (§9.16) and APA 6's "Retrieved from" before a URL.
const RETRIEVED = /\s?Retrieved\s(?:[^.]{0,60}\s)?from$/i
const FAMILY = /^\p{L}[\p{L}\p{M}\p{N}'’. -]{0,59}$/u
const INITIAL = /^\p{Lu}\.?(?:-?\p{Lu}\.?)*$/u
const ELLIPSIS = /^(?:\.\s?){3}|^…/
const ET_AL = /\s?et al\.?$/i
// §9.25–9.26: "15(3)", "15", "(4)", and as typed out: "Volume 15", "Vol. 15".
const VOLUME = /^(?:Vol(?:ume|\.)?\s?)?(\d{1,5}[A-Za-z]?)?\s?(?:\(([^()]{1,20})\))?$/
const ISSUE = /^(?:Issue|No\.?)\s?(\w{1,10})$/i
// Pages "123–145", "e57877", "S12-S15"; §9.25 article numbers keep the word: "Article 102345".
const PAGES = /^(?:[Aa]rticle\s)?[A-Za-z]{0,3}\d{1,7}[A-Za-z]?(?:\s?[-–—‐‑‒]{1,2}\s?[A-Za-z]{0,3}\d{1,7}[A-Za-z]?)?$/
const JOURNAL_WORDS = /\b(?:Journal|Review|Quarterly|Annals|Bulletin|Proceedings|Archives|Letters|Reports)\b/
const PUBLISHER_WORDS = /\b(?:Press|Books|Publish\w*|University|Verlag|Inc|Ltd|LLC|Company|House)\b/
const SENTENCE_START = /[\p{Lu}\p{N}“"‘']/u
const CLOSING_QUOTES = ['”', '"', '’', "'"]
const ABBREVIATIONS = new Set('dr mr mrs ms st vs no vol ed eds pp jr sr inc ltd co etc'.split(' '))
const LOWERCASE_FUNCTION_WORDS = new Set('with from into upon over under about than'.split(' '))

export function parseApaReference(text: string): ParsedReference {
  const original = typeof text === 'string' ? text.trim().replace(/\s+/g, ' ') : ''
  const log: Log = { notes: [], sure: true }
  const fields = emptyFields()
  let yearSuffix: string | null = null
  if (!original) doubt(log, 'The reference is empty.')
  else {
    if (original.length > MAX_LENGTH) doubt(log, `At ${original.length} characters this is longer than one reference.`)
    const { rest, link } = takeLink(withoutTags(original, log), log)
    if (link) readLink(link, fields, log)
    const date = DATE.exec(rest)
    if (date) yearSuffix = readEntry(rest, date, fields, log)
    else readUndated(rest, fields, log)
  }
  return { fields, yearSuffix, sure: log.sure, notes: log.notes, original }
}

function emptyFields(): Fields {
  const none = { containerTitle: null, volume: null, issue: null, pages: null, edition: null, publisher: null }
  return { type: 'article-journal', authors: [], year: null, title: '', ...none, doi: null, url: null }
}

function doubt(log: Log, note: string) {
  log.notes.push(note)
  log.sure = false
}

// Text copied out of a web page can bring its markup along.
function withoutTags(text: string, log: Log): string {
  const plain = text.replace(TAG, ' ').replace(/\s+/g, ' ').trim()
  if (plain !== text) doubt(log, 'The text held HTML tags; they were removed.')
  return plain
}

/** Authors, then the date, then the title and the source (§9.4); with no author the title comes first (§9.12). */
function readEntry(text: string, date: RegExpExecArray, fields: Fields, log: Log): string | null {
  const [, year, suffix, dayOrMonth, undatedSuffix] = date
  fields.year = year ? Number(year) : null
  if (dayOrMonth) log.notes.push(`Only the year of the date “${year}, ${dayOrMonth}” is kept.`)
  const before = text.slice(0, date.index).trim()
  const after = text.slice(date.index + date[0].length).replace(/^\.?\s?/, '')
  if (isTitleInAuthorPosition(before)) {
    readTitle(before, fields, log)
    readSource(after, fields, log)
  } else {
    fields.authors = readAuthors(before, log)
    const { head, tail, weak } = firstSentence(after)
    if (weak) doubt(log, 'Not sure where the title ends.')
    readTitle(head, fields, log)
    readSource(tail, fields, log)
  }
  return suffix ?? undatedSuffix ?? null
}

function readUndated(text: string, fields: Fields, log: Log) {
  doubt(log, 'Could not find the date in parentheses, such as “(2020).” or “(n.d.).”')
  if (text) doubt(log, 'Could not find the authors, the title or the source.')
  if (fields.url && !text) fields.type = 'webpage'
}

function takeLink(text: string, log: Log): { rest: string; link: string | null } {
  const trimmed = trimEnd(text, '.,; ')
  const space = trimmed.lastIndexOf(' ')
  const last = trimmed.slice(space + 1)
  let head = space < 0 ? '' : trimmed.slice(0, space)
  let link: string | null = null
  // "DOI: 10.…" typed with a space.
  if (/^10\./.test(last) && /(?:^|\s)doi:$/i.test(head)) {
    link = `doi:${last}`
    head = head.slice(0, -4).trim()
  } else if (LINK.test(last)) link = last
  if (!link) return { rest: text, link: null }
  const retrieved = RETRIEVED.exec(head)
  if (retrieved) {
    log.notes.push('“Retrieved … from” was dropped: APA 7 gives a retrieval date only for pages meant to change.')
    head = head.slice(0, retrieved.index)
  }
  return { rest: head.trim(), link }
}

function readLink(link: string, fields: Fields, log: Log) {
  const doi = normalizeDoi(link)
  if (doi) fields.doi = doi
  else if (/^https?:\/\//i.test(link)) fields.url = link
  else if (/^www\./i.test(link)) {
    fields.url = link
    log.notes.push('The URL does not start with https://.')
  } else doubt(log, `Could not read the DOI “${link}”.`)
}

// §9.12: a work with no author puts its title first. A title has lowercase words; an organisation's name
// ("National Institute of Mental Health") capitalises every word but the short ones.
function isTitleInAuthorPosition(text: string): boolean {
  if (text.includes(',')) return false
  return text.split(' ').some(word => /^\p{Ll}{4,}$/u.test(word) && !LOWERCASE_FUNCTION_WORDS.has(word))
}

function readAuthors(text: string, log: Log): PersonName[] {
  // "Smith, J. (Ed.)." for an edited book (§9.10): the editors are the authors here.
  const authors = text.replace(/\s?\(Eds?\.\)\.?$/i, '')
  if (!trimEnd(authors, '.')) {
    doubt(log, 'Could not find the authors before the date.')
    return []
  }
  // §9.11: a group author is written out, with no comma and no initials.
  const hasInitials = authors.split(' ').some(word => word.includes('.') && INITIAL.test(word))
  if (!authors.includes(',') && !hasInitials) return [{ literal: trimEnd(authors, '.', 1) }]
  return readPersons(authors, log)
}

// §9.8: "Family, A. B., Family, C., & Family, D."; with 21 or more, the first 19, ". . ." and the last.
function readPersons(text: string, log: Log): PersonName[] {
  const typedAnd = /\sand\s/.test(text)
  const parts = text
    .replace(/\s(?:&|and)\s/g, ', & ')
    .split(',')
    .map(part => part.trim())
    .filter(Boolean)
  const names: PersonName[] = []
  let [elided, etAl] = [false, false]
  for (let i = 0; i < parts.length; i += 2) {
    let family = (parts[i] ?? '').replace(/^&\s?/, '')
    if (ELLIPSIS.test(family)) [elided, family] = [true, family.replace(ELLIPSIS, '').trim()]
    if (ET_AL.test(family) && family.replace(ET_AL, '') === '') [etAl, family] = [true, '']
    if (etAl) break
    let given = parts[i + 1] ?? ''
    // "Smith, J. et al." typed without the comma.
    if (ET_AL.test(given)) [etAl, given] = [true, given.replace(ET_AL, '')]
    if (!isFamily(family) || !given.split(' ').every(word => INITIAL.test(word))) {
      doubt(log, `Could not read the author names from “${parts.slice(i).join(', ')}”.`)
      break
    }
    names.push({ family, given })
    if (etAl) break
  }
  if (elided)
    log.notes.push(`Authors were left out with “. . .” (APA 7 for 21 or more): the ${names.length} shown are kept.`)
  if (etAl) doubt(log, 'The authors end in “et al.”, which APA 7 does not use in a reference list: add the others.')
  if (typedAnd) log.notes.push('“and” before the last author: APA 7 uses “&”.')
  return names
}

function isFamily(text: string): boolean {
  return FAMILY.test(text) && /\p{Lu}/u.test(text) && text.split(' ').length <= 5
}

/**
 * The first sentence: up to ".", "?" or "!" (a closing quote may follow) before a space and a capital, a digit
 * or a quote, outside parentheses and brackets ("Why do we sleep? (2nd ed.)." is one sentence). After an initial or an abbreviation ("vitamin D.", "Dr.", "U.S.")
 * the end is only a guess (`weak`), taken when no other end is found.
 */
function firstSentence(text: string): { head: string; tail: string; weak: boolean } {
  let depth = 0
  let weakEnd: number | null = null
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (char === '(' || char === '[') depth++
    else if ((char === ')' || char === ']') && depth > 0) depth--
    else if (depth === 0 && '.?!'.includes(char)) {
      const end = CLOSING_QUOTES.includes(text[i + 1] ?? 'none') ? i + 2 : i + 1
      const next = text[end + 1]
      if (text[end] !== ' ' || next === undefined || !SENTENCE_START.test(next)) continue
      if (char !== '.' || !isAbbreviation(wordBefore(text, i))) {
        return { head: text.slice(0, end), tail: text.slice(end + 1), weak: false }
      }
      weakEnd ??= end
    }
  }
  if (weakEnd === null) return { head: text, tail: '', weak: false }
  return { head: text.slice(0, weakEnd), tail: text.slice(weakEnd + 1), weak: true }
}

function wordBefore(text: string, index: number): string {
  let start = index
  while (start > 0 && index - start < 12 && /[\p{L}.]/u.test(text[start - 1] ?? '')) start--
  return text.slice(start, index)
}

function isAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase())
}

// §9.19: the title as typed, without the element's period; "(2nd ed.)" after a book's title (§9.29).
function readTitle(sentence: string, fields: Fields, log: Log) {
  let title = trimEnd(sentence.trim(), '.', 1)
  const details = /\s?\(([^()]{1,30})\)$/.exec(title)
  const edition = details?.[1] ? readEdition(details[1]) : null
  if (details && edition) [fields.edition, title] = [edition, title.slice(0, details.index)]
  // §9.21: a description in brackets ("[Fact sheet]") has no field.
  const described = /\s?\[[^[\]]{1,60}\]$/.exec(title)
  if (described) {
    log.notes.push(`The description “${described[0].trim()}” after the title was dropped.`)
    title = title.slice(0, described.index)
  }
  // A habit from MLA: the title in quotation marks.
  const quoted = /^[“"‘'](.+)[”"’']$/.exec(title)
  if (quoted?.[1]) {
    log.notes.push('The title was in quotation marks; APA 7 does not quote titles in a reference list.')
    title = trimEnd(quoted[1], '.,', 1)
  }
  fields.title = title
  if (!title) doubt(log, 'Could not find the title.')
  else if (looksLikeTitleCase(title)) log.notes.push('The title looks like Title Case; APA uses sentence case.')
}

// "2nd ed." → "2", "3rd edition" → "3", "Rev. ed." → "Rev."; the formatter prints them back as APA 7 does.
function readEdition(detail: string): string | null {
  const numbered = /^(\d{1,3})(?:st|nd|rd|th)?\s?ed(?:\.|ition)?$/i.exec(detail)
  if (numbered?.[1]) return numbered[1]
  return /^(.{1,20}?)\s?ed(?:\.|ition)$/i.exec(detail)?.[1] ?? null
}

// §6.17: reference-list titles take sentence case: most words of four letters or more capitalised, beyond the
// first word of the title or of a subtitle, is Title Case.
function looksLikeTitleCase(title: string): boolean {
  let [startsPhrase, long, capitalised] = [true, 0, 0]
  for (const token of title.match(/[\p{L}\p{M}'’-]+|[:—–?!.]/gu) ?? []) {
    if (/^[:—–?!.]$/.test(token)) {
      startsPhrase = true
      continue
    }
    if (!startsPhrase && token.replace(/[^\p{L}]/gu, '').length >= 4) {
      long++
      if (/^\p{Lu}/u.test(token)) capitalised++
    }
    startsPhrase = false
  }
  return long >= 2 && capitalised * 2 > long
}

/** What follows the title: a chapter's book, a journal's volume and pages, a publisher or a site name. */
function readSource(text: string, fields: Fields, log: Log) {
  const source = trimEnd(text.trim(), '.', 1)
  if (/^In\s/.test(source)) return readChapter(source.slice(3), fields, log)
  if (readJournal(source, fields, log)) return
  if (fields.url && !fields.edition && !PUBLISHER_WORDS.test(source)) {
    fields.type = 'webpage'
    fields.containerTitle = source || null
  } else if (source && !fields.edition && JOURNAL_WORDS.test(source)) fields.containerTitle = source
  // §9.29: a book names no publisher when it is the group author.
  else if (source || fields.edition || fields.authors[0]?.literal) {
    fields.type = 'book'
    fields.publisher = source || null
  } else doubt(log, 'Could not find the journal, the publisher or the website.')
}

// §9.25–9.26: "Journal Name, 15(3), 123–145." The first part that reads as a volume ends the journal's name.
function readJournal(text: string, fields: Fields, log: Log): boolean {
  const parts = text.split(',').map(part => part.trim())
  const at = parts.findIndex(part => readVolume(part) !== null)
  if (at < 0) return false
  const { volume, issue } = readVolume(parts[at] as string) ?? {}
  let next = at + 1
  const issueWord = ISSUE.exec(parts[next] ?? '')
  if (!issue && issueWord) next++
  const pages = parts.slice(next).map(page => page.replace(/^pp?\.\s?/, ''))
  if (parts.slice(next).some(page => /^pp?\./.test(page))) log.notes.push('APA 7 writes journal pages without “pp.”.')
  if (pages.some(page => !PAGES.test(page))) doubt(log, `Could not read “${pages.join(', ')}” as pages.`)
  else if (pages.length) fields.pages = pageRange(pages.join(', '))
  fields.type = 'article-journal'
  fields.volume = volume ?? null
  fields.issue = issue ?? issueWord?.[1] ?? null
  fields.containerTitle = parts.slice(0, at).join(', ') || null
  if (!fields.containerTitle) doubt(log, 'Could not find the journal name.')
  return true
}

function readVolume(part: string): { volume?: string; issue?: string } | null {
  const [, volume, issue] = VOLUME.exec(part) ?? []
  return volume || issue ? { volume, issue } : null
}

// §9.28: "In A. Editor & B. Editor (Eds.), Book title (2nd ed., pp. 12–34). Publisher." Editors are not stored.
function readChapter(text: string, fields: Fields, log: Log) {
  const editors = /\(Eds?\.\),\s?/i.exec(text)
  const { head, tail } = firstSentence(editors ? text.slice(editors.index + editors[0].length) : text)
  let book = trimEnd(head, '.', 1)
  const details = /\s?\(([^()]{1,60})\)$/.exec(book)
  if (details?.[1]) book = book.slice(0, details.index)
  for (const detail of details?.[1]?.split(/,\s?/) ?? []) {
    const pages = /^pp?\.\s?(.+)$/.exec(detail)?.[1]
    const edition = readEdition(detail)
    if (pages) fields.pages = pageRange(pages)
    else if (edition) fields.edition = edition
    else log.notes.push(`“${detail}” in the book's details has no field and was dropped.`)
  }
  fields.type = 'chapter'
  fields.containerTitle = book || null
  fields.publisher = trimEnd(tail, '.', 1) || null
  if (!book) doubt(log, 'Could not find the title of the book.')
}

/** Removes trailing characters of `chars`, at most `limit` of them; a loop, so no regex scans back over a run. */
function trimEnd(text: string, chars: string, limit = Infinity): string {
  let end = text.length
  while (end > 0 && text.length - end < limit && chars.includes(text[end - 1] as string)) end--
  return text.slice(0, end).trim()
}
