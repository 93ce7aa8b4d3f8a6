import { expect, test } from 'vitest'

import { createBibliography, DOI_PATTERN, doiUrl, normalizeDoi, type Citation } from '~/lib/citations'

test('a bare DOI links to doi.org and keeps its slashes readable', () => {
  expect(doiUrl('10.1097/ALN.0b013e3181ed09a2')).toBe('https://doi.org/10.1097/ALN.0b013e3181ed09a2')
  expect(doiUrl('10.1002/(SICI)1097-4679(199911)55:11')).toBe('https://doi.org/10.1002/(SICI)1097-4679(199911)55:11')
})

test('a DOI is trimmed before it is checked', () => {
  expect(doiUrl('  10.1111/bcp.15374 \n')).toBe('https://doi.org/10.1111/bcp.15374')
})

test.each([
  ['javascript:alert(1)'],
  ['10.123/x'], // the registrant code has four to nine digits
  ['10.1234567890/x'],
  ['10.1234/'],
  ['10.1234/a b'],
  ['11.1234/x'],
  ['https://doi.org/10.1234/x'], // doiUrl wants the bare DOI; normalizeDoi reads pasted links
  [''],
  [null],
  [undefined],
])('%j gives no link', input => {
  expect(doiUrl(input)).toBeNull()
})

test('characters that could leave the path or the attribute are percent-encoded', () => {
  expect(doiUrl('10.1234/<script>alert(1)</script>')).toBe('https://doi.org/10.1234/%3Cscript%3Ealert(1)%3C/script%3E')
  expect(doiUrl('10.1234/a"b#c?d%e')).toBe('https://doi.org/10.1234/a%22b%23c%3Fd%25e')
  expect(doiUrl('10.1234/café')).toBe('https://doi.org/10.1234/caf%C3%A9')
})

test('a DOI with a lone surrogate gives no link rather than throwing', () => {
  expect(doiUrl('10.1234/a\uD800')).toBeNull()
})

test.each([
  ['10.1000/xyz', '10.1000/xyz'],
  [' https://doi.org/10.1000/xyz ', '10.1000/xyz'],
  ['http://dx.doi.org/10.1000/xyz', '10.1000/xyz'],
  ['https://www.doi.org/10.1000/xyz', '10.1000/xyz'],
  ['doi:10.1000/xyz', '10.1000/xyz'],
  ['DOI: 10.1000/xyz', '10.1000/xyz'],
  ['https://doi.org/10.1002/%28SICI%291097', '10.1002/(SICI)1097'],
  // Percent-encoding comes from a browser's address bar; a DOI typed bare or after "doi:" is taken as typed.
  ['http://dx.doi.org/10.1002/%28SICI%291097', '10.1002/(SICI)1097'],
  ['10.1002/%28SICI%291097', '10.1002/%28SICI%291097'],
  ['doi:10.1002/%28SICI%291097', '10.1002/%28SICI%291097'],
])('normalizeDoi reads %j as %j', (input, expected) => {
  expect(normalizeDoi(input)).toBe(expected)
})

test.each([
  ['javascript:alert(1)'],
  ['https://example.com/10.1000/xyz'],
  ['doi:10.12/x'],
  ['not a doi'],
  [null],
  [undefined],
])('normalizeDoi refuses %j', input => {
  expect(normalizeDoi(input)).toBeNull()
})

test('a DOI with characters beyond ASCII, above U+DFFF or beyond the basic plane, links to them encoded; a broken character gives no link', () => {
  expect(doiUrl('10.1234/a😀')).toBe('https://doi.org/10.1234/a%F0%9F%98%80')
  expect(doiUrl('10.1234/a\uff11')).toBe('https://doi.org/10.1234/a%EF%BC%91')
  expect(doiUrl('10.1234/a\udfff')).toBeNull()
  expect(doiUrl('10.1234/a\ud800')).toBeNull()
})

test('DOI_PATTERN is the pattern of the content model', () => {
  expect(DOI_PATTERN.source).toBe(String.raw`^10\.\d{4,9}\/\S+$`)
})

const article: Citation = {
  id: 'a',
  type: 'article-journal',
  authors: [{ family: 'Domino', given: 'E. F.' }],
  year: 2010,
  title: 'Taming the ketamine tiger',
  containerTitle: 'Anesthesiology',
}

test('an entry links its DOI and prefers it to the URL', () => {
  const [entry] = createBibliography([
    { ...article, doi: '10.1097/ALN.0b013e3181ed09a2', url: 'https://example.org/a' },
  ]).entries
  expect(entry?.doiUrl).toBe('https://doi.org/10.1097/ALN.0b013e3181ed09a2')
  expect(entry?.segments.at(-1)).toEqual({ text: entry?.doiUrl, href: entry?.doiUrl })
})

test('an entry without a valid DOI links its http(s) URL, and never another scheme', () => {
  const withUrl = createBibliography([{ ...article, doi: 'javascript:alert(1)', url: 'https://example.org/a' }])
    .entries[0]
  expect(withUrl?.doiUrl).toBeNull()
  expect(withUrl?.segments.at(-1)).toEqual({ text: 'https://example.org/a', href: 'https://example.org/a' })
  const withScript = createBibliography([{ ...article, url: 'javascript:alert(1)' }]).entries[0]
  expect(withScript?.segments.some(segment => segment.href)).toBe(false)
  expect(withScript?.text).toBe('Domino, E. F. (2010). Taming the ketamine tiger. Anesthesiology.')
})
