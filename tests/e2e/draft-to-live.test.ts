// From draft to live, as a new user would try it: a preview session shows the draft with its banner, nobody
// else sees it, publishing it in the dataset file shows it on two instances at once, a forged webhook is 401.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { launchBrowser } from '../helpers/browser'
import { copyBundledDataset } from '../helpers/bundled'
import { startSite, type RunningSite } from '../helpers/server'

const SECRET = 'preview-secret-for-the-tests-0123'
const DRAFT_ID = 'drafts.post-perimenopause-and-mood'
const DRAFT = '/blog/perimenopause-mood-and-the-mind-body-connection'
const DRAFT_TITLE = 'Perimenopause, Mood and the Mind-Body Connection'

let dataset: string
let sites: RunningSite[]
let browser: Browser

beforeAll(async () => {
  dataset = copyBundledDataset('wmb-live-')
  const env = {
    CONTENT_DATASET: dataset,
    SANITY_PREVIEW_SECRET: SECRET,
    SANITY_WEBHOOK_SECRET: 'a-webhook-secret-of-some-length',
  }
  ;[sites, browser] = await Promise.all([Promise.all([startSite(env), startSite(env)]), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await Promise.all(sites?.map(site => site.stop()) ?? [])
})

const first = () => sites[0] as RunningSite

async function startPreview(query: string) {
  return fetch(`${first().url}/api/preview${query}`, { redirect: 'manual' })
}

test('a preview starts only with the right secret', async () => {
  for (const query of ['', '?secret=', '?secret=wrong-secret-wrong-secret', `?secret=${SECRET}x`]) {
    const response = await startPreview(query)
    expect(response.status, query).toBe(401)
    expect(response.headers.get('set-cookie')).toBeNull()
  }
  const started = await startPreview(`?secret=${SECRET}&to=${encodeURIComponent(DRAFT)}`)
  expect(started.status).toBe(302)
  expect(started.headers.get('location')).toBe(DRAFT)
  const cookie = started.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/^wmb_preview=/)
  expect(cookie).toMatch(/HttpOnly/)
  expect(cookie).toMatch(/Secure/)
  expect(cookie).toMatch(/SameSite=None/)
  expect((await startPreview(`?secret=${SECRET}&to=//evil.example/x`)).headers.get('location')).toBe('/')
})

test('the page cache never answers a preview, and a preview never leaves a page in it', async () => {
  const started = await startPreview(`?secret=${SECRET}&to=${encodeURIComponent(DRAFT)}`)
  const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  // The public index, read until it comes from the page cache (it is stored once compressed).
  await expect.poll(async () => (await fetch(`${first().url}/blog`)).headers.get('x-cache')).toBe('hit')
  expect(await (await fetch(`${first().url}/blog`)).text()).not.toContain(DRAFT_TITLE)
  // With the session the index is rendered for her, with the draft in it…
  const preview = await fetch(`${first().url}/blog`, { headers: { cookie } })
  expect(preview.headers.get('x-cache')).toBeNull()
  expect(await preview.text()).toContain(DRAFT_TITLE)
  // …and readers after her still get the published index.
  for (const path of ['/blog', '/blog?utm_source=newsletter']) {
    const after = await fetch(`${first().url}${path}`)
    expect(after.headers.get('x-cache'), path).toBe('hit')
    expect(await after.text(), path).not.toContain(DRAFT_TITLE)
  }
})

test('with the session the draft shows with its banner, never stored or indexed; without it, nothing', async () => {
  const started = await startPreview(`?secret=${SECRET}&to=${encodeURIComponent(DRAFT)}`)
  const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const preview = await fetch(`${first().url}${DRAFT}`, { headers: { cookie } })
  expect(preview.status).toBe(200)
  expect(preview.headers.get('cache-control')).toBe('private, no-store')
  expect(preview.headers.get('x-robots-tag')).toBe('noindex')
  expect(preview.headers.get('etag')).toBeNull()
  const html = await preview.text()
  expect(html).toContain('Preview — not published')
  expect(html).toContain(DRAFT_TITLE)
  expect(html).not.toMatch(/SANITY_PREVIEW_SECRET|preview-secret-for-the-tests/)

  const forged = `${cookie.slice(0, -4)}AAAA`
  for (const headers of [{}, { cookie: forged }] as Array<Record<string, string>>) {
    expect((await fetch(`${first().url}${DRAFT}`, { headers })).status).toBe(404)
    for (const p of ['/blog', '/rss.xml', '/atom.xml', '/sitemap.xml', '/blog/self-care']) {
      const text = await (await fetch(`${first().url}${p}`, { headers })).text()
      expect(text, p).not.toContain(DRAFT_TITLE)
      expect(text, p).not.toContain('Preview — not published')
    }
  }
})

test('in Chromium: the preview link opens the draft with its banner, and “Leave preview” ends it', async () => {
  const page = await browser.newPage()
  await page.goto(`${first().url}/api/preview?secret=${SECRET}&to=${encodeURIComponent(DRAFT)}`)
  await expect.poll(() => page.locator('h1').textContent()).toBe(DRAFT_TITLE)
  expect(await page.getByRole('status').filter({ hasText: 'Preview — not published' }).count()).toBe(1)
  await page.getByRole('link', { name: 'Leave preview' }).click()
  await expect.poll(() => page.url()).toBe(`${first().url}${DRAFT}`)
  expect(await page.locator('h1').textContent()).toBe('We can’t find that page')
  await page.close()
})

test('a forged webhook is 401', async () => {
  const response = await fetch(`${first().url}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': 't=1700000000000,v1=forged' },
    body: JSON.stringify({ _id: 'post-self-care', _type: 'post' }),
  })
  expect(response.status).toBe(401)
})

test('publishing the draft in the dataset shows it, its neighbour and the index on both instances', async () => {
  const lines = readFileSync(dataset, 'utf8').trim().split('\n')
  const published = lines.map(line => {
    const doc = JSON.parse(line) as { _id: string; publishedAt?: string }
    return JSON.stringify(
      doc._id === DRAFT_ID ? { ...doc, _id: 'post-perimenopause-and-mood', publishedAt: '2025-07-01T15:00:00Z' } : doc,
    )
  })
  for (const site of sites) expect((await fetch(`${site.url}${DRAFT}`)).status).toBe(404)
  writeFileSync(`${dataset}.tmp`, published.join('\n'))
  renameSync(`${dataset}.tmp`, dataset)
  for (const site of sites) {
    await expect.poll(async () => (await fetch(`${site.url}${DRAFT}`)).status, { timeout: 5000 }).toBe(200)
    // It is the newest post now: first on the index, and Previous of the post that was newest.
    expect(await (await fetch(`${site.url}/blog`)).text()).toContain(DRAFT_TITLE)
    const neighbour = await (await fetch(`${site.url}/blog/gentle-movement-for-a-busy-mind`)).text()
    expect(neighbour).toContain(`Previous`)
    expect(neighbour).toContain(DRAFT_TITLE)
  }
})
