// A reference pasted into the Studio: each format Dr. Miller may paste, read one reference at a time, gives
// exactly the citation documents of the bundled dataset; anything else gets a message she can act on.
import { readdirSync, readFileSync } from 'node:fs'

import { expect, test } from 'vitest'

import { citationFieldsFromCsl, type CitationFields } from '../../app/lib/citations/from-csl'
import { readPastedReference } from '../references/read-pasted'

const FIXTURES = new URL('../../tests/fixtures/references/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')

// The citation documents of content/production.ndjson as fields: no _id, _type, _key or other system field.
function datasetCitations(): CitationFields[] {
  return readFileSync(new URL('../../content/production.ndjson', import.meta.url), 'utf8')
    .split('\n')
    .filter(line => line.includes('"_type":"citation"'))
    .map(line => {
      const { authors, ...fields } = withoutSystemFields(JSON.parse(line))
      return { ...fields, authors: (authors as object[]).map(withoutSystemFields) } as CitationFields
    })
}

function withoutSystemFields(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('_')))
}

const citations = datasetCitations()
const entries = {
  bibtex: fixture('flagship.bib').split(/\n(?=@)/),
  ris: fixture('flagship.ris').split(/\n(?=TY {2}- )/),
  apa: fixture('flagship.apa.txt').trim().split('\n'),
  'csl-json': (JSON.parse(fixture('../references.csl.json')) as unknown[]).map(item => JSON.stringify(item)),
}
const doiOrg = readdirSync(new URL('doi-org/', FIXTURES)).map(name => fixture(`doi-org/${name}`))

function fieldsOf(text: string) {
  const reading = readPastedReference(text)
  if (reading.kind !== 'fields') throw new Error(`not read as fields: ${JSON.stringify(reading)}`)
  return reading
}

test('the dataset holds the ten flagship references, and each fixture has ten entries', () => {
  expect(citations).toHaveLength(10)
  for (const list of [...Object.values(entries), doiOrg]) expect(list).toHaveLength(10)
})

test.each(Object.keys(entries) as Array<keyof typeof entries>)(
  'each flagship reference pasted alone as %s gives its document’s fields, with nothing to check',
  format => {
    for (const citation of citations) {
      const entry = entries[format].find(text => text.includes(citation.doi ?? 'none'))
      expect(entry, `${format} entry with ${citation.doi}`).toBeDefined()
      const reading = fieldsOf(entry as string)
      expect(reading).toMatchObject({ format, count: 1 })
      expect(reading.fields, `${format}: ${citation.doi}`).toEqual(citation)
      expect(reading.notes, `${format}: ${citation.doi}`).toEqual([])
    }
  },
)

test('doi.org’s answers for the ten DOIs, pasted as CSL-JSON, give the dataset’s fields', () => {
  for (const answer of doiOrg) {
    const reading = fieldsOf(answer)
    expect(reading.fields).toEqual(citations.find(citation => answer.includes(`"DOI": "${citation.doi}"`)))
    expect(reading.notes).toEqual([])
  }
})

test('a DOI is recognised bare, after doi:, as a doi.org or dx.doi.org address, and with spaces around it', () => {
  const doi = '10.1097/ALN.0b013e3181ed09a2'
  const forms = [
    doi,
    `doi:${doi}`,
    `DOI: ${doi}`,
    `https://doi.org/${doi}`,
    `http://dx.doi.org/${doi}`,
    `https://dx.doi.org/${doi}`,
    `  \n https://doi.org/${doi}\t\n`,
    'https://doi.org/10.1097%2FALN.0b013e3181ed09a2',
    'https://doi.org/10.1097/ALN.\n0b013e3181ed09a2',
  ]
  for (const form of forms) expect(readPastedReference(form), JSON.stringify(form)).toEqual({ kind: 'doi', doi })
})

test('text with a DOI in it but more besides is not taken for a DOI', () => {
  expect(readPastedReference('10.1097/ALN.0b013e3181ed09a2 Domino and Warner').kind).not.toBe('doi')
  expect(readPastedReference('doi:10.1097 /ALN').kind).not.toBe('doi')
})

test('a paste of several references reads the first and says to paste one at a time', () => {
  const pastes = {
    bibtex: fixture('flagship.bib'),
    ris: fixture('flagship.ris'),
    apa: fixture('flagship.apa.txt'),
    'csl-json': fixture('../references.csl.json'),
  }
  for (const [format, text] of Object.entries(pastes)) {
    const reading = fieldsOf(text)
    expect(reading).toMatchObject({ format, count: 10 })
    expect(reading.fields).toEqual(citations[0])
    expect(reading.notes[0]).toBe('The paste holds 10 references: only the first was read. Paste them one at a time.')
  }
})

test('an APA reference broken over several lines, as copied from a PDF, is one reference', () => {
  const [first, second] = entries.apa as [string, string]
  const wrapped = first.replace(', Akter, A., ', ', Akter, A.,\n').replace(' Cureus, ', '\nCureus, ')
  expect(fieldsOf(wrapped)).toMatchObject({ count: 1, fields: citations[0], notes: [] })
  expect(fieldsOf(`${wrapped}\n\n${second}`).count).toBe(2)
})

test('a CSL-JSON array of one reference, and api.crossref.org’s wrapped answer, are read', () => {
  const [domino] = doiOrg.filter(answer => answer.includes('Domino'))
  const expected = citations.find(citation => citation.doi === '10.1097/ALN.0b013e3181ed09a2')
  expect(fieldsOf(`[${domino}]`)).toMatchObject({ format: 'csl-json', count: 1, fields: expected })
  const crossref = `{"status":"ok","message-type":"work","message":${domino}}`
  expect(fieldsOf(crossref)).toMatchObject({ format: 'csl-json', count: 1, fields: expected })
})

test('unreadable pastes get a message saying what was expected', () => {
  const expected = /Paste a DOI \(such as 10\.1037\/amp0000191\), a line of an APA reference list, or one reference/
  const pastes: Array<[string, RegExp]> = [
    ['', /^Nothing was pasted/],
    [' \n\t ', /^Nothing was pasted/],
    ['hello world', /^This does not read as a reference/],
    ['{"title": "Taming', /^This looks like CSL-JSON but is not valid JSON/],
    ['[1, 2, 3]', /^This JSON holds no reference/],
    ['{"message": "hi"}', /^This JSON holds no reference/],
    ['@article{domino2010,\n title = {Taming', /^This looks like BibTeX, but no reference could be read/],
    ['TY  - JOUR\nPY  - 2010\nER  - ', /^This looks like RIS, but no reference could be read/],
    ['{"type": "book"}', /^This looks like CSL-JSON, but no reference could be read/],
    ['x'.repeat(200_000), /^At 200000 characters this is far more than one reference/],
  ]
  for (const [text, message] of pastes) {
    const reading = readPastedReference(text)
    expect(reading, JSON.stringify(text.slice(0, 40))).toEqual({
      kind: 'unreadable',
      message: expect.stringMatching(message),
    })
    if (reading.kind === 'unreadable') expect(reading.message).toMatch(expected)
  }
})

test('odd pastes (a lone brace, a cut-off RIS tag, control characters) each get a message, never fill anything', () => {
  const odd = [undefined, null, 42, {}, '@', '@@@{', 'TY  - ', '{', ']', '(2010).', 'doi:', '\u0000'.repeat(50)]
  for (const input of odd) {
    const reading = readPastedReference(input as string)
    expect(reading.kind, JSON.stringify(input)).toBe('unreadable')
    if (reading.kind === 'unreadable') expect(reading.message, JSON.stringify(input)).toMatch(/\S/)
  }
})

test('full given names become initials, in every format', () => {
  const authors = [
    { family: 'Domino', given: 'E. F.' },
    { family: 'Warner', given: 'D. S.' },
  ]
  const pastes = [
    '@article{d, author = {Domino, Edward F. and Warner, David S.}, title = {Taming the ketamine tiger}, year = 2010}',
    'TY  - JOUR\nAU  - Domino, Edward F.\nAU  - Warner, David S\nTI  - Taming the ketamine tiger\nPY  - 2010\nER  - \n',
    '{"type": "article-journal", "title": "Taming the ketamine tiger", "author": [{"given": "Edward F.", "family": "Domino"}, {"given": "David S.", "family": "Warner"}]}',
  ]
  for (const paste of pastes) {
    const reading = fieldsOf(paste)
    expect(reading.fields.authors).toEqual(authors)
    expect(reading.notes).toContainEqual(
      expect.stringMatching(/^Given names became initials.*“Edward F\.” → “E\. F\.”/),
    )
  }
})

test('BibTeX as Google Scholar exports it, with LaTeX escapes and protected capitals, reads as typed', () => {
  const scholar = String.raw`@article{tully2022ketamine,
  title={Ketamine treatment for refractory anxiety: {A} systematic review},
  author={Tully, John L and Dahl{\'e}n, Alex D and Schi\"{o}th, Helgi B},
  journal={British Journal of Clinical Pharmacology},
  volume={88}, number={10}, pages={4412--4426}, year={2022}, publisher={Wiley Online Library}
}`
  const { fields } = fieldsOf(scholar)
  expect(fields.authors).toEqual([
    { family: 'Tully', given: 'J. L.' },
    { family: 'Dahlén', given: 'A. D.' },
    { family: 'Schiöth', given: 'H. B.' },
  ])
  expect(fields).toMatchObject({
    title: 'Ketamine treatment for refractory anxiety: A systematic review',
    pages: '4412–4426',
  })
  expect(fields.publisher).toBeUndefined()
})

test('RIS with one space before the dash and Windows line ends is read', () => {
  const ris =
    'TY - JOUR\r\nTI - Taming the ketamine tiger\r\nAU - Domino, E. F.\r\nPY - 2010\r\nSP - 678\r\nEP - 684\r\nER -\r\n'
  expect(fieldsOf(ris)).toMatchObject({
    format: 'ris',
    fields: { authors: [{ family: 'Domino', given: 'E. F.' }], pages: '678–684' },
  })
})

test('a book and a chapter from BibTeX keep their publisher; the chapter’s container is the book, its editors ignored', () => {
  const book = fieldsOf(
    '@book{b, author = {Walker, M.}, title = {Why we sleep}, publisher = {Scribner}, year = {2017}, edition = {2nd}}',
  )
  expect(book.fields).toEqual({
    type: 'book',
    authors: [{ family: 'Walker', given: 'M.' }],
    year: 2017,
    title: 'Why we sleep',
    edition: '2',
    publisher: 'Scribner',
  })
  const chapter = fieldsOf(
    '@incollection{c, author = {Au, B.}, editor = {Editor, A.}, title = {A chapter}, booktitle = {The book}, publisher = {Pub}, pages = {1-20}, year = {2000}}',
  )
  expect(chapter.fields).toEqual({
    type: 'chapter',
    authors: [{ family: 'Au', given: 'B.' }],
    year: 2000,
    title: 'A chapter',
    containerTitle: 'The book',
    pages: '1–20',
    publisher: 'Pub',
  })
})

// doi.org's answers as Crossref and DataCite give them, and what the dataset keeps of each.
const crossref = {
  type: 'journal-article',
  title: ['Taming the <i>ketamine</i> tiger'],
  author: [{ given: 'Edward F.', family: 'Domino', sequence: 'first', affiliation: [{ name: 'U' }], ORCID: 'x' }],
  'container-title': ['Anesthesiology'],
  page: '678-684',
  'published-online': { 'date-parts': [[2010, 8, 1]] },
  DOI: '10.1097/ALN.0b013e3181ed09a2',
  URL: 'https://doi.org/10.1097/aln.0b013e3181ed09a2',
  publisher: 'Ovid Technologies (Wolters Kluwer Health)',
  volume: 113,
  issue: '3',
  ISSN: ['0003-3022'],
}

test('Crossref’s quirks map to the dataset’s conventions', () => {
  const { fields, notes } = citationFieldsFromCsl(crossref, 'doi.org')
  expect(fields).toEqual({
    type: 'article-journal',
    authors: [{ family: 'Domino', given: 'E. F.' }],
    year: 2010,
    title: 'Taming the ketamine tiger',
    containerTitle: 'Anesthesiology',
    volume: '113',
    issue: '3',
    pages: '678–684',
    doi: '10.1097/ALN.0b013e3181ed09a2',
  })
  expect(notes).toEqual([
    'Given names became initials, as APA writes them: “Edward F.” → “E. F.”.',
    'doi.org gives the title with HTML markup (such as italics); it was removed: check it.',
  ])
})

test('each conversion a person should check is a note in plain words', () => {
  const cases: Array<[Record<string, unknown>, Partial<CitationFields>, string]> = [
    [
      { title: 'Taming the Ketamine Tiger' },
      { title: 'Taming the Ketamine Tiger' },
      'doi.org gives the title in Title Case; APA wants sentence case: check it.',
    ],
    [
      { title: 'TAMING THE KETAMINE TIGER' },
      {},
      'doi.org gives the title in capitals; APA wants sentence case: check it.',
    ],
    [
      { title: ['Taming', 'Zähmung'] },
      { title: 'Taming' },
      'doi.org gives more than one title: the first was kept; check it.',
    ],
    [
      { title: 'Taming', subtitle: ['the ketamine tiger'] },
      { title: 'Taming: The ketamine tiger' },
      'doi.org gives the subtitle apart: it was joined to the title after a colon; check it.',
    ],
    [
      { 'container-title': ['Anesthesiology', 'Anesth'] },
      { containerTitle: 'Anesthesiology' },
      'doi.org gives more than one journal or book title: the first was kept; check it.',
    ],
    [
      { 'published-online': { 'date-parts': [[2020, 12]] }, 'published-print': { 'date-parts': [[2021, 3]] } },
      { year: 2021 },
      'doi.org dates this 2020 online and 2021 in print: the year of the issue, 2021, was kept; check it.',
    ],
    [
      { page: '1691-706' },
      { pages: '1691–706' },
      'The pages “1691–706” look shortened; APA writes them in full (“1691–1706”): check them.',
    ],
    [
      { URL: 'https://journals.example.org/taming' },
      { doi: '10.1097/ALN.0b013e3181ed09a2' },
      'The web address https://journals.example.org/taming was left out: APA gives the DOI instead.',
    ],
    [
      { DOI: 'ALN.0b013e3181ed09a2' },
      {},
      'doi.org gives “ALN.0b013e3181ed09a2” as the DOI, which is not a DOI: check it.',
    ],
    [
      { author: [{ family: 'DOMINO', given: 'E. F.' }] },
      { authors: [{ family: 'DOMINO', given: 'E. F.' }] },
      'doi.org gives the name “DOMINO” in capitals: write it as the article does.',
    ],
    [
      { author: [{ family: 'World Health Organization' }] },
      { authors: [{ literal: 'World Health Organization' }] },
      '“World Health Organization” has no given name: saved as an organisation; check it.',
    ],
    [
      { author: [{ family: 'Smith', given: 'J.', suffix: 'Jr.' }] },
      { authors: [{ family: 'Smith', given: 'J.' }] },
      '“Jr.” after the name Smith has no field and was left out.',
    ],
    [
      { author: [], editor: [{ family: 'Ed', given: 'A.' }] },
      { authors: [] },
      'doi.org names only editors: for an edited book, add the editors as the authors.',
    ],
  ]
  const base = { ...crossref, title: 'Taming the ketamine tiger', author: [{ family: 'Domino', given: 'E. F.' }] }
  for (const [change, expected, note] of cases) {
    const { fields, notes } = citationFieldsFromCsl({ ...base, ...change }, 'doi.org')
    expect(fields, note).toMatchObject(expected)
    expect(notes, note).toContain(note)
  }
})

test('kinds of work the Studio has no form for are saved as the nearest, with a note', () => {
  const cases: Array<[string, CitationFields['type'], string]> = [
    ['report', 'webpage', 'This is a report: saved as a web page; check it.'],
    ['post-weblog', 'webpage', 'This is a blog post: saved as a web page; check it.'],
    ['paper-conference', 'chapter', 'This is a conference paper: saved as a chapter in a book; check it.'],
    ['dissertation', 'article-journal', 'doi.org calls this “dissertation”: saved as a journal article; check it.'],
  ]
  for (const [type, saved, note] of cases) {
    const { fields, notes } = citationFieldsFromCsl({ ...crossref, type }, 'doi.org')
    expect(fields.type, type).toBe(saved)
    expect(notes, type).toContain(note)
  }
  for (const type of ['article-journal', 'journal-article', 'book', 'chapter', 'webpage'])
    expect(citationFieldsFromCsl({ ...crossref, type }).notes.join(' '), type).not.toMatch(/saved as/)
})

test('publisher only for books and chapters; a web page’s publisher can stand for the site, with a note', () => {
  const report = citationFieldsFromCsl(
    {
      type: 'report',
      title: 'Mental health atlas',
      author: [{ literal: 'World Health Organization' }],
      publisher: 'World Health Organization',
      URL: 'https://www.who.int/atlas',
      issued: { 'date-parts': [[2021]] },
    },
    'doi.org',
  )
  expect(report.fields).toEqual({
    type: 'webpage',
    authors: [{ literal: 'World Health Organization' }],
    year: 2021,
    title: 'Mental health atlas',
    containerTitle: 'World Health Organization',
    url: 'https://www.who.int/atlas',
  })
  expect(report.notes).toContain(
    'The publisher “World Health Organization” was taken as the name of the website: check it.',
  )
  const chapter = citationFieldsFromCsl({
    ...crossref,
    type: 'chapter',
    'container-title': 'The book',
    editor: [{ family: 'E' }],
  })
  expect(chapter.fields).toMatchObject({ type: 'chapter', containerTitle: 'The book', publisher: crossref.publisher })
  expect(chapter.fields).not.toHaveProperty('volume')
})

test('what is missing is named', () => {
  const { fields, notes } = citationFieldsFromCsl({ type: 'article-journal' }, 'doi.org')
  expect(fields).toEqual({ type: 'article-journal', authors: [] })
  expect(notes).toEqual([
    'doi.org names no authors: add them.',
    'doi.org gives no year: add it.',
    'doi.org gives no title: add it.',
    'doi.org gives no journal name: add it.',
  ])
  const page = { type: 'webpage', title: 'Ketamine', author: [{ literal: 'NIMH' }], issued: { 'date-parts': [[2024]] } }
  expect(citationFieldsFromCsl(page, 'doi.org').notes).toEqual(['doi.org gives no website name: add it.'])
  expect(citationFieldsFromCsl('not an item').notes[0]).toBe(
    'The reference is not a CSL-JSON item: fill in the fields by hand.',
  )
})
