// When Sanity has a bad hour: the site, on a Sanity project (a local fake of its API, with apiHost), loses
// the backend mid-run. Cached pages stay 200, a page never cached is a friendly 503 within 2 s, the process
// stays up, and every page is 200 again once the backend is back, without a restart.
import { afterAll, beforeAll, expect, test } from 'vitest'

import { readDataset } from '~/lib/content/dataset.server'

import { startFakeSanityApi } from '../helpers/fake-sanity-api'
import { startSite, type RunningSite } from '../helpers/server'

const FLAGSHIP = '/blog/ketamine-ketamine-assisted-psychotherapy'
const NEVER_READ = '/blog/self-care'
const documents = readDataset('content/production.ndjson')

let api: Awaited<ReturnType<typeof startFakeSanityApi>>
let site: RunningSite

beforeAll(async () => {
  api = await startFakeSanityApi(documents)
  site = await startSite({ SANITY_PROJECT_ID: 'outage1', SANITY_API_HOST: api.apiHost, SANITY_LIVE: 'off' })
})
afterAll(async () => {
  await site?.stop()
  await api?.close()
})

test('with the backend gone, cached pages stay up, others say 503 with Retry-After, and all return with it', async () => {
  const port = Number(new URL(api.apiHost).port)
  await expect.poll(async () => (await fetch(`${site.url}${FLAGSHIP}`)).headers.get('x-cache')).toBe('hit')
  await api.close()

  expect((await fetch(`${site.url}/readyz`)).status).toBe(503)
  const cached = await fetch(`${site.url}${FLAGSHIP}`)
  expect(cached.status).toBe(200)
  expect(await cached.text()).toContain('Ketamine + Ketamine Assisted Psychotherapy')

  const started = Date.now()
  const missing = await fetch(`${site.url}${NEVER_READ}`)
  expect(Date.now() - started).toBeLessThan(2_000)
  expect(missing.status).toBe(503)
  expect(missing.headers.get('retry-after')).toBe('10')
  expect(await missing.text()).toContain('This page is not available just now')
  // Many readers at once while it is down: all answered, the process never exits.
  const burst = await Promise.all(Array.from({ length: 50 }, () => fetch(`${site.url}${NEVER_READ}`)))
  expect(new Set(burst.map(response => response.status))).toEqual(new Set([503]))
  expect((await fetch(`${site.url}/healthz`)).status).toBe(200)

  api = await startFakeSanityApi(documents, 'production', { port })
  await expect
    .poll(async () => (await fetch(`${site.url}${NEVER_READ}`)).status, { timeout: 15_000, interval: 500 })
    .toBe(200)
  expect((await fetch(`${site.url}/readyz`)).status).toBe(200)
  expect((await fetch(`${site.url}${FLAGSHIP}`)).status).toBe(200)
}, 40_000)
