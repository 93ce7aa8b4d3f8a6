import { shortAuthors } from './in-text'
import { authorsOf, clean, compareText, initials, isOrganisation, referenceName } from './names'
import { yearOf } from './reference-entry'
import type { Citation } from './types'

export interface CitationLabels {
  /** "2021", "2021a", "n.d.", "n.d.-b": the same in the reference list and in the text. */
  yearLabel: string
  namesShown: number
  withInitials: boolean
}

/** Labels for a list already in reference-list order, so that suffixes follow title order (§9.47). */
export function disambiguate(sorted: Citation[]): Map<string, CitationLabels> {
  const suffixes = yearSuffixes(sorted)
  const labels = new Map<string, CitationLabels>()
  for (const citation of sorted) {
    const suffix = suffixes.get(citation.id)
    const year = yearOf(citation)
    const yearLabel = suffix === undefined ? year : year === 'n.d.' ? `n.d.-${suffix}` : `${year}${suffix}`
    const withInitials = needsInitials(citation, sorted)
    labels.set(citation.id, { yearLabel, withInitials, namesShown: namesNeeded(citation, sorted, withInitials) })
  }
  return labels
}

// §8.19, §9.47: works by the same authors in the same year take a, b, c… in the order of their titles.
function yearSuffixes(sorted: Citation[]): Map<string, string> {
  const groups = new Map<string, Citation[]>()
  for (const citation of sorted) {
    const key = `${authorIdentity(citation)}\n${yearOf(citation)}`
    groups.set(key, [...(groups.get(key) ?? []), citation])
  }
  const suffixes = new Map<string, string>()
  for (const group of groups.values()) {
    if (group.length > 1) group.forEach((citation, i) => suffixes.set(citation.id, suffixLetters(i)))
  }
  return suffixes
}

function suffixLetters(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26))
  return index < 26 ? letter : suffixLetters(Math.floor(index / 26) - 1) + letter
}

function authorIdentity(citation: Citation): string {
  const names = authorsOf(citation).map(referenceName)
  return names.length ? names.join('; ') : `title: ${clean(citation.title)}`
}

// §8.20: first authors who share a surname but not initials are told apart by their initials in the text.
function needsInitials(citation: Citation, sorted: Citation[]): boolean {
  const first = authorsOf(citation)[0]
  if (!first || isOrganisation(first) || !clean(first.family) || !initials(first.given)) return false
  return sorted.some(other => {
    const theirs = authorsOf(other)[0]
    if (!theirs || isOrganisation(theirs) || !initials(theirs.given)) return false
    const sameFamily = compareText(clean(theirs.family), clean(first.family)) === 0
    return sameFamily && initials(theirs.given) !== initials(first.given)
  })
}

// §8.18: when two different author lists would both read "Kapoor et al., 2017", spell out as many names
// as it takes to tell them apart, or all of them.
function namesNeeded(citation: Citation, sorted: Citation[], withInitials: boolean): number {
  const count = authorsOf(citation).length
  if (count < 3) return 1
  const identity = authorIdentity(citation)
  const rivals = sorted.filter(
    other =>
      other.id !== citation.id &&
      yearOf(other) === yearOf(citation) &&
      authorIdentity(other) !== identity &&
      shortAuthors(other, 1, withInitials) === shortAuthors(citation, 1, withInitials),
  )
  for (let shown = 1; shown < count; shown++) {
    const ours = shortAuthors(citation, shown, withInitials)
    if (rivals.every(other => shortAuthors(other, shown, withInitials) !== ours)) return shown
  }
  return count
}
