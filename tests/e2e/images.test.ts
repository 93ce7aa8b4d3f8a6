// The built site over the image fixture: the article's hero points at the site's own image server, which
// answers with the size and format the srcset asks for, cached for good.
import path from 'node:path'

import { parse } from 'node-html-parser'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { startSite, type RunningSite } from '../helpers/server'

let site: RunningSite

beforeAll(async () => {
  site = await startSite({ CONTENT_DATASET: path.resolve('tests/fixtures/images/data.ndjson') })
})
afterAll(() => site?.stop())

test('the hero is served at the width its srcset names, as WebP to a browser that takes it', async () => {
  const html = await (await fetch(`${site.url}/blog/hills`)).text()
  const hero = parse(html).querySelector('article img')
  expect(hero?.getAttribute('fetchpriority')).toBe('high')
  const [url, width] = (hero?.getAttribute('srcset') ?? '').split(', ')[0]?.split(' ') ?? []
  expect(width).toBe('320w')
  const response = await fetch(`${site.url}${url?.replaceAll('&amp;', '&')}`, { headers: { Accept: 'image/webp,*/*' } })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/webp')
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
  expect([meta.width, meta.height]).toEqual([320, 180])
})

test('bad image parameters are a 400 and an unknown image a 404, never a server error', async () => {
  const html = await (await fetch(`${site.url}/blog/hills`)).text()
  const src = parse(html).querySelector('article img')?.getAttribute('src') ?? ''
  const asset = src.split('?')[0]
  expect((await fetch(`${site.url}${asset}?w=99999`)).status).toBe(400)
  expect((await fetch(`${site.url}/images/local/production/${'0'.repeat(40)}-10x10.png?w=5`)).status).toBe(404)
})
