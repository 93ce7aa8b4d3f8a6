import path from 'node:path'

import sharp from 'sharp'
import { expect, test } from 'vitest'

import { readDataset } from '~/lib/content/dataset.server'
import { assetFile } from '~/lib/content/local-assets.server'
import { createInvalidation } from '~/lib/invalidation'
import { createImageTransformer } from '~/lib/outputs/image-transform.server'

const documents = readDataset(path.resolve('tests/fixtures/images/data.ndjson'))
const hills = documents.find(doc => doc.originalFilename === 'layered-hills.png')?.url as string

function setupTransformer() {
  const invalidation = createInvalidation()
  const images = createImageTransformer({
    findFile: id => assetFile(documents.find(doc => doc._id === id)),
    invalidation,
  })
  return { images, invalidation }
}

async function fetchImage(url: string, accept: string | null = null) {
  const { pathname, searchParams } = new URL(url, 'http://localhost')
  const result = await setupTransformer().images.get(pathname, searchParams, accept)
  if (result.status !== 200) throw new Error(`${result.status}: ${result.message}`)
  return { ...result, meta: await sharp(result.body).metadata() }
}

test('w=400 gives an image 400 pixels wide, its height in proportion', async () => {
  const { meta } = await fetchImage(`${hills}?w=400`)
  expect([meta.width, meta.height]).toEqual([400, 225])
})

test('rect cuts that part of the original before any resizing', async () => {
  const { meta } = await fetchImage(`${hills}?rect=100,50,300,200`)
  expect([meta.width, meta.height]).toEqual([300, 200])
})

test('w and h with fit=crop fill exactly that box', async () => {
  const { meta } = await fetchImage(`${hills}?w=200&h=200&fit=crop`)
  expect([meta.width, meta.height]).toEqual([200, 200])
})

test('fit=max never enlarges; dpr multiplies the size', async () => {
  expect((await fetchImage(`${hills}?w=2000&fit=max`)).meta.width).toBe(800)
  expect((await fetchImage(`${hills}?w=300&dpr=2`)).meta.width).toBe(600)
})

test('fm=webp gives WebP; auto=format gives WebP only to a browser that accepts it', async () => {
  expect((await fetchImage(`${hills}?w=100&fm=webp`)).contentType).toBe('image/webp')
  const auto = await fetchImage(`${hills}?w=100&auto=format`, 'image/avif,image/webp,*/*')
  expect([auto.contentType, auto.meta.format, auto.varyOnAccept]).toEqual(['image/webp', 'webp', true])
  expect((await fetchImage(`${hills}?w=100&auto=format`, '*/*')).contentType).toBe('image/png')
  expect((await fetchImage(`${hills}?w=100&fm=jpg&q=60`)).meta.format).toBe('jpeg')
})

test.each([
  ['w=0'],
  ['w=5000'],
  ['w=abc'],
  ['w=2000&dpr=2'],
  ['dpr=9'],
  ['q=101'],
  ['fit=stretch'],
  ['fm=bmp'],
  ['rect=0,0,900,100'],
  ['rect=1,2,3'],
])('a bad parameter (%s) is refused with 400 and says which', async query => {
  const result = await setupTransformer().images.get(
    new URL(hills, 'http://x').pathname,
    new URLSearchParams(query),
    null,
  )
  expect(result.status).toBe(400)
  expect(result.status === 400 && result.message).toContain(query.split('=')[0])
})

test('an asset not in the dataset, or a malformed address, is 404', async () => {
  const { images } = setupTransformer()
  const unknown = `/images/local/production/${'0'.repeat(40)}-800x450.png`
  expect((await images.get(unknown, new URLSearchParams('w=100'), null)).status).toBe(404)
  expect((await images.get('/images/local/production/../../etc/passwd', new URLSearchParams(), null)).status).toBe(404)
  expect((await images.get('/images/other/production/x.png', new URLSearchParams(), null)).status).toBe(404)
})

test('the cache registers with the invalidation module', () => {
  const { invalidation } = setupTransformer()
  const again = () => createImageTransformer({ findFile: () => null, invalidation })
  expect(again).toThrow('A cache named "images" is already registered')
})
