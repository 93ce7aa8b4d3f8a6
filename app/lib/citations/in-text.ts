import { authorsOf, clean, shortName } from './names'
import { yearOf } from './reference-entry'
import { titleCase } from './text'
import type { Citation } from './types'

/**
 * The author element of an in-text citation (APA 7 §8.17): "Wu", "Domino & Warner", "Drozdz et al.",
 * "World Health Organization". `namesShown` > 1 spells out more names when two different author lists
 * would otherwise both read "Kapoor et al." for the same year (§8.18); `withInitials` prefixes the first
 * author's initials when another first author shares the surname (§8.20).
 */
export function shortAuthors(citation: Citation, namesShown = 1, withInitials = false): string {
  const names = authorsOf(citation)
    .map((name, i) => shortName(name, withInitials && i === 0))
    .filter(Boolean)
  const [first, second] = names
  const last = names[names.length - 1]
  if (first === undefined || last === undefined) return titleAsAuthor(citation)
  if (second === undefined) return first
  if (names.length === 2) return `${first} & ${second}`
  if (namesShown >= names.length) return `${names.slice(0, -1).join(', ')}, & ${last}`
  if (namesShown <= 1) return `${first} et al.`
  return `${names.slice(0, namesShown).join(', ')}, et al.`
}

/** "Domino & Warner, 2010", "“Title,” 2020", with an optional locator: "Domino & Warner, 2010, p. 680". */
export function authorDate(author: string, date: string): string {
  return author.endsWith(',”') ? `${author} ${date}` : `${author}, ${date}`
}

export function dateWithLocator(yearLabel: string, locator: string | null | undefined): string {
  const cleaned = clean(locator)
  return cleaned ? `${yearLabel}, ${cleaned}` : yearLabel
}

/** A single parenthetical, without the context of a reference list: "(Domino & Warner, 2010)". */
export function formatParenthetical(citation: Citation, locator?: string | null): string {
  return `(${authorDate(shortAuthors(citation), dateWithLocator(yearOf(citation), locator))})`
}

// APA 7 §8.14: with no author, the title moves to the author position, in title case; article and
// chapter titles in quotation marks (the comma goes inside them), other titles italic.
function titleAsAuthor(citation: Citation): string {
  const title = titleCase(clean(citation.title))
  const quoted = citation.type === 'article-journal' || citation.type === 'chapter'
  return quoted ? `“${title},”` : title
}
