import { expect, test } from 'vitest'

import { headingsOf, readingMinutes } from '~/lib/reading'

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ')
const block = (text: string, style = 'normal', key = text.slice(0, 8)) => ({
  _type: 'block',
  _key: key,
  style,
  children: [{ _type: 'span', text }],
})

test('reading time counts 275 words a minute, at least one minute', () => {
  expect(readingMinutes([block(words(10))])).toBe(1)
  expect(readingMinutes([block(words(275 * 4))])).toBe(4)
  expect(readingMinutes([block(words(275 * 2)), block(words(275 * 3))])).toBe(5)
})

test('images add reading time: 12 s for the first, a second less for each next one', () => {
  const image = { _type: 'image', _key: 'i' }
  // 825 words = 3 min; ten images = 12+11+…+3 = 75 s: 4.25 min, rounded to 4
  expect(readingMinutes([block(words(825)), ...Array.from({ length: 10 }, () => image)])).toBe(4)
  // twenty images: 75 s + 10 × 3 s = 105 s: 4.75 min, rounded to 5
  expect(readingMinutes([block(words(825)), ...Array.from({ length: 20 }, () => image)])).toBe(5)
})

test('headings get anchors from their text, unique on the page, h2 and h3 only', () => {
  const headings = headingsOf([
    block('What ketamine is', 'h2', 'a'),
    block('Body text', 'normal', 'b'),
    block('Anxiety disorders', 'h3', 'c'),
    block('Anxiety disorders', 'h3', 'd'),
    block('Small print', 'h4', 'e'),
    block('Ça va? Déjà vu!', 'h2', 'f'),
  ])
  expect(headings.map(h => [h.id, h.level])).toEqual([
    ['what-ketamine-is', 2],
    ['anxiety-disorders', 3],
    ['anxiety-disorders-2', 3],
    ['ca-va-deja-vu', 2],
  ])
})
