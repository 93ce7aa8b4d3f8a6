// The full-page cache in the built server: a page read once is answered from memory, with its encodings;
// an edit drops exactly the pages built from what changed, at once.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { copyBundledDataset } from '../helpers/bundled'
import { startSite, type RunningSite } from '../helpers/server'

const FLAGSHIP = '/blog/ketamine-ketamine-assisted-psychotherapy'
const NEWER = '/blog/tips-for-navigating-holiday-family-gatherings' // links the flagship as Next
const UNRELATED = '/services'

let dataset: string
let site: RunningSite

beforeAll(async () => {
  dataset = copyBundledDataset('wmb-page-cache-')
  site = await startSite({ CONTENT_DATASET: dataset })
})
afterAll(() => site?.stop())

const cacheState = async (path: string, headers: Record<string, string> = {}) =>
  (await fetch(`${site.url}${path}`, { headers })).headers.get('x-cache')

test('a page read once is answered from the cache, tracking parameters and all, in the encoding asked for', async () => {
  await expect.poll(() => cacheState(FLAGSHIP)).toBe('hit')
  expect(await cacheState(`${FLAGSHIP}?utm_source=newsletter&fbclid=abc`)).toBe('hit')
  // Two renders differ only in their nonce: the page cache keeps whichever render was stored.
  const withoutNonce = (html: string) => html.replace(/ nonce="[^"]+"/g, '')
  const rendered = withoutNonce(await (await fetch(`${site.url}/blog?page=2`)).text())
  await expect.poll(() => cacheState('/blog?page=2')).toBe('hit')
  // fetch() decodes what it is sent: each stored encoding reads as the rendered page.
  // The plain bytes are kept at once; brotli and gzip join them a moment later.
  for (const encoding of ['br', 'gzip']) {
    const get = () => fetch(`${site.url}/blog?page=2`, { headers: { 'accept-encoding': encoding } })
    await expect.poll(async () => (await get()).headers.get('content-encoding')).toBe(encoding)
    expect(withoutNonce(await (await get()).text())).toBe(rendered)
  }
})

test('renaming an article drops its page and its neighbour’s at once; other pages stay cached', async () => {
  for (const path of [FLAGSHIP, NEWER, UNRELATED]) await expect.poll(() => cacheState(path)).toBe('hit')
  const original = readFileSync(dataset, 'utf8')
  writeFileSync(
    `${dataset}.tmp`,
    original.replace('"title":"Ketamine + Ketamine Assisted Psychotherapy"', '"title":"Ketamine, Renamed"'),
  )
  renameSync(`${dataset}.tmp`, dataset)
  for (const path of [FLAGSHIP, NEWER])
    await expect
      .poll(async () => (await (await fetch(`${site.url}${path}`)).text()).includes('Ketamine, Renamed'), {
        timeout: 5000,
      })
      .toBe(true)
  expect(await cacheState(UNRELATED)).toBe('hit')
})
