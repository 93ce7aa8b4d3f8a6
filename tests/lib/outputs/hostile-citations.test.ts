// What an editor could type into a reference never breaks a reader's reference manager: the BibTeX stays one
// entry per reference with its fields intact, the RIS one record, and an address the page would not link
// (javascript:, a DOI that is not one) goes out nowhere.
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { AST } from 'astrocite-ris'
import { expect, test } from 'vitest'

import type { Citation } from '~/lib/citations'
import { coinsTitle } from '~/lib/citations/coins'
import { toCsl } from '~/lib/citations/to-csl'
import { contentDisposition } from '~/lib/outputs/citation-downloads'
import { formatBibtex, formatCslJson, formatRis } from '~/lib/outputs/cite-formats.server'

const hostile: Citation = {
  id: 'citation-hostile',
  type: 'article-journal',
  authors: [{ literal: 'Johnson & Johnson 100% }' }, { family: 'O}Neil', given: 'A.' }],
  year: 2020,
  title: 'Stress & {coping}: 100% of #1 \\relax',
  containerTitle: 'Journal of {Calm} & Care',
  volume: '3',
  doi: '10.1234/x}},@misc{injected,title={Pwned}',
  url: null,
}
const page: Citation = {
  id: 'citation-page',
  type: 'webpage',
  authors: [{ literal: 'American Psychological Association' }],
  year: 2023,
  title: 'Stress in America',
  containerTitle: 'APA',
  url: 'https://www.apa.org/news/press/releases/stress?year=2023&topic={x}',
}
const sneaky: Citation = { ...page, id: 'citation-sneaky', url: 'javascript:alert(1)', doi: 'javascript:alert(2)' }

test('braces, “%” and “&” in a reference stay inside its BibTeX entry, and read back as typed', () => {
  const library = parseBibtex(formatBibtex([toCsl(hostile), toCsl(page)]))
  expect(library.errors).toEqual([])
  expect(library.entries.map(entry => entry.key)).toEqual(['johnson2020', 'american2023'])
  const [entry] = library.entries
  expect(entry!.fields.title).toBe('Stress & {coping}: 100% of #1 \\relax')
  expect(entry!.fields.journal).toBe('Journal of {Calm} & Care')
  expect(entry!.fields.year).toBe('2020')
  expect(entry!.fields.author?.[0]).toEqual({ name: 'Johnson & Johnson 100% }' })
  expect(entry!.fields.doi).toBe('10.1234/x%7D%7D,@misc%7Binjected,title=%7BPwned%7D')
})

test('a web page keeps its site name: BibTeX organization, RIS T2', () => {
  const bibtex = parseBibtex(formatBibtex([toCsl(page)]))
  expect(bibtex.entries[0]!.fields.organization).toEqual(['APA'])
  expect(bibtex.entries[0]!.fields.url).toBe('https://www.apa.org/news/press/releases/stress?year=2023&topic=%7Bx%7D')
  const [record] = AST.parse(formatRis([toCsl(page)])).children
  expect(record!.type).toBe('ELEC')
  expect(record!.properties.find(property => property.key === 'T2')?.value.trim()).toBe('APA')
})

test('a javascript: address or a DOI that is not one goes out in no format', () => {
  const item = toCsl(sneaky)
  expect(item.URL).toBeUndefined()
  expect(item.DOI).toBeUndefined()
  for (const text of [formatBibtex([item]), formatRis([item]), formatCslJson([item]), coinsTitle(sneaky)])
    expect(text).not.toMatch(/javascript|alert/)
})

test('a file name in another script is sent as an ASCII name and its exact UTF-8 name', () => {
  expect(contentDisposition('breathing-references.bib')).toBe('attachment; filename="breathing-references.bib"')
  expect(contentDisposition('心理-健康-references.bib')).toBe(
    'attachment; filename="__-__-references.bib"; filename*=UTF-8\'\'%E5%BF%83%E7%90%86-%E5%81%A5%E5%BA%B7-references.bib',
  )
  expect(contentDisposition('a"b\\c.ris')).toBe('attachment; filename="a_b_c.ris"; filename*=UTF-8\'\'a%22b%5Cc.ris')
  // Every byte of the header is ASCII: Node sends it instead of failing the response.
  expect(() => new Headers({ 'Content-Disposition': contentDisposition('心理.json') })).not.toThrow()
})
