import { expect, test } from 'vitest'

import {
  authorLine,
  characterCount,
  cutForCard,
  shareImageUrl,
  shareValues,
  siteDomain,
} from '../components/sharing'

const photo = { asset: { _ref: 'image-abc123-800x600-jpg' }, alt: 'A woman breathing by a window' }
const article = {
  title: 'Three breathing practices for anxious days',
  excerpt: 'Slow breathing calms the body’s alarm system.',
  mainImage: photo,
}

test('the counter says how many characters of the limit are used, and when it is past it', () => {
  expect(characterCount('a'.repeat(42), 60)).toEqual({ text: '42 / 60 characters', over: false })
  expect(characterCount('a'.repeat(60), 60)).toEqual({ text: '60 / 60 characters', over: false })
  expect(characterCount('a'.repeat(61), 60)).toEqual({ text: '61 / 60 characters', over: true })
  expect(characterCount(undefined, 160)).toEqual({ text: '0 / 160 characters', over: false })
  expect(characterCount('  spaces around  ', 60).text).toBe('13 / 60 characters')
})

test('a card keeps a text that fits, and cuts a longer one at a word with “…”', () => {
  expect(cutForCard('Breathing for anxious days', 70)).toBe('Breathing for anxious days')
  expect(cutForCard('one two three four', 12)).toBe('one two…')
  expect(cutForCard('one two, three four', 13)).toBe('one two…')
  expect(cutForCard('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`)
  expect(cutForCard('a  b\n c', 70)).toBe('a b c')
  const long = 'word '.repeat(40)
  expect(cutForCard(long, 70).length).toBeLessThanOrEqual(70)
  expect(cutForCard(long, 70).endsWith('word…')).toBe(true)
})

test('a shared link carries the article’s title, summary and main image by default', () => {
  expect(shareValues(article)).toEqual({
    title: 'Three breathing practices for anxious days',
    description: 'Slow breathing calms the body’s alarm system.',
    image: photo,
  })
})

test('the search and sharing fields win over the defaults, and blank ones do not', () => {
  const cover = { asset: { _ref: 'image-def456-1200x630-jpg' }, alt: 'A calm lake' }
  expect(shareValues({ ...article, seo: { title: 'Breathe', description: 'Three ways to calm down.', image: cover } }))
    .toEqual({ title: 'Breathe', description: 'Three ways to calm down.', image: cover })
  expect(shareValues({ ...article, seo: { title: ' ', description: '', image: { alt: 'no asset yet' } } })).toEqual(
    shareValues(article),
  )
  expect(shareValues({ title: 'No image' }).image).toBeNull()
})

test('the share image is 1200×630, cropped where the editor cropped it', () => {
  const project = { projectId: 'abc123de', dataset: 'production' }
  expect(shareImageUrl(photo, project)).toBe(
    'https://cdn.sanity.io/images/abc123de/production/abc123-800x600.jpg?rect=0,90,800,420&w=1200&h=630&fit=crop',
  )
  const cropped = { ...photo, crop: { top: 0.5, bottom: 0, left: 0, right: 0 }, hotspot: { x: 0.5, y: 0.75, width: 0.2, height: 0.2 } }
  // the lower half only, then 1.91:1 around the hotspot
  expect(shareImageUrl(cropped, project)).toContain('rect=115,300,571,300&w=1200&h=630')
})

test('the card names the site’s domain, wellmindbody.co unless the settings say otherwise', () => {
  expect(siteDomain('https://www.example.org/')).toBe('example.org')
  expect(siteDomain(undefined)).toBe('wellmindbody.co')
  expect(siteDomain('not a url')).toBe('wellmindbody.co')
})

test('the generated image names the author with her credentials', () => {
  expect(authorLine({ name: 'Elizabeth Miller', credentials: 'Ph.D., LPC-S, LMFT' })).toBe(
    'Elizabeth Miller, Ph.D., LPC-S, LMFT',
  )
  expect(authorLine({ name: 'Elizabeth Miller' })).toBe('Elizabeth Miller')
  expect(authorLine(null)).toBe('')
})
