// Constructed cases for the golden tests, beside the ten real references: every type, edition, the
// author-count boundaries, a/b suffixes, undated works, diacritics and the in-text disambiguations.
import type { Citation, PersonName } from '~/lib/citations'

export const person = (family: string, given: string): PersonName => ({ family, given })
export const org = (literal: string): PersonName => ({ literal })
export const numbered = (count: number) => Array.from({ length: count }, (_, i) => person(`Author${i + 1}`, 'Quinn'))

export function citation(id: string, fields: Partial<Citation>): Citation {
  return { id, type: 'article-journal', authors: [person('Smith', 'J.')], year: 2021, title: id, ...fields }
}

const journal = { containerTitle: 'Journal of Examples', volume: '7', issue: '2', pages: '1–9' }

// Cases the oracle agrees with.
export const extras: Citation[] = [
  citation('book-edition', {
    type: 'book',
    authors: [person('Yalom', 'Irvin D.'), person('Leszcz', 'Molyn')],
    year: 2020,
    title: 'The theory and practice of group psychotherapy',
    edition: '6',
    publisher: 'Basic Books',
  }),
  citation('book-question', {
    type: 'book',
    authors: [person('Rivera', 'Ana Lucía')],
    year: 2019,
    title: 'Why do we sleep?',
    edition: '2',
    publisher: 'Example Press',
    doi: '10.5555/why.sleep',
  }),
  citation('chapter', {
    type: 'chapter',
    authors: [person('Okafor', 'Chidi'), person('Sartre', 'Jean-Paul')],
    year: 2018,
    title: 'Grief in the consulting room',
    containerTitle: 'Handbook of bereavement care',
    pages: '112-130',
    publisher: 'Example Press',
    doi: '10.5555/hbc.7',
  }),
  citation('chapter-edition', {
    type: 'chapter',
    authors: [person('Okafor', 'Chidi')],
    year: 2022,
    title: 'A single page',
    containerTitle: 'Handbook of bereavement care',
    edition: '3',
    pages: '7',
    publisher: 'Example Press',
  }),
  citation('webpage-org', {
    type: 'webpage',
    authors: [org('American Psychological Association')],
    year: 2023,
    title: 'Psychotherapy',
    containerTitle: 'APA Dictionary of Psychology',
    url: 'https://dictionary.apa.org/psychotherapy',
  }),
  citation('webpage-person', {
    type: 'webpage',
    authors: [person('Nguyen', 'Susan Anne')],
    year: 2024,
    title: 'What to expect in your first session',
    containerTitle: 'Well Mind Body',
    url: 'https://example.com/first-session',
  }),
  citation('webpage-no-author', {
    type: 'webpage',
    authors: [],
    year: 2023,
    title: 'Anonymous guidance on sleep',
    containerTitle: 'Sleep Site',
    url: 'https://example.org/sleep',
  }),
  citation('twenty-authors', {
    authors: numbered(20),
    year: 2019,
    title: 'Twenty authors',
    ...journal,
    doi: '10.5555/twenty',
  }),
  citation('smith-beta', { title: 'Beta study', ...journal }),
  citation('smith-alpha', { title: 'Alpha study', ...journal, volume: '8' }),
  citation('smith-undated-b', { year: null, title: 'Undated b', ...journal }),
  citation('smith-undated-a', { year: null, title: 'Undated a', ...journal }),
  citation('smith-jones', {
    authors: [person('Smith', 'J.'), person('Jones', 'K.')],
    year: 2019,
    title: 'Gamma',
    ...journal,
  }),
  citation('smith-k', { authors: [person('Smith', 'K.')], year: 2018, title: 'Another Smith', ...journal }),
  citation('no-year', {
    authors: [person('Ångström', 'Anders')],
    year: null,
    title: 'No date on this one',
    containerTitle: 'Undated Review',
    volume: '2',
  }),
  citation('oberg', {
    authors: [person('Öberg', 'Örjan')],
    year: 2015,
    title: 'Ob',
    containerTitle: 'Nordic Journal',
    issue: '4',
    pages: 'e12',
  }),
  citation('oakes', { authors: [person('Oakes', 'Olive')], year: 2015, title: 'Oa', containerTitle: 'Nordic Journal' }),
  citation('ozz', { authors: [person('Ozz', 'Oscar')], year: 2015, title: 'Oc', containerTitle: 'Nordic Journal' }),
  citation('van-gogh', {
    type: 'book',
    authors: [person('van Gogh', 'Vincent')],
    year: 2020,
    title: 'Letters.',
    publisher: 'Example Press',
  }),
  citation('kapoor-montez', {
    authors: [person('Kapoor', 'A.'), person('Bloom', 'B.'), person('Montez', 'C.')],
    year: 2017,
    title: 'E1',
    ...journal,
  }),
  citation('kapoor-zhao', {
    authors: [person('Kapoor', 'A.'), person('Bloom', 'B.'), person('Zhao', 'C.')],
    year: 2017,
    title: 'E2',
    ...journal,
  }),
  citation('kapoor-zhao-quinn', {
    authors: [person('Kapoor', 'A.'), person('Bloom', 'B.'), person('Zhao', 'C.'), person('Quinn', 'D.')],
    year: 2017,
    title: 'E3',
    ...journal,
  }),
  // First authors who share a family name but not initials, in one year: initials tell them apart.
  citation('smith-a', { authors: [person('Smith', 'A.')], year: 2021, title: 'Delta', ...journal }),
  // A chapter whose book title was left empty reads as a book of its publisher.
  citation('chapter-no-book', {
    type: 'chapter',
    authors: [person('Ito', 'Hana')],
    year: 2016,
    title: 'A chapter',
    publisher: 'Example Press',
  }),
  // Family names of several words sort letter by letter, as the oracle sorts them.
  citation('de-la-cruz', { authors: [person('de la Cruz', 'Maria')], year: 2014, title: 'Dc', ...journal }),
  citation('de-luca', { authors: [person('De Luca', 'Anna')], year: 2014, title: 'Dl', ...journal }),
]
