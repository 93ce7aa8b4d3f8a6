import { expect, test } from 'vitest'

import { formatReferenceText, initials, type Citation, type PersonName } from '~/lib/citations'

test.each([
  ['Susan Anne', 'S. A.'],
  ['S. A.', 'S. A.'],
  ['S.A.', 'S. A.'],
  ['SA', 'S. A.'],
  ['Jean-Paul', 'J.-P.'],
  ['M. A. M.', 'M. A. M.'],
  ['Örjan', 'Ö.'],
  ['  Irvin   D. ', 'I. D.'],
  ['', ''],
])('the given name %j prints as %j', (given, expected) => {
  expect(initials(given)).toBe(expected)
})

function book(authors: PersonName[]): Citation {
  return { id: 'b', type: 'book', authors, year: 2020, title: 'A title', publisher: 'Example Press' }
}

test('particles and compound family names print as given, diacritics kept', () => {
  const authors = [
    { family: 'Lacerda da Silva', given: 'Ursula Rita' },
    { family: 'St Pierre', given: 'S.' },
    { family: 'Schiöth', given: 'Helgi B.' },
  ]
  expect(formatReferenceText(book(authors))).toBe(
    'Lacerda da Silva, U. R., St Pierre, S., & Schiöth, H. B. (2020). A title. Example Press.',
  )
})

test('an organisation prints as given, and a name without given names prints alone', () => {
  expect(formatReferenceText(book([{ literal: 'World Health Organization' }]))).toBe(
    'World Health Organization. (2020). A title. Example Press.',
  )
  expect(formatReferenceText(book([{ family: 'Plato' }]))).toBe('Plato. (2020). A title. Example Press.')
})

test('twenty authors are all listed; twenty-one list nineteen, an ellipsis and the last', () => {
  const authors = (count: number) => Array.from({ length: count }, (_, i) => ({ family: `A${i + 1}`, given: 'B.' }))
  expect(formatReferenceText(book(authors(20)))).toMatch(/^A1, B\., .*A19, B\., & A20, B\. \(2020\)/)
  expect(formatReferenceText(book(authors(21)))).toMatch(/^A1, B\., .*A19, B\., \. \. \. A21, B\. \(2020\)/)
  expect(formatReferenceText(book(authors(21)))).not.toContain('A20')
})

test('a draft with missing fields still formats, for the Studio preview', () => {
  const draft = { id: 'd', type: 'book', authors: [null, { family: ' ' }, { family: 'Yalom', given: 'I.' }] }
  expect(formatReferenceText(draft as unknown as Citation)).toBe('Yalom, I. (n.d.).')
  expect(formatReferenceText({ id: 'e', type: 'webpage', title: 'Untitled' } as unknown as Citation)).toBe(
    'Untitled. (n.d.).',
  )
})
