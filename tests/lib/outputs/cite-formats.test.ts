// The downloads are read back by the parsers reference managers use, not by citation-js that wrote them:
// Better BibTeX's parser (@retorquere/bibtex-parser) and astrocite's RIS parser.
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { AST } from 'astrocite-ris'
import { expect, test } from 'vitest'

import { type CslItem, toCsl } from '~/lib/citations/to-csl'
import { formatBibtex, formatCslJson, formatRis } from '~/lib/outputs/cite-formats.server'

import { readReferences } from '../citations/oracle'

const references = readReferences()
const items = references.map(toCsl)

const blogPost: CslItem = {
  id: 'post-ketamine',
  type: 'post-weblog',
  author: [{ family: 'Miller', given: 'Elizabeth' }],
  issued: { 'date-parts': [[2024, 11, 5]] },
  title: 'Ketamine + Ketamine Assisted Psychotherapy',
  'container-title': 'Well Mind Body',
  URL: 'https://wellmindbody.co/blog/ketamine-ketamine-assisted-psychotherapy',
}

// The BibTeX parser gives an accent as a combining mark (o + U+0308): the same text on screen as "ö".
function readBibtex(text: string) {
  const library = parseBibtex(text)
  const nfc = (value: string | undefined) => value?.normalize('NFC')
  const entries = library.entries.map(({ type, key, fields }) => ({
    type,
    key,
    fields: { ...fields, title: nfc(fields.title) } as Record<string, unknown>,
    authors: (fields.author ?? []).map(name => ({ lastName: nfc(name.lastName), firstName: nfc(name.firstName) })),
  }))
  return { errors: library.errors, entries }
}

function readRis(text: string) {
  return AST.parse(text).children.map(entry => ({
    type: entry.type,
    tag: (key: string) => entry.properties.filter(p => p.key === key).map(p => p.value.trim()),
  }))
}

test('every flagship reference comes back from the BibTeX with its key, authors and publication details', () => {
  const library = readBibtex(formatBibtex(items))
  expect(library.errors).toEqual([])
  expect(library.entries.map(entry => entry.key)).toEqual(references.map(reference => reference.id))
  library.entries.forEach((entry, index) => {
    const reference = references[index]!
    expect(entry.type).toBe('article')
    expect(entry.authors).toEqual(reference.authors.map(a => ({ lastName: a.family, firstName: a.given })))
    expect(entry.fields.year).toBe(String(reference.year))
    expect(entry.fields.title).toBe(reference.title)
    expect(entry.fields.journal).toBe(reference.containerTitle)
    expect(entry.fields.volume).toBe(reference.volume ?? undefined)
    expect(entry.fields.number).toBe(reference.issue ?? undefined)
    expect(entry.fields.pages).toBe(reference.pages ?? undefined) // "678--684" reads back as "678–684"
    expect(entry.fields.doi).toBe(reference.doi)
  })
})

test('every flagship reference comes back from the RIS with its authors and publication details', () => {
  const records = readRis(formatRis(items))
  expect(records).toHaveLength(references.length)
  records.forEach(({ type, tag }, index) => {
    const reference = references[index]!
    expect(type).toBe('JOUR')
    expect(tag('ID')).toEqual([reference.id])
    expect(tag('AU')).toEqual(reference.authors.map(a => `${a.family}, ${a.given}`))
    expect(tag('PY')).toEqual([String(reference.year)])
    expect(tag('TI')).toEqual([reference.title])
    expect(tag('T2')).toEqual([reference.containerTitle])
    expect(tag('VL')).toEqual([reference.volume])
    expect(tag('IS')).toEqual(reference.issue ? [reference.issue] : [])
    expect([...tag('SP'), ...tag('EP')].join('–')).toBe(reference.pages ?? '')
    expect(tag('DO')).toEqual([reference.doi])
  })
})

test('an en dash page range is 678--684 in BibTeX and SP 678 / EP 684 in RIS; an article number stays whole', () => {
  const domino = items.find(item => item.id === 'domino2010')!
  const algin = items.find(item => item.id === 'algin2024')!
  expect(formatBibtex([domino])).toContain('\tpages = {678--684},\n')
  expect(formatRis([domino])).toContain('SP  - 678\r\nEP  - 684\r\n')
  expect(formatRis([algin])).toContain('SP  - e57877\r\n')
  expect(formatRis([algin])).not.toContain('EP  -')
})

test('accents, dashes and curly quotes survive both formats', () => {
  const tully = items.find(item => item.id === 'tully2022')!
  const typographic: CslItem = {
    ...tully,
    id: 'q',
    title: 'Schiöth’s “ketamine” — pain & 50% relief',
    issue: undefined,
  }
  const [fromBibtex, quotedBibtex] = readBibtex(formatBibtex([tully, typographic])).entries
  const [fromRis, quotedRis] = readRis(formatRis([tully, typographic]))
  expect(fromBibtex?.authors.map(name => name.lastName)).toEqual(expect.arrayContaining(['Dahlén', 'Schiöth']))
  expect(fromRis?.tag('AU')).toContain('Schiöth, H. B.')
  expect(quotedBibtex?.fields.title).toBe(typographic.title)
  expect(quotedRis?.tag('TI')).toEqual([typographic.title])
})

test('the article itself is a blog post in all three formats, with its site, date and address', () => {
  const [bibtex] = readBibtex(formatBibtex([blogPost])).entries
  expect(['online', 'misc']).toContain(bibtex?.type)
  expect(bibtex?.key).toBe('miller2024')
  expect(bibtex?.authors).toEqual([{ lastName: 'Miller', firstName: 'Elizabeth' }])
  expect(bibtex?.fields.title).toBe('Ketamine + Ketamine Assisted Psychotherapy')
  expect(bibtex?.fields).toMatchObject({ url: blogPost.URL, year: '2024', month: '11', date: '2024-11-05' })

  const [ris] = readRis(formatRis([blogPost]))
  expect(ris?.type).toBe('BLOG') // Zotero's RIS translator reads BLOG as a blog post, T2 as the blog's title
  expect(ris?.tag('AU')).toEqual(['Miller, Elizabeth'])
  expect(ris?.tag('TI')).toEqual(['Ketamine + Ketamine Assisted Psychotherapy'])
  expect(ris?.tag('T2')).toEqual(['Well Mind Body'])
  expect(ris?.tag('DA')).toEqual(['2024/11/05/'])
  expect(ris?.tag('UR')).toEqual([blogPost.URL])

  const [csl] = JSON.parse(formatCslJson([blogPost])) as CslItem[]
  expect(csl).toMatchObject({ ...blogPost, id: 'miller2024' })
})

test('two works by the same first author in the same year get keys with a and b, the same in every format', () => {
  const domino = items.find(item => item.id === 'domino2010')!
  const pair = [domino, { ...domino, id: 'other', title: 'A second tiger' }]
  expect(readBibtex(formatBibtex(pair)).entries.map(entry => entry.key)).toEqual(['domino2010a', 'domino2010b'])
  expect(readRis(formatRis(pair)).flatMap(record => record.tag('ID'))).toEqual(['domino2010a', 'domino2010b'])
  expect((JSON.parse(formatCslJson(pair)) as CslItem[]).map(item => item.id)).toEqual(['domino2010a', 'domino2010b'])
})

test('the CSL-JSON download keeps every field of the ten references', () => {
  const downloaded = JSON.parse(formatCslJson(items)) as CslItem[]
  expect(downloaded).toEqual(items.map(item => ({ ...item, 'citation-key': item.id })))
})
