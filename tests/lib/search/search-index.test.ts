import { expect, test } from 'vitest'

import {
  createSearchIndex,
  MAX_QUERY_LENGTH,
  readQuery,
  RESULTS_PER_PAGE,
  type HighlightedText,
  type SearchDocument,
} from '~/lib/search/search-index'

function doc(id: string, fields: Partial<SearchDocument> & { title: string }): SearchDocument {
  return {
    id,
    slug: id,
    excerpt: '',
    body: '',
    topics: [],
    author: 'Elizabeth Miller',
    publishedAt: '2024-01-01T00:00:00Z',
    citations: [],
    ...fields,
  }
}

const ketamine = doc('ketamine-ketamine-assisted-psychotherapy', {
  title: 'Ketamine + Ketamine Assisted Psychotherapy',
  excerpt: 'What a ketamine session looks like, who it may help, and what the research says.',
  body: 'Ketamine-assisted psychotherapy pairs a low dose with preparation and integration sessions. Studies of treatment-resistant depression report rapid relief for some patients.',
  topics: [{ title: 'Treatment options', slug: 'treatment-options' }],
  publishedAt: '2024-11-05T09:00:00Z',
})
const teens = doc('anxiety-in-teens', {
  title: 'Anxiety in Teens: Signs Parents Miss',
  excerpt: 'Anxious teenagers often look irritable or tired rather than worried.',
  body: 'Adolescent anxiety shows up as stomach aches, avoidance of school and trouble sleeping. Parents can help by naming worry without feeding it.',
  topics: [
    { title: 'Anxiety', slug: 'anxiety' },
    { title: 'Parenting', slug: 'parenting' },
  ],
  publishedAt: '2024-09-12T09:00:00Z',
})
const breathing = doc('breathing-practices', {
  title: 'Three Breathing Practices for a Racing Mind',
  excerpt: 'Box breathing, the physiological sigh and slow exhales, step by step.',
  body: 'Breathe in for four counts, hold for four, breathe out for four. Two short breaths in through the nose and one long breath out calm the nervous system.',
  topics: [{ title: 'Anxiety', slug: 'anxiety' }],
  publishedAt: '2024-06-01T09:00:00Z',
})
const sleep = doc('sleep-and-mood', {
  title: 'Why Sleep Shapes Your Mood',
  excerpt: 'Short nights make every feeling louder; a steady wake time helps most.',
  body: 'Insomnia and depression feed each other. Keep the bed for sleep, get morning light, keep a relaxing routine and stop screens an hour before bed.',
  topics: [{ title: 'Sleep', slug: 'sleep' }],
  publishedAt: '2024-03-20T09:00:00Z',
})
const grief = doc('grief-after-loss', {
  title: 'Grief After Loss Is Not a Problem to Solve',
  excerpt: 'Grieving has no schedule; what helps is company, not advice.',
  body: 'Grief comes in waves. Many people feel anxiety after a death, and breathing slowly can steady the body when a wave arrives.',
  topics: [{ title: 'Grief', slug: 'grief' }],
  author: 'Dana Ortiz',
  publishedAt: '2023-12-01T09:00:00Z',
})
const therapyGuide = doc('choosing-a-therapist', {
  title: 'A Guide to Choosing a Therapist',
  excerpt: 'Credentials, fit and cost: questions to ask on the first call.',
  body: 'Therapy works best when you trust the therapist. Ask about their training, what a session looks like and how progress is measured.',
  topics: [{ title: 'Starting therapy', slug: 'starting-therapy' }],
  publishedAt: '2023-08-15T09:00:00Z',
})
const fixture = [ketamine, teens, breathing, sleep, grief, therapyGuide]

const slugs = (page: { hits: { slug: string }[] } | null) => page?.hits.map(hit => hit.slug)
const marked = (text: HighlightedText) => text.filter(run => run.match).map(run => run.text)
const joined = (text: HighlightedText) => text.map(run => run.text).join('')

test('a word missing its last letter still finds the article ("ketamin")', () => {
  expect(slugs(createSearchIndex(fixture).search('ketamin'))).toEqual([ketamine.slug])
})

test('two letters swapped still find the article ("anxeity")', () => {
  expect(slugs(createSearchIndex(fixture).search('anxeity'))?.[0]).toBe(teens.slug)
})

test('a word the articles contain is taken as meant, not as a typo of another ("sleep" does not find "steep")', () => {
  const hill = doc('hill-walks', { title: 'Walking Up a Steep Hill', publishedAt: '2025-01-01T00:00:00Z' })
  const index = createSearchIndex([...fixture, hill])
  expect(slugs(index.search('sleep'))).not.toContain(hill.slug)
  expect(slugs(index.search('seep'))).toEqual(expect.arrayContaining([sleep.slug, hill.slug])) // a typo of both
})

test('the start of a word finds the words it begins ("breath" finds "breathing", "ketam" the ketamine article)', () => {
  const index = createSearchIndex(fixture)
  expect(slugs(index.search('breath'))?.[0]).toBe(breathing.slug)
  expect(slugs(index.search('ketam'))).toEqual([ketamine.slug])
})

test('another form of the same word finds the article, and is marked ("relaxation" finds "relaxing")', () => {
  const index = createSearchIndex(fixture)
  expect(slugs(index.search('relaxation'))).toEqual([sleep.slug])
  expect(slugs(index.search('breathes'))).toContain(breathing.slug)
  const worried = index.search('worrying')?.hits[0]
  expect(worried?.slug).toBe(teens.slug)
  expect(marked(worried!.excerpt)).toEqual(['worried'])
})

test('a word in one title and in another article’s text ranks the title first', () => {
  const inTitle = doc('in-title', {
    title: 'Mindfulness for Parents Who Have No Time at All',
    body: 'Five minutes while the kettle boils is enough to start a practice.',
    publishedAt: '2022-01-01T00:00:00Z',
  })
  const inBody = doc('in-body', {
    title: 'Morning Routines',
    body: 'Mindfulness, then coffee. Mindfulness, then the news. Mindfulness first.',
    publishedAt: '2024-01-01T00:00:00Z',
  })
  expect(slugs(createSearchIndex([inBody, inTitle]).search('mindfulness'))).toEqual(['in-title', 'in-body'])
})

test('the words of several fields are searched: topic titles and the author', () => {
  const index = createSearchIndex(fixture)
  expect(slugs(index.search('parenting'))).toEqual([teens.slug])
  expect(slugs(index.search('Ortiz'))).toEqual([grief.slug])
})

test('every word first; when no article has them all, any of them', () => {
  const index = createSearchIndex(fixture)
  expect(slugs(index.search('anxiety parents'))).toEqual([teens.slug])
  expect(slugs(index.search('ketamine insomnia'))?.sort()).toEqual([ketamine.slug, sleep.slug].sort())
})

test('equal matches are listed newest first', () => {
  const twins = [
    doc('older', { title: 'Mindfulness basics', publishedAt: '2022-01-01T00:00:00Z' }),
    doc('newer', { title: 'Mindfulness basics', publishedAt: '2024-01-01T00:00:00Z' }),
    doc('middle', { title: 'Mindfulness basics', publishedAt: '2023-01-01T00:00:00Z' }),
  ]
  expect(slugs(createSearchIndex(twins).search('mindfulness'))).toEqual(['newer', 'middle', 'older'])
})

test('an empty or blank query has no results, and its page 1 exists', () => {
  const index = createSearchIndex(fixture)
  for (const query of ['', '   ', '\t']) {
    expect(index.search(query)).toEqual({ query: '', page: 1, pages: 1, total: 0, hits: [] })
    expect(index.search(query, 2)).toBeNull()
  }
  expect(index.search('zzzzqqq')).toMatchObject({ page: 1, pages: 1, total: 0, hits: [] })
})

test('results come ten to a page; a page past the last, or not a page, is null', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      doc(`post-${i}`, {
        title: `Journaling prompt ${i}`,
        publishedAt: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
      }),
    )
  const twenty = createSearchIndex(many(2 * RESULTS_PER_PAGE))
  expect(twenty.search('journaling', 1)).toMatchObject({ page: 1, pages: 2, total: 20 })
  expect(twenty.search('journaling', 2)?.hits).toHaveLength(10)
  expect(slugs(twenty.search('journaling', 2))?.at(-1)).toBe('post-0')
  expect(twenty.search('journaling', 3)).toBeNull()
  for (const page of [0, -1, 1.5, Number.NaN]) expect(twenty.search('journaling', page)).toBeNull()

  const eleven = createSearchIndex(many(11))
  expect(eleven.search('journaling', 2)).toMatchObject({ pages: 2, total: 11 })
  expect(slugs(eleven.search('journaling', 2))).toEqual(['post-0'])
})

test('the matching words are marked in the title and excerpt, exactly as written', () => {
  const hit = createSearchIndex(fixture).search('Breathing exhale')?.hits[0]
  expect(hit?.slug).toBe(breathing.slug)
  expect(hit?.title).toEqual([
    { text: 'Three ' },
    { text: 'Breathing', match: true },
    { text: ' Practices for a Racing Mind' },
  ])
  expect(marked(hit!.excerpt)).toEqual(['breathing', 'exhales'])
  expect(joined(hit!.excerpt)).toBe(breathing.excerpt)
})

test('a typo marks the words it found, with their case and punctuation kept', () => {
  const hit = createSearchIndex(fixture).search('ANXEITY teen')?.hits[0]
  expect(marked(hit!.title)).toEqual(['Anxiety', 'Teens'])
  expect(joined(hit!.title)).toBe('Anxiety in Teens: Signs Parents Miss')
})

test('markup in a query or a title is text: nothing is escaped, nothing is matched as a tag', () => {
  const hostile = doc('hostile', {
    title: 'Why "<script>" tags & quotes stay text',
    excerpt: 'A <b>bold</b> claim about sleep',
  })
  const index = createSearchIndex([hostile, sleep])
  const hit = index.search('<script>"sleep')?.hits.find(h => h.slug === 'hostile')
  expect(joined(hit!.title)).toBe(hostile.title)
  expect(joined(hit!.excerpt)).toBe(hostile.excerpt)
  expect(marked(hit!.title)).toEqual(['script'])
  expect(marked(hit!.excerpt)).toEqual(['sleep'])
  expect(index.search('<b>')).toMatchObject({ total: 0 })
  expect(index.search('"')).toMatchObject({ total: 0 })
})

test('the 404 page’s words from a slug suggest the articles they name, up to the limit', () => {
  const index = createSearchIndex(fixture)
  const suggested = index.suggest('ketamine-therapy-guide'.split('-')).map(s => s.slug)
  // "A Guide to Choosing a Therapist" has two of the three words in its title, the ketamine article one.
  expect(suggested.slice(0, 2).sort()).toEqual([ketamine.slug, therapyGuide.slug].sort())
  expect(index.suggest(['ketamine'], 1)).toEqual([ketamine])
  expect(index.suggest(['ketamin', 'xqzvw'])).toEqual([ketamine])
  expect(index.suggest(['grief', 'sleep', 'anxiety', 'breathing'], 2)).toHaveLength(2)
})

test('a slug’s words are whole words: no prefix matches in suggestions', () => {
  const index = createSearchIndex(fixture)
  expect(index.suggest(['ketam'])).toEqual([])
  expect(index.suggest([])).toEqual([])
  expect(index.suggest(['', ' '])).toEqual([])
})

test('the index says how many documents it holds', () => {
  expect(createSearchIndex(fixture).size).toBe(6)
  expect(createSearchIndex([]).search('anything')).toMatchObject({ total: 0, hits: [] })
})

test('readQuery: no parameter or only spaces is empty; a query is trimmed and its spaces collapsed', () => {
  expect(readQuery(null)).toEqual({ kind: 'empty' })
  expect(readQuery('')).toEqual({ kind: 'empty' })
  expect(readQuery('   \u3000 ')).toEqual({ kind: 'empty' })
  expect(readQuery('  anxiety \t in\n teens ')).toEqual({ kind: 'query', query: 'anxiety in teens' })
})

test('readQuery: 200 characters is a query, 201 is too long (counted after normalising)', () => {
  expect(readQuery('a'.repeat(MAX_QUERY_LENGTH))).toEqual({ kind: 'query', query: 'a'.repeat(200) })
  expect(readQuery('a'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({ kind: 'too-long' })
  expect(readQuery(`  ${'a'.repeat(200)}   `)).toMatchObject({ kind: 'query' })
  expect(readQuery('😀'.repeat(200))).toMatchObject({ kind: 'query' }) // characters, not UTF-16 units
  expect(readQuery('x'.repeat(1_000_000))).toEqual({ kind: 'too-long' })
})

test('readQuery: full-width letters are read as the plain ones (NFKC) and find the article', () => {
  const read = readQuery('ｋｅｔａｍｉｎｅ')
  expect(read).toEqual({ kind: 'query', query: 'ketamine' })
  expect(slugs(createSearchIndex(fixture).search('ｋｅｔａｍｉｎｅ'))).toEqual([ketamine.slug])
})

test('readQuery: a lone surrogate, a control character or a bad encoding is not text', () => {
  expect(readQuery('anxiety\uD800')).toEqual({ kind: 'invalid' })
  expect(readQuery('\uDC00teens')).toEqual({ kind: 'invalid' })
  expect(readQuery('sleep\u0000')).toEqual({ kind: 'invalid' })
  expect(readQuery('grief\u001B[31m')).toEqual({ kind: 'invalid' })
  expect(readQuery('caf\uFFFD')).toEqual({ kind: 'invalid' }) // what URLSearchParams makes of "%E9"
  expect(readQuery('café 😀')).toEqual({ kind: 'query', query: 'café 😀' })
})
