import type { Citation, PersonName } from './types'

// Letter by letter, ignoring case, diacritics, hyphens and apostrophes ("O'Neil" files as "ONeil"),
// numbers by value. Spaces are not ignored: words are compared one by one (see compareWords).
const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true, numeric: true })

const FIRST_LETTER = /\p{L}\p{M}*/u
// "SA" as exported by PubMed: two or three capitals are initials, not a name.
const BARE_INITIALS = /^\p{Lu}{2,3}$/u

export function clean(value: string | null | undefined): string {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : ''
}

/** "Susan Anne" → "S. A.", "S.A." → "S. A.", "Jean-Paul" → "J.-P.", "SA" → "S. A.". */
export function initials(given: string | null | undefined): string {
  return clean(given)
    .split(' ')
    .flatMap(word => (BARE_INITIALS.test(word) ? [...word] : word.split('.')))
    .map(word =>
      word
        .split('-')
        .map(part => FIRST_LETTER.exec(part)?.[0])
        .filter((letter): letter is string => Boolean(letter))
        .map(letter => `${letter.toUpperCase()}.`)
        .join('-'),
    )
    .filter(Boolean)
    .join(' ')
}

// Studio previews format drafts, where the array, or a name in it, may still be missing or empty.
export function authorsOf(citation: Pick<Citation, 'authors'>): PersonName[] {
  const authors: unknown = citation.authors
  if (!Array.isArray(authors)) return []
  return authors.filter(
    (name): name is PersonName =>
      typeof name === 'object' &&
      name !== null &&
      Boolean(clean(name.literal) || clean(name.family) || clean(name.given)),
  )
}

export function isOrganisation(name: PersonName): boolean {
  return clean(name.literal) !== ''
}

/** As printed in the reference list: "Lacerda da Silva, U. R.", "World Health Organization". */
export function referenceName(name: PersonName): string {
  const literal = clean(name.literal)
  if (literal) return literal
  const family = clean(name.family)
  const given = initials(name.given)
  if (family && given) return `${family}, ${given}`
  return family || clean(name.given)
}

/** As printed in text: the family name, the organisation, or "J. R. Smith" when initials disambiguate. */
export function shortName(name: PersonName, withInitials = false): string {
  const literal = clean(name.literal)
  if (literal) return literal
  const family = clean(name.family)
  const given = initials(name.given)
  if (!family) return clean(name.given)
  return withInitials && given ? `${given} ${family}` : family
}

export function authorKeys(name: PersonName): string[] {
  const literal = clean(name.literal)
  if (literal) return literal.split(' ')
  return [...(clean(name.family) || clean(name.given)).split(' '), '', ...initials(name.given).split(' ')]
}

export function compareText(a: string, b: string): number {
  return collator.compare(a, b)
}

// "Mahmud Tusher" files before "Mahmuda" and "Brown" before "Browning": nothing precedes something.
export function compareWords(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = collator.compare(a[i] ?? '', b[i] ?? '')
    if (order !== 0) return order
  }
  return a.length - b.length
}
