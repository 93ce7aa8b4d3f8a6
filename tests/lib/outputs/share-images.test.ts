import { Resvg } from '@resvg/resvg-js'
import { expect, test } from 'vitest'

import type { SanityDocument } from '~/lib/content/dataset.server'
import { createInvalidation } from '~/lib/invalidation'
import { postShareImage, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '~/lib/outputs/share-card'
import { renderShareCardSvg, SHARE_CARD_BACKGROUND } from '~/lib/outputs/share-image.server'
import { createShareImages } from '~/lib/outputs/share-images.server'
import { practicePageHead } from '~/lib/outputs/page-head'

import { author, post, ref, setupContent } from '../../helpers/documents'

const ORIGIN = 'https://wellmindbody.co'
const site = { _id: 'siteSettings', _type: 'siteSettings', title: 'Well Mind Body', _rev: 's1' }

async function setupImages(documents: SanityDocument[]) {
  const { content } = setupContent([author(), site, ...documents])
  const images = createShareImages({ content, invalidation: createInvalidation() })
  const settings = await content.getSiteSettings()
  const imageOf = async (slug: string) => {
    const found = await content.getPost(slug)
    if (!found) throw new Error(`no post ${slug}`)
    return postShareImage(found, settings, ORIGIN)
  }
  return { images, imageOf, get: (url: string) => images.get(new URL(url).pathname, ORIGIN) }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

test('an article without an image of its own gets a generated 1200×630 PNG at its own address', async () => {
  const { imageOf, get } = await setupImages([post('sleep', '2024-01-01T00:00:00Z', { title: 'Sleep and worry' })])
  const image = await imageOf('sleep')
  expect(image).toMatchObject({ width: 1200, height: 630, type: 'image/png' })
  expect(image.url).toMatch(/^https:\/\/wellmindbody\.co\/share-images\/blog\/sleep\/[a-z0-9]+\.png$/)
  expect(image.alt).toBe('Sleep and worry · Ada Example, Ph.D. · Well Mind Body')
  const result = await get(image.url)
  if (result?.kind !== 'image') throw new Error(`expected an image, got ${JSON.stringify(result)}`)
  expect(pngSize(result.png)).toEqual({ width: 1200, height: 630 })
})

test('the image’s address changes when the title changes, and the old address leads to the new image', async () => {
  const before = await setupImages([post('sleep', '2024-01-01T00:00:00Z', { title: 'Sleep', _rev: 'r1' })])
  const after = await setupImages([post('sleep', '2024-01-01T00:00:00Z', { title: 'Sleep, revised', _rev: 'r2' })])
  const oldUrl = (await before.imageOf('sleep')).url
  const newUrl = (await after.imageOf('sleep')).url
  expect(newUrl).not.toBe(oldUrl)
  expect(await after.get(oldUrl)).toEqual({ kind: 'moved', to: new URL(newUrl).pathname })
})

test('an edit anywhere in the article changes the address, so platforms fetch it again', async () => {
  const one = await setupImages([post('sleep', '2024-01-01T00:00:00Z', { _rev: 'r1' })])
  const two = await setupImages([post('sleep', '2024-01-01T00:00:00Z', { _rev: 'r2' })])
  expect((await one.imageOf('sleep')).url).not.toBe((await two.imageOf('sleep')).url)
})

test('a hand-edited dataset line without a revision still versions its image by content', async () => {
  const { parseDataset } = await import('~/lib/content/dataset.server')
  const line = JSON.stringify(post('sleep', '2024-01-01T00:00:00Z', { title: 'Sleep' }))
  const [first] = parseDataset(line, 'a.ndjson')
  const [second] = parseDataset(line.replace('"Sleep"', '"Sleep!"'), 'b.ndjson')
  expect(first?._rev).toMatch(/^sha1-/)
  expect(first?._rev).not.toBe(second?._rev)
  expect(parseDataset(line, 'c.ndjson')[0]?._rev).toBe(first?._rev)
})

test('each version is drawn once and then served from memory', async () => {
  const { imageOf, get } = await setupImages([post('sleep', '2024-01-01T00:00:00Z')])
  const url = (await imageOf('sleep')).url
  const first = await get(url)
  const second = await get(url)
  expect(first?.kind).toBe('image')
  expect(second).toEqual(first)
  expect(first?.kind === 'image' && second?.kind === 'image' && first.png === second.png).toBe(true)
})

test('addresses that name no page or no card are not found', async () => {
  const { get } = await setupImages([post('sleep', '2024-01-01T00:00:00Z')])
  expect(await get(`${ORIGIN}/share-images/blog/no-such-post/abc.png`)).toBeNull()
  expect(await get(`${ORIGIN}/share-images/blog/sleep/../../x.png`)).toBeNull()
  expect(await get(`${ORIGIN}/share-images/elsewhere/abc.png`)).toBeNull()
})

test('a long title wraps in smaller type and never runs into the byline', async () => {
  const title = 'Wwwww wwwwww '.repeat(20).trim() // longer than the Studio allows, as a hand-edited dataset may be
  const svg = await renderShareCardSvg({
    siteTitle: 'Well Mind Body',
    title,
    byline: 'Ada Example, Ph.D.',
    domain: 'wellmindbody.co',
  })
  const { pixels, width } = new Resvg(svg).render()
  const background = [0xf2, 0xf7, 0xf5]
  // The band just above the byline's rule, across the text column, is untouched background.
  for (let y = 490; y < 512; y++)
    for (let x = 88; x < 1120; x++) {
      const at = (y * width + x) * 4
      expect([pixels[at], pixels[at + 1], pixels[at + 2]], `pixel ${x},${y}`).toEqual(background)
    }
  expect(SHARE_CARD_BACKGROUND).toBe('#f2f7f5')
})

test('a photo she chose is cropped to 1200×630 by Sanity’s image pipeline, her share image first', async () => {
  const asset = (id: string) => ({
    _id: `image-${id}-2400x1600-jpg`,
    _type: 'sanity.imageAsset',
    url: `https://cdn.sanity.io/images/abc123de/production/${id}-2400x1600.jpg`,
    metadata: { dimensions: { width: 2400, height: 1600 } },
  })
  const image = (id: string, alt: string) => ({
    _type: 'image',
    asset: ref(`image-${id}-2400x1600-jpg`),
    alt,
    crop: { _type: 'sanity.imageCrop', top: 0.1, bottom: 0, left: 0, right: 0 },
    hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.4, width: 0.3, height: 0.3 },
  })
  const { imageOf } = await setupImages([
    asset('aaa111'),
    asset('bbb222'),
    post('main-only', '2024-01-01T00:00:00Z', { mainImage: image('aaa111', 'A lake') }),
    post('both', '2024-01-02T00:00:00Z', {
      mainImage: image('aaa111', 'A lake'),
      seo: { _type: 'seo', image: image('bbb222', 'A path in the woods') },
    }),
  ])
  const main = await imageOf('main-only')
  expect(main).toMatchObject({ width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, alt: 'A lake' })
  const url = new URL(main.url)
  expect(url.origin + url.pathname).toBe('https://cdn.sanity.io/images/abc123de/production/aaa111-2400x1600.jpg')
  expect(Object.fromEntries(url.searchParams)).toMatchObject({ w: '1200', h: '630', fit: 'crop', fm: 'png' })
  // Inside her crop (the top tenth cut away), at the 1.91:1 of a share card.
  const [x = 0, y = 0, w = 0, h = 0] = (url.searchParams.get('rect') ?? '').split(',').map(Number)
  expect(y).toBeGreaterThanOrEqual(160)
  expect(x + w).toBeLessThanOrEqual(2400)
  expect(w / h).toBeCloseTo(1200 / 630, 2)
  expect((await imageOf('both')).url).toContain('/bbb222-2400x1600.jpg')
  expect((await imageOf('both')).alt).toBe('A path in the woods')
})

test('a service renamed in the Studio gets a new card address, and the old one leads to the new card', async () => {
  const service = (title: string) => ({
    _id: 'service-ketamine',
    _type: 'service',
    title,
    slug: { _type: 'slug', current: 'ketamine' },
    summary: 'What it is.',
    order: 1,
  })
  const settings = await setupContent([site]).content.getSiteSettings()
  const head = (title: string) =>
    practicePageHead(
      { ...settings, origin: ORIGIN },
      { path: '/services/ketamine', title, description: null },
      { title, section: 'Services' },
    )
  const imageUrl = (title: string) =>
    String(
      (head(title).find(tag => 'property' in tag && tag.property === 'og:image') as { content?: string } | undefined)
        ?.content,
    )
  const before = imageUrl('Ketamine')
  const after = await setupImages([service('Ketamine-assisted psychotherapy')])
  const current = imageUrl('Ketamine-assisted psychotherapy')
  expect(current).not.toBe(before)
  expect(await after.get(before)).toEqual({ kind: 'moved', to: new URL(current).pathname })
  expect((await after.get(current))?.kind).toBe('image')
  expect(await after.get(`${ORIGIN}/share-images/services/no-such-service/abc.png`)).toBeNull()
})
