import { compareText } from './names'

export interface CitableReference {
  id: string
  /** Family names (or an organisation's name) of the authors, in order. */
  names: string[]
  /** null for "n.d." */
  year: number | null
  /** The letter of "2021a" as typed in the old reference list, or null. */
  yearSuffix: string | null
}

export interface FoundItem {
  /** As typed, e.g. "Wu et al., 2021, p. 1031". */
  typed: string
  /** The matching reference, or null when none matches (or more than one does: ambiguous). */
  referenceId: string | null
  /** "p. 1031", "pp. 12–14", "Chapter 3"…, or null. */
  locator: string | null
}

export interface FoundCitation {
  kind: 'parenthetical' | 'narrative'
  /** [start, end) of the text to delete when every item matched: the "(…)" plus the one space before it, if any. For a narrative citation, the "(2010)" part plus the space before it. */
  remove: [number, number]
  /** For a narrative citation, [start, end) of the author names as typed ("Domino and Warner"); null for parenthetical. */
  names: [number, number] | null
  items: FoundItem[]
}

interface Part {
  text: string
  start: number
  end: number
}
interface Dated extends Part {
  year: number | null
  suffix: string | null
  locator: string | null
}
interface NameList {
  names: string[]
  etAl: boolean
}

// Linear on any input: each "(…)" is read once, innermost first, and the names before "(2010)" are looked
// for only back to the last bracket or punctuation, a few words at most. No pattern nests a quantifier.
const MAX_WORDS = 8
const YEAR = /^(\d{4})([a-z])?$/
const UNDATED = /^n\.\s?d\.(?:-([a-z]))?$/
const PREFIX = /^(?:see also|see|e\.g\.,?|cf\.|i\.e\.,?|for example,)\s/i
const LOCATOR = /^(?:pp?\.|paras?\.|chap\.|chapter|sec\.|section|fig\.|figure|table|part|slide|lines?)\s?\S/i
const NAME = /^\p{Lu}[\p{L}\p{M}'’.\- ]*$/u
// "and" for "&" inside parentheses is a typing slip APA does not allow, but the meaning is plain.
const SEPARATOR = /,|&|\sand\s/
const BOUNDARY = new Set('()[]{};:!?"“”')
const CONNECTORS = new Set(['&', 'and'])

/** Plain-text APA 7 in-text citations (§8.10–8.17) in one paragraph, each item matched to a reference. */
export function findInTextCitations(text: string, references: CitableReference[]): FoundCitation[] {
  const found: FoundCitation[] = []
  let open = -1
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open = i
    else if (text[i] === ')' && open >= 0) {
      const citation = parenthetical(text, open, i, references) ?? narrative(text, open, i, references)
      if (citation) found.push(citation)
      open = -1
    }
  }
  return found
}

function parenthetical(
  text: string,
  open: number,
  close: number,
  references: CitableReference[],
): FoundCitation | null {
  const items: FoundItem[] = []
  let from = open + 1
  for (let i = from; i <= close; i++) {
    if (i < close && text[i] !== ';') continue
    const group = readGroup(text, from, i, references)
    if (!group) return null
    items.push(...group)
    from = i + 1
  }
  return { kind: 'parenthetical', remove: [spaceBefore(text, open), close + 1], names: null, items }
}

// "see Smith, 2019, 2021a, p. 4": one item a year; the locator belongs to the last.
function readGroup(text: string, start: number, end: number, references: CitableReference[]) {
  const group = trimmed(text, start, end)
  const parts = splitCommas(text, group.start + (PREFIX.exec(group.text)?.[0].length ?? 0), group.end)
  const first = parts.findIndex(part => readYear(part.text))
  const [head] = parts
  const tail = parts[first - 1]
  const names = head && tail ? trimmed(text, head.start, tail.end) : null
  const readings = names && readNames(names.text)
  const dates = readDates(parts.slice(first), text)
  if (!names || !readings || !dates) return null
  return dates.map((date, i) => ({
    typed: i === 0 ? text.slice(group.start, date.end) : `${names.text}, ${date.text}`,
    referenceId: matchReference(readings, date, references),
    locator: date.locator,
  }))
}

function narrative(text: string, open: number, close: number, references: CitableReference[]): FoundCitation | null {
  const dates = readDates(splitCommas(text, open + 1, close), text)
  const remove: [number, number] = [spaceBefore(text, open), close + 1]
  const names = dates && namesBefore(text, remove[0], references)
  if (!dates || !names) return null
  const typedNames = text.slice(...names.range)
  const items = dates.map(date => ({
    typed: `${typedNames} (${date.text})`,
    referenceId: matchReference(names.readings, date, references),
    locator: date.locator,
  }))
  return { kind: 'narrative', remove, names: names.range, items }
}

// The longest run of words before "(2010)" that names a known reference, and not the tail of a longer
// list ("… & Warner"); an unknown "Name et al." is still reported. Any other capitalised word before a
// year ("in Sweden (2019)") is not a citation.
function namesBefore(text: string, end: number, references: CitableReference[]) {
  const starts = wordStarts(text, end)
  for (const [k, start] of [...starts.entries()].reverse()) {
    const before = starts[k + 1]
    if (before !== undefined && CONNECTORS.has(text.slice(before, start).trim())) continue
    const readings = readNames(text.slice(start, end))
    if (readings?.some(reading => references.some(ref => fits(reading, ref.names)))) {
      return { range: [start, end] as [number, number], readings }
    }
  }
  const [, et, first] = starts
  if (et === undefined || first === undefined || text.slice(et, end) !== 'et al.') return null
  const readings = readNames(text.slice(first, end))
  return readings && { range: [first, end] as [number, number], readings }
}

function wordStarts(text: string, end: number): number[] {
  const starts: number[] = []
  let i = end
  while (i > 0 && starts.length < MAX_WORDS) {
    let start = i
    while (start > 0 && !isSpace(text[start - 1]) && !BOUNDARY.has(text[start - 1] ?? '')) start--
    const word = text.slice(start, i)
    if (!word) break
    starts.push(start)
    i = start
    while (i > 0 && isSpace(text[i - 1])) i--
  }
  return starts
}

function readDates(parts: Part[], text: string): Dated[] | null {
  const dates: Dated[] = []
  for (const part of parts) {
    const date = readYear(part.text)
    if (!date) break
    dates.push({ ...part, ...date, locator: null })
  }
  const last = dates[dates.length - 1]
  const rest = parts.slice(dates.length)
  const first = rest[0]
  if (!last || !first) return last ? dates : null
  const end = rest[rest.length - 1]?.end ?? first.end
  const locator = text.slice(first.start, end)
  if (!LOCATOR.test(locator)) return null
  dates[dates.length - 1] = { ...last, end, locator, text: text.slice(last.start, end) }
  return dates
}

function readYear(typed: string): { year: number | null; suffix: string | null } | null {
  const dated = YEAR.exec(typed)
  if (dated) return { year: Number(dated[1]), suffix: dated[2] ?? null }
  const undated = UNDATED.exec(typed)
  return undated ? { year: null, suffix: undated[1] ?? null } : null
}

// "Domino and Warner" reads as two names, and also as one organisation's ("Substance Abuse and Mental Health…").
function readNames(typed: string): NameList[] | null {
  const etAl = typed.endsWith(' et al.') || typed.endsWith(' et al')
  const listed = etAl ? typed.slice(0, typed.lastIndexOf(' et al')) : typed
  const names = listed
    .split(SEPARATOR)
    .map(name => name.trim())
    .filter(Boolean)
  if (!NAME.test(typed.slice(0, 1)) || !names.every(name => name.length <= 80 && NAME.test(name))) return null
  const whole = !etAl && names.length > 1 && NAME.test(typed) ? [{ names: [typed], etAl: false }] : []
  return [{ names, etAl }, ...whole]
}

// APA 7 §8.17: "et al." from three authors on; otherwise every author, in order.
function fits({ names, etAl }: NameList, authors: string[]): boolean {
  if (etAl ? authors.length < 3 || names.length >= authors.length : names.length !== authors.length) return false
  return names.every((name, i) => compareText(name, authors[i] ?? '') === 0)
}

function matchReference(readings: NameList[], date: Dated, references: CitableReference[]): string | null {
  const ids = new Set(
    references
      .filter(ref => ref.year === date.year && (date.suffix === null || ref.yearSuffix === date.suffix))
      .filter(ref => readings.some(reading => fits(reading, ref.names)))
      .map(ref => ref.id),
  )
  return ids.size === 1 ? ([...ids][0] ?? null) : null
}

function splitCommas(text: string, start: number, end: number): Part[] {
  const parts: Part[] = []
  let from = start
  for (let i = start; i <= end; i++) {
    if (i < end && text[i] !== ',') continue
    parts.push(trimmed(text, from, i))
    from = i + 1
  }
  return parts
}

function trimmed(text: string, start: number, end: number): Part {
  while (start < end && isSpace(text[start])) start++
  while (end > start && isSpace(text[end - 1])) end--
  return { text: text.slice(start, end), start, end }
}

function spaceBefore(text: string, open: number): number {
  return isSpace(text[open - 1]) ? open - 1 : open
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u00a0' || char === '\t' || char === '\n'
}
