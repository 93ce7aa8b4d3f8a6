// What the curated golden cases do not reach: editions past the first few, page ranges typed every way,
// titles standing in for authors, works by one author in one year, and the order of a reference list.
// Each is something a reader of the reference list would see wrong.
import { expect, test } from 'vitest'

import { createBibliography, formatParenthetical, formatReferenceText, type Citation } from '~/lib/citations'

import { citation } from './cases'

// By Smith, J., 2021 (the cases' default).
const book = (fields: Partial<Citation>): Citation =>
  citation('b', { type: 'book', title: 'Breathe', publisher: 'Calm Press', ...fields })

test('an edition is named by its ordinal, however it was typed, and the first edition is not named', () => {
  const edition = (value: string) => formatReferenceText(book({ edition: value }))
  for (const first of ['1', '1st', 'First'])
    expect(edition(first), first).toBe('Smith, J. (2021). Breathe. Calm Press.')
  const ordinals: [string, string][] = [
    ['2', '2nd'],
    ['3', '3rd'],
    ['4', '4th'],
    ['10', '10th'],
    ['11', '11th'],
    ['12', '12th'],
    ['13', '13th'],
    ['21', '21st'],
    ['22', '22nd'],
    ['23', '23rd'],
    ['102', '102nd'],
    ['111', '111th'],
  ]
  for (const [typed, shown] of ordinals)
    expect(edition(typed), typed).toBe(`Smith, J. (2021). Breathe (${shown} ed.). Calm Press.`)
  expect(edition('2nd ed.')).toBe('Smith, J. (2021). Breathe (2nd ed.). Calm Press.')
  expect(edition('3rd edition')).toBe('Smith, J. (2021). Breathe (3rd edition). Calm Press.')
  expect(edition('2nd')).toBe('Smith, J. (2021). Breathe (2nd ed.). Calm Press.')
  expect(edition('Rev.')).toBe('Smith, J. (2021). Breathe (Rev. ed.). Calm Press.')
})

test('a page range takes one en dash whatever dash or spacing was typed; an article number stays as it is', () => {
  const article = (pages: string) =>
    formatReferenceText(citation('a', { title: 'Breathe', containerTitle: 'Journal of Calm', volume: '7', pages }))
  for (const typed of ['45-67', '45 - 67', '45--67', '45—67', '45 ‐ 67'])
    expect(article(typed), typed).toBe('Smith, J. (2021). Breathe. Journal of Calm, 7, 45–67.')
  expect(article('e57877')).toBe('Smith, J. (2021). Breathe. Journal of Calm, 7, e57877.')
})

test('a work without authors is cited by its title in title case, capitalised again after a colon or a dash', () => {
  const anonymous = (title: string, type: Citation['type'] = 'webpage') =>
    formatParenthetical({ id: 'w', type, authors: [], year: 2020, title })
  expect(anonymous('stress in america: a guide to the basics')).toBe('(Stress in America: A Guide to the Basics, 2020)')
  expect(anonymous('sleep and the mind — an overview')).toBe('(Sleep and the Mind — An Overview, 2020)')
  expect(anonymous('coping with grief', 'article-journal')).toBe('(“Coping With Grief,” 2020)')
})

test('works by one author in one year are told apart by letters in title order, a leading “The” or “A” left aside', () => {
  const work = (id: string, title: string): Citation => book({ id, title })
  const { entries, cite } = createBibliography([
    work('breathing', 'Breathing'),
    work('the-anxious-body', 'The anxious body'),
    work('a-calm-day', 'A calm day'),
  ])
  expect(entries.map(entry => entry.id)).toEqual(['the-anxious-body', 'breathing', 'a-calm-day'])
  expect(entries.map(entry => entry.text.slice(0, 20))).toEqual([
    'Smith, J. (2021a). T',
    'Smith, J. (2021b). B',
    'Smith, J. (2021c). A',
  ])
  expect(cite([{ id: 'a-calm-day' }, { id: 'the-anxious-body' }])?.parts.map(part => part.display)).toEqual([
    'Smith, 2021a',
    '2021c',
  ])
  // Only a leading article is left aside: one inside the title counts.
  const inside = createBibliography([work('storm', 'Calm in a storm'), work('city', 'Calm in the city')])
  expect(inside.entries.map(entry => entry.id)).toEqual(['storm', 'city'])
})

test('past 26 works by one author in one year the letters go on as aa, ab, …', () => {
  const works = Array.from({ length: 28 }, (_, i) => book({ id: `w${i}`, title: `Work ${String(i).padStart(2, '0')}` }))
  const years = createBibliography(works).entries.map(entry => /\((2021[a-z]+)\)/.exec(entry.text)?.[1])
  expect(years.slice(0, 2)).toEqual(['2021a', '2021b'])
  expect(years.slice(24)).toEqual(['2021y', '2021z', '2021aa', '2021ab'])
})

test('runs of spaces typed into a name or a title print as one space, in the list and in the text', () => {
  const spaced = book({ authors: [{ family: 'van  der   Kolk', given: 'Bessel' }], title: 'The body  keeps the score' })
  expect(formatReferenceText(spaced)).toBe('van der Kolk, B. (2021). The body keeps the score. Calm Press.')
  expect(formatParenthetical(spaced)).toBe('(van der Kolk, 2021)')
})

test('a migrated line that nobody has read into fields yet shows as it was typed, not as an empty “(n.d.).”', () => {
  const typed = 'Smith J 2019 something about sleep'
  const unread: Citation = { id: 'u', type: 'article-journal', authors: [], title: '', originalText: typed }
  expect(formatReferenceText(unread)).toBe(typed)
  // Once a title or an author is filled in, the fields win and the line is only kept for reference.
  expect(formatReferenceText({ ...unread, title: 'Something about sleep', year: 2019 })).toBe(
    'Something about sleep. (2019).',
  )
  expect(formatReferenceText({ ...unread, authors: [{ family: 'Smith', given: 'J.' }] })).toBe('Smith, J. (n.d.).')
})
