import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { startSite, type RunningSite } from '../helpers/server'

let site: RunningSite

beforeAll(async () => {
  site = await startSite()
})
afterAll(async () => {
  await site?.stop()
})

async function get(path: string) {
  const response = await fetch(`${site.url}${path}`)
  return { status: response.status, type: response.headers.get('content-type'), body: await response.arrayBuffer() }
}

test('the home page links the favicon, the Apple touch icon, the web manifest and a theme colour', async () => {
  const html = new TextDecoder().decode((await get('/')).body)
  expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>')
  expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png"/>')
  expect(html).toContain('<link rel="manifest" href="/site.webmanifest"/>')
  expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"\/>/)
})

test('the favicon is served as SVG', async () => {
  const favicon = await get('/favicon.svg')
  expect(favicon.status).toBe(200)
  expect(favicon.type).toMatch(/^image\/svg\+xml/)
})

test.each([
  ['/apple-touch-icon.png', 180],
  ['/icon-192.png', 192],
  ['/icon-512.png', 512],
])('%s is a %i px square PNG', async (path, size) => {
  const icon = await get(path)
  expect(icon.status).toBe(200)
  expect(icon.type).toBe('image/png')
  const { format, width, height } = await sharp(Buffer.from(icon.body)).metadata()
  expect({ format, width, height }).toEqual({ format: 'png', width: size, height: size })
})

test('the web manifest names the practice and lists icons that exist', async () => {
  const response = await get('/site.webmanifest')
  expect(response.status).toBe(200)
  expect(response.type).toMatch(/^application\/manifest\+json/)
  const manifest = JSON.parse(new TextDecoder().decode(response.body))
  expect(manifest).toMatchObject({ name: 'Well Mind Body', start_url: '/', display: 'minimal-ui' })
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const served = await get(icon.src)
    expect([icon.src, served.status, served.type?.split(';')[0]]).toEqual([icon.src, 200, icon.type])
  }
})
