import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, test } from 'vitest'

import { createContentService } from '~/lib/content/content.server'
import { DatasetError, parseDataset, readDataset } from '~/lib/content/dataset.server'
import { createLocalSource } from '~/lib/content/source.server'

const FIXTURE = path.resolve('tests/fixtures/images/data.ndjson')
const sha1Of = (name: string) =>
  createHash('sha1')
    .update(readFileSync(path.resolve('tests/fixtures/images/images', name)))
    .digest('hex')

test('an image file in the export becomes an asset document named by its content hash and size', () => {
  const documents = readDataset(FIXTURE)
  const asset = documents.find(doc => doc._id === `image-${sha1Of('layered-hills.png')}-800x450-png`)
  expect(asset).toMatchObject({
    _type: 'sanity.imageAsset',
    mimeType: 'image/png',
    extension: 'png',
    url: `/images/local/production/${sha1Of('layered-hills.png')}-800x450.png`,
    metadata: { dimensions: { width: 800, height: 450, aspectRatio: 800 / 450 } },
  })
})

test('the image field keeps its alt, crop and hotspot and refers to the asset as an import leaves it', () => {
  const post = readDataset(FIXTURE).find(doc => doc._id === 'post-hills')
  expect(post?.mainImage).toEqual({
    _type: 'image',
    alt: 'Layered green hills under a pale sun',
    hotspot: { _type: 'sanity.imageHotspot', x: 0.75, y: 0.3, width: 0.2, height: 0.2 },
    crop: { _type: 'sanity.imageCrop', top: 0, bottom: 0.1, left: 0.1, right: 0 },
    asset: { _type: 'reference', _ref: `image-${sha1Of('layered-hills.png')}-800x450-png` },
  })
})

test('a file used by two documents is one asset', () => {
  const assets = readDataset(FIXTURE).filter(doc => doc._type === 'sanity.imageAsset')
  expect(assets.map(asset => asset.originalFilename).sort()).toEqual(['layered-hills.png', 'quiet-leaves.png'])
})

test('the article query reads the image URL and dimensions through asset-> unchanged', async () => {
  const content = createContentService({ source: createLocalSource(readDataset(FIXTURE)) })
  const post = await content.getPost('hills')
  expect(post?.mainImage).toMatchObject({
    url: `/images/local/production/${sha1Of('layered-hills.png')}-800x450.png`,
    alt: 'Layered green hills under a pale sun',
    width: 800,
    height: 450,
  })
  expect(post?.body[1]).toMatchObject({ _type: 'image', width: 800, height: 450, caption: 'Leaves, drawn.' })
})

test('a missing image file names the dataset file, the line and the field', () => {
  const file = path.resolve('tests/fixtures/images/missing.ndjson')
  const text = `{"_id":"a","_type":"post"}\n{"_id":"b","_type":"post","mainImage":{"_type":"image","_sanityAsset":"image@file://./images/gone.png"}}\n`
  expect(() => parseDataset(text, file)).toThrow(DatasetError)
  expect(() => parseDataset(text, file)).toThrow(
    `${file}:2: field mainImage._sanityAsset: no image file at ${path.resolve('tests/fixtures/images/images/gone.png')}`,
  )
})

test('an image in an array names its place in the field', () => {
  const text = `{"_id":"b","_type":"post","body":[{"_type":"image","_key":"x","_sanityAsset":"image@https://example.org/a.png"}]}`
  expect(() => parseDataset(text, 'data.ndjson')).toThrow(
    'data.ndjson:1: field body[0]._sanityAsset: expected "image@file://',
  )
})
