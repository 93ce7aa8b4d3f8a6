import { expect, test } from 'vitest'

import type { ImageRef } from '~/lib/content/types'
import { displaySize, imageUrl, isImageUrl } from '~/lib/images'

const hash = 'a'.repeat(40)
const image = (fields: Partial<ImageRef> = {}): ImageRef => ({
  url: `https://cdn.sanity.io/images/abc123/production/${hash}-2000x1000.jpg`,
  alt: 'Hills',
  width: 2000,
  height: 1000,
  crop: null,
  hotspot: null,
  ...fields,
})
const rectOf = (url: string) => new URL(url, 'http://localhost').searchParams.get('rect')

test('a Sanity asset URL becomes a cdn.sanity.io URL with the width asked for', () => {
  const url = imageUrl(image(), 640)
  expect(url.startsWith(`https://cdn.sanity.io/images/abc123/production/${hash}-2000x1000.jpg?`)).toBe(true)
  expect(new URL(url).searchParams.get('w')).toBe('640')
})

test('a local asset URL stays on the site itself', () => {
  const url = imageUrl(image({ url: `/images/local/production/${hash}-2000x1000.png` }), 640)
  expect(url).toMatch(new RegExp(`^/images/local/production/${hash}-2000x1000\\.png\\?`))
})

test('the crop is cut from the original: 10% off the left of 2000 px is rect starting at 200', () => {
  const crop = { top: 0, bottom: 0, left: 0.1, right: 0 }
  expect(rectOf(imageUrl(image({ crop }), 640))).toBe('200,0,1800,1000')
})

test('cut to a square, the hotspot on the right keeps the right of the picture', () => {
  const hotspot = { x: 0.9, y: 0.5, width: 0.1, height: 0.1 }
  expect(rectOf(imageUrl(image({ hotspot }), 400, 1))).toBe('1000,0,1000,1000')
  expect(rectOf(imageUrl(image({ hotspot: { ...hotspot, x: 0.1 } }), 400, 1))).toBe('0,0,1000,1000')
})

test('the shown size is the crop of the asset, or that cut to the aspect ratio', () => {
  expect(displaySize(image({ crop: { top: 0, bottom: 0.5, left: 0, right: 0 } }))).toEqual({ width: 2000, height: 500 })
  expect(displaySize(image(), 16 / 9)).toEqual({ width: 1778, height: 1000 })
})

test('only https URLs and the site’s own image path are allowed in a src', () => {
  expect(isImageUrl(`/images/local/production/${hash}-10x10.png`)).toBe(true)
  expect(isImageUrl('https://cdn.sanity.io/images/p/d/x.jpg')).toBe(true)
  for (const bad of [
    'javascript:alert(1)',
    '//evil.example/x.png',
    '/images/local/production/../../x',
    'http://x/y.png',
  ])
    expect(isImageUrl(bad)).toBe(false)
})
