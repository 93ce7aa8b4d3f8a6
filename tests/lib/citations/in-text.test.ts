import { expect, test } from 'vitest'

import {
  citationAnchor,
  createBibliography,
  formatParenthetical,
  type Citation,
  type PersonName,
} from '~/lib/citations'

const person = (family: string, given: string): PersonName => ({ family, given })

function citation(id: string, authors: PersonName[], year: number | null = 2021, title = id): Citation {
  return { id, type: 'article-journal', authors, year, title, containerTitle: 'J' }
}

const wu = citation('wu2021', [person('Wu', 'H.'), person('Savalia', 'N. K.'), person('Kwan', 'A. C.')])
const tully = citation(
  'tully2022',
  [person('Tully', 'J. L.'), person('Dahlén', 'A. D.'), person('Haggarty', 'C. J.')],
  2022,
)
const domino = citation('domino2010', [person('Domino', 'E. F.'), person('Warner', 'D. S.')], 2010)

test('one author: family name and year', () => {
  expect(formatParenthetical(citation('a', [person('Lazarevic', 'V.')]))).toBe('(Lazarevic, 2021)')
})

test('two authors: both, joined by an ampersand', () => {
  expect(formatParenthetical(domino)).toBe('(Domino & Warner, 2010)')
})

test('three or more authors: the first and "et al."', () => {
  expect(formatParenthetical(tully)).toBe('(Tully et al., 2022)')
})

test('an organisation is cited by its full name', () => {
  expect(formatParenthetical(citation('who', [{ literal: 'World Health Organization' }], 2020))).toBe(
    '(World Health Organization, 2020)',
  )
})

test('a missing year reads "n.d."', () => {
  expect(formatParenthetical(citation('x', [person('Smith', 'J.')], null))).toBe('(Smith, n.d.)')
})

test('a locator follows the year', () => {
  expect(formatParenthetical(domino, 'p. 680')).toBe('(Domino & Warner, 2010, p. 680)')
  expect(createBibliography([domino]).cite([{ id: 'domino2010', locator: ' p. 680 ' }])?.text).toBe(
    '(Domino & Warner, 2010, p. 680)',
  )
})

test('several items merge into one parenthetical in reference-list order', () => {
  const cited = createBibliography([wu, tully, domino]).cite([{ id: 'wu2021' }, { id: 'tully2022' }])
  expect(cited?.text).toBe('(Tully et al., 2022; Wu et al., 2021)')
  expect(cited?.parts.map(part => part.text)).toEqual(['Tully et al., 2022', 'Wu et al., 2021'])
  expect(cited?.parts.map(part => part.delimiter + part.display).join('')).toBe('Tully et al., 2022; Wu et al., 2021')
})

test('unknown ids are dropped, and a citation of nothing known is null', () => {
  const bibliography = createBibliography([wu])
  expect(bibliography.cite([{ id: 'missing' }, { id: 'wu2021' }])?.text).toBe('(Wu et al., 2021)')
  expect(bibliography.cite([{ id: 'missing' }])).toBeNull()
  expect(bibliography.cite([])).toBeNull()
})

test('works by the same author in the same year carry the same a/b suffix in the list and in the text', () => {
  const beta = citation('beta', [person('Smith', 'J.')], 2021, 'Beta study')
  const alpha = citation('alpha', [person('Smith', 'J.')], 2021, 'Alpha study')
  const bibliography = createBibliography([beta, alpha])
  expect(bibliography.entries.map(entry => entry.text)).toEqual([
    'Smith, J. (2021a). Alpha study. J.',
    'Smith, J. (2021b). Beta study. J.',
  ])
  const cited = bibliography.cite([{ id: 'beta' }, { id: 'alpha', locator: 'p. 4' }])
  expect(cited?.text).toBe('(Smith, 2021a, p. 4, 2021b)')
  expect(cited?.parts.map(({ text, display, delimiter }) => ({ text, display, delimiter }))).toEqual([
    { text: 'Smith, 2021a, p. 4', display: 'Smith, 2021a, p. 4', delimiter: '' },
    { text: 'Smith, 2021b', display: '2021b', delimiter: ', ' },
  ])
})

test('a work on its own carries no year suffix', () => {
  expect(formatParenthetical(citation('beta', [person('Smith', 'J.')], 2021, 'Beta study'))).toBe('(Smith, 2021)')
})

test('first authors who share a surname are told apart by their initials', () => {
  const bibliography = createBibliography([
    citation('j', [person('Smith', 'Jane')], 2020),
    citation('k', [person('Smith', 'Karl')], 2018),
  ])
  expect(bibliography.cite([{ id: 'j' }, { id: 'k' }])?.text).toBe('(J. Smith, 2020; K. Smith, 2018)')
})

test('author lists that would both read "Kapoor et al." in the same year name as many authors as it takes', () => {
  const names = (last: string) => [
    person('Kapoor', 'A.'),
    person('Bloom', 'B.'),
    person(last, 'C.'),
    person('Quinn', 'D.'),
  ]
  const bibliography = createBibliography([citation('m', names('Montez'), 2017), citation('z', names('Zhao'), 2017)])
  expect(bibliography.cite([{ id: 'm' }, { id: 'z' }])?.text).toBe(
    '(Kapoor, Bloom, Montez, et al., 2017; Kapoor, Bloom, Zhao, et al., 2017)',
  )
})

test('anchors are stable fragment-safe ids shared by the entry and its citations', () => {
  expect(citationAnchor('citation.wu 2021/ä')).toBe('ref-citation-wu-2021--')
  const bibliography = createBibliography([{ ...wu, id: 'citation.wu2021' }])
  expect(bibliography.entries[0]?.anchor).toBe('ref-citation-wu2021')
  expect(bibliography.cite([{ id: 'citation.wu2021' }])?.parts[0]?.anchor).toBe('ref-citation-wu2021')
})

test('a citation listed twice is one entry', () => {
  expect(createBibliography([wu, tully, { ...wu, title: 'A later copy' }]).entries.map(entry => entry.id)).toEqual([
    'tully2022',
    'wu2021',
  ])
})
