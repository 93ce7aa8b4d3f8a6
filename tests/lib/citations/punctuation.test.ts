// The full stops of a reference: every element ends with one, never two, and never after "?" or "!".
// A reader notices "Stop!." or "Smith, J.. (2021)" at once.
import { expect, test } from 'vitest'

import { formatReferenceText, referenceSegments, type Citation } from '~/lib/citations'

const smith = [{ family: 'Smith', given: 'Jo' }]
const reference = (fields: Partial<Citation>): Citation => ({
  id: 'x',
  type: 'article-journal',
  authors: smith,
  year: 2021,
  title: 'Breathe',
  ...fields,
})

test('an article title ending in "!" or "?" gets no extra period', () => {
  const journal = { containerTitle: 'Journal of Calm', volume: '7', issue: '2', pages: '1-9' }
  expect(formatReferenceText(reference({ title: 'Stop!', ...journal }))).toBe(
    'Smith, J. (2021). Stop! Journal of Calm, 7(2), 1–9.',
  )
  expect(formatReferenceText(reference({ title: 'Is it?', containerTitle: 'Journal of Calm' }))).toBe(
    'Smith, J. (2021). Is it? Journal of Calm.',
  )
})

test('a book title ending in "!" gets no extra period, with or without an edition', () => {
  expect(formatReferenceText(reference({ type: 'book', title: 'Stop!', publisher: 'Calm Press' }))).toBe(
    'Smith, J. (2021). Stop! Calm Press.',
  )
  expect(formatReferenceText(reference({ type: 'book', title: 'Breathe!', edition: '3', publisher: 'X' }))).toBe(
    'Smith, J. (2021). Breathe! (3rd ed.). X.',
  )
  expect(formatReferenceText(reference({ type: 'book', title: 'Breathe', publisher: 'Calm Press' }))).toBe(
    'Smith, J. (2021). Breathe. Calm Press.',
  )
})

test('a book title is italic and its closing period is not', () => {
  expect(referenceSegments(reference({ type: 'book', title: 'Breathe', publisher: 'Calm Press' }))).toEqual([
    { text: 'Smith, J. (2021). ' },
    { text: 'Breathe', italic: true },
    { text: '. Calm Press.' },
  ])
})

test('a name or publisher that already ends in a period is not given a second one', () => {
  expect(formatReferenceText(reference({ type: 'book', publisher: 'Calm Press Inc.' }))).toBe(
    'Smith, J. (2021). Breathe. Calm Press Inc.',
  )
  const who = reference({
    type: 'webpage',
    authors: [{ literal: 'World Health Org.' }],
    title: 'Stress!',
    containerTitle: 'WHO',
    url: 'https://who.int/x',
  })
  expect(formatReferenceText(who)).toBe('World Health Org. (2021). Stress! WHO. https://who.int/x')
})

test('a work without authors starts with its title, punctuated once', () => {
  expect(formatReferenceText(reference({ authors: [], title: 'Anonymous works!', containerTitle: 'J' }))).toBe(
    'Anonymous works! (2021). J.',
  )
  expect(formatReferenceText(reference({ authors: [], type: 'book', title: 'No author?', publisher: 'P' }))).toBe(
    'No author? (2021). P.',
  )
})

test('a chapter title ending in "?" is followed by the book, its edition and pages, once each', () => {
  const chapter = reference({
    type: 'chapter',
    title: 'Grief?',
    containerTitle: 'Handbook',
    pages: '5',
    edition: '2',
    publisher: 'P',
  })
  expect(formatReferenceText(chapter)).toBe('Smith, J. (2021). Grief? In Handbook (2nd ed., p. 5). P.')
})
