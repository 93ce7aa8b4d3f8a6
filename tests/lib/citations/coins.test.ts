// What Zotero's COinS translator gets from a reference on the page: its parseContextObject (openurl.js in
// zotero/utilities) splits the title on "&" and "=", finds the item type from rft_val_fmt and rft.genre, and
// reads the fields below. URLSearchParams reads the same pairs back.
import { expect, test } from 'vitest'

import type { Citation } from '~/lib/citations'
import { coinsTitle } from '~/lib/citations/coins'

import { readReferences } from './oracle'

const references = readReferences()

function reference(id: string): Citation {
  const found = references.find(candidate => candidate.id === id)
  if (!found) throw new Error(`No reference ${id} in tests/fixtures/references.csl.json`)
  return found
}

function citation(fields: Partial<Citation> & Pick<Citation, 'type' | 'title'>): Citation {
  return { id: 'c', authors: [{ family: 'Nguyen', given: 'Susan Anne' }], year: 2020, ...fields }
}

function read(title: string) {
  const params = new URLSearchParams(title)
  return { one: (key: string) => params.get(key), all: (key: string) => params.getAll(key), keys: [...params.keys()] }
}

test('a journal article carries its title, journal, volume, issue, pages, date, DOI and authors', () => {
  const co = read(coinsTitle(reference('domino2010')))
  expect(co.one('ctx_ver')).toBe('Z39.88-2004')
  expect(co.one('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:journal')
  expect(co.one('rft.genre')).toBe('article')
  expect(co.one('rft.atitle')).toBe('Taming the ketamine tiger')
  expect(co.one('rft.jtitle')).toBe('Anesthesiology')
  expect([co.one('rft.volume'), co.one('rft.issue'), co.one('rft.date')]).toEqual(['113', '3', '2010'])
  expect([co.one('rft.pages'), co.one('rft.spage'), co.one('rft.epage')]).toEqual(['678–684', '678', '684'])
  expect(co.all('rft_id')).toEqual(['info:doi/10.1097/ALN.0b013e3181ed09a2'])
  expect([co.one('rft.aufirst'), co.one('rft.aulast')]).toEqual(['E. F.', 'Domino'])
  expect(co.all('rft.au')).toEqual(['Domino, E. F.', 'Warner, D. S.'])
})

test('the title is percent-encoded as Zotero encodes it: encodeURIComponent, %20 for a space', () => {
  const title = coinsTitle(reference('domino2010'))
  expect(
    title.startsWith('url_ver=Z39.88-2004&ctx_ver=Z39.88-2004&rft_id=info%3Adoi%2F10.1097%2FALN.0b013e3181ed09a2&'),
  ).toBe(true)
  expect(title).toContain('&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&rft.genre=article&')
  expect(title).toContain('&rft.atitle=Taming%20the%20ketamine%20tiger&')
  expect(title).toContain('&rft.pages=678%E2%80%93684&rft.spage=678&rft.epage=684')
})

test('every author of the ten references keeps a whole family name, and an article number stays whole', () => {
  for (const item of references) {
    const co = read(coinsTitle(item))
    // With a comma, Zotero's reader takes all before it as the family: "Mahmud Tusher", "Lacerda da Silva".
    expect(co.all('rft.au')).toEqual(item.authors.map(name => `${name.family}, ${name.given}`))
    expect(co.one('rft.pages')).toBe(item.pages ?? null)
  }
  const algin = read(coinsTitle(reference('algin2024')))
  expect(algin.one('rft.pages')).toBe('e57877')
  expect(algin.keys).not.toContain('rft.spage')
})

test('a book is a book: its title, publisher and edition', () => {
  const book = citation({ type: 'book', title: 'Psychedelic medicine', publisher: 'Guilford Press', edition: '2nd' })
  const co = read(coinsTitle(book))
  expect(co.one('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:book')
  expect(co.one('rft.genre')).toBe('book')
  expect(co.one('rft.btitle')).toBe('Psychedelic medicine')
  expect([co.one('rft.publisher'), co.one('rft.edition')]).toEqual(['Guilford Press', '2nd'])
  expect(co.keys).not.toContain('rft.atitle')
})

test('a chapter is a book section: its own title, the book title and its pages', () => {
  const chapter = citation({
    type: 'chapter',
    title: 'Set and setting',
    containerTitle: 'Handbook of ketamine',
    publisher: 'Springer',
    pages: '45–67',
  })
  const title = coinsTitle(chapter)
  expect(title.split('&')).toContain('rft.genre=bookitem') // Zotero's reader looks for this exact pair
  const co = read(title)
  expect(co.one('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:book')
  expect([co.one('rft.atitle'), co.one('rft.btitle')]).toEqual(['Set and setting', 'Handbook of ketamine'])
  expect([co.one('rft.spage'), co.one('rft.epage')]).toEqual(['45', '67'])
})

test('a web page is Dublin Core with its site and address; an organisation is a corporate author', () => {
  const page = citation({
    type: 'webpage',
    authors: [{ literal: 'American Psychological Association' }],
    year: 2018,
    title: 'Psychotherapy',
    containerTitle: 'APA Dictionary of Psychology',
    url: 'https://dictionary.apa.org/psychotherapy',
  })
  const co = read(coinsTitle(page))
  expect(co.one('rft_val_fmt')).toBe('info:ofi/fmt:kev:mtx:dc')
  expect(co.one('rft.type')).toBe('webpage')
  expect([co.one('rft.title'), co.one('rft.source')]).toEqual(['Psychotherapy', 'APA Dictionary of Psychology'])
  expect(co.one('rft.identifier')).toBe('https://dictionary.apa.org/psychotherapy')
  expect(co.all('rft_id')).toEqual(['https://dictionary.apa.org/psychotherapy'])
  expect(co.all('rft.aucorp')).toEqual(['American Psychological Association'])
  expect(co.keys.filter(key => /^rft\.au(first|last)?$/.test(key))).toEqual([])
})

test('fields a reference does not have are left out, not sent empty', () => {
  const bare = citation({ type: 'book', title: 'Untitled notes', authors: [], year: null, publisher: '  ' })
  const title = coinsTitle(bare)
  expect(title.split('&').every(pair => /^[\w.]+=[^=&]+$/.test(pair))).toBe(true)
  expect(read(title).keys).toEqual(['url_ver', 'ctx_ver', 'rft_val_fmt', 'rft.genre', 'rft.btitle'])
})

// The string is data for an attribute: nothing in it can close the span or the attribute once the renderer
// escapes it (React does; "&" between pairs and a raw "'" are still there to be escaped).
test('a hostile title stays one value: no markup, no extra pairs, read back exactly', () => {
  const hostile = `</span><script>alert("x")</script> & 'quotes' = “curly” & rft.genre=book`
  const title = coinsTitle(citation({ type: 'article-journal', title: hostile, containerTitle: 'J' }))
  expect(title).not.toMatch(/[<>"]/)
  expect(title.split('&').every(pair => pair.split('=').length === 2)).toBe(true)
  expect(read(title).one('rft.atitle')).toBe(hostile)
  expect(read(title).all('rft.genre')).toEqual(['article'])
})

test('a book and a chapter carry their publisher and edition, which Zotero’s reader takes as the item’s', () => {
  const book = read(
    coinsTitle(citation({ type: 'book', title: 'Mindful self-compassion', publisher: 'Guilford Press', edition: '2' })),
  )
  expect([book.one('rft.genre'), book.one('rft.publisher'), book.one('rft.edition')]).toEqual([
    'book',
    'Guilford Press',
    '2',
  ])
  const chapter = read(
    coinsTitle(
      citation({
        type: 'chapter',
        title: 'Grief',
        containerTitle: 'Handbook of loss',
        publisher: 'Routledge',
        edition: '3',
      }),
    ),
  )
  expect([chapter.one('rft.btitle'), chapter.one('rft.publisher'), chapter.one('rft.edition')]).toEqual([
    'Handbook of loss',
    'Routledge',
    '3',
  ])
})

test('a web page with a DOI names it as its identifier; without one, its address', () => {
  const page = { type: 'webpage' as const, title: 'Stress in America', containerTitle: 'APA' }
  expect(read(coinsTitle(citation({ ...page, doi: '10.1037/e123' }))).one('rft.identifier')).toBe(
    'urn:doi:10.1037/e123',
  )
  expect(read(coinsTitle(citation({ ...page, url: 'https://www.apa.org/stress' }))).one('rft.identifier')).toBe(
    'https://www.apa.org/stress',
  )
})

test('an organisation after the first author stays one name (aucorp); a person with no given name is the family name alone', () => {
  const co = read(
    coinsTitle(
      citation({
        type: 'article-journal',
        title: 'Sleep',
        authors: [
          { family: 'Nguyen', given: 'S. A.' },
          { literal: 'World Health Organization' },
          { family: 'Plato', given: ' ' },
        ],
      }),
    ),
  )
  expect(co.all('rft.aucorp')).toEqual(['World Health Organization'])
  expect(co.all('rft.au')).toEqual(['Nguyen, S. A.', 'Plato'])
})

test('spaces typed around a value do not reach the reference manager', () => {
  const co = read(
    coinsTitle(citation({ type: 'article-journal', title: '  Sleep and mood  ', containerTitle: ' Sleep ' })),
  )
  expect([co.one('rft.atitle'), co.one('rft.jtitle')]).toEqual(['Sleep and mood', 'Sleep'])
})

test('a web page’s publisher goes with it, as Dublin Core publisher', () => {
  const page = citation({
    type: 'webpage',
    title: 'Sleep hygiene',
    containerTitle: 'Sleep Foundation',
    publisher: 'OneCare Media',
  })
  expect(read(coinsTitle(page)).one('rft.publisher')).toBe('OneCare Media')
})
