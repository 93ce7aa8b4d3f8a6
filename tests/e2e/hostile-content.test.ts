import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

let site: RunningSite
let browser: Browser

beforeAll(async () => {
  ;[site, browser] = await Promise.all([
    startSite({ CONTENT_DATASET: 'tests/fixtures/hostile.ndjson' }),
    launchBrowser(),
  ])
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

test('hostile text in every field renders as text and runs nothing', async () => {
  const page = await browser.newPage()
  const dialogs: string[] = []
  page.on('dialog', dialog => (dialogs.push(dialog.message()), void dialog.dismiss()))
  for (const path of ['/blog', '/blog/hostile', '/authors/mallory']) {
    const response = await page.goto(`${site.url}${path}`)
    expect(response?.status()).toBe(200)
  }
  await page.goto(`${site.url}/blog/hostile`)
  await expect.poll(() => page.locator('h1').textContent()).toBe('Hostile <script>alert(1)</script>')
  expect(await page.locator('main').textContent()).toContain('Script in text: <script>alert(1)</script>')
  expect(await page.locator('main script').count()).toBe(0)
  expect(await page.locator('img').count()).toBe(0)
  expect(dialogs).toEqual([])
})

test('unsafe links and DOIs render as plain text, never as hrefs', async () => {
  const page = await browser.newPage()
  await page.goto(`${site.url}/blog/hostile`)
  const hrefs = await page.locator('a[href]').evaluateAll(links => links.map(a => a.getAttribute('href') ?? ''))
  expect(hrefs.filter(href => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([])
  // The hostile DOI matches the DOI pattern, so it is linked, percent-encoded into the doi.org path.
  const dois = hrefs.filter(href => href.includes('doi.org'))
  expect(dois).toEqual(['https://doi.org/10.1234/%22%3E%3Cscript%3Ealert(7)%3C/script%3E'])
  expect(await page.getByText('js link').evaluate(el => el.closest('a'))).toBeNull()
  expect(await page.locator('#references-heading').count()).toBe(1)
})

test('hostile titles stay inside the JSON-LD and the head tags, as data', async () => {
  const html = await (await fetch(`${site.url}/blog/hostile`)).text()
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
  expect(scripts).toHaveLength(1)
  const graph = JSON.parse(scripts[0]?.[1] ?? '')['@graph'] as Array<{ '@type': string; headline?: string }>
  expect(graph.find(node => node['@type'] === 'BlogPosting')?.headline).toBe('Hostile <script>alert(1)</script>')
  expect(html).toContain('<meta property="og:title" content="Hostile &lt;script&gt;alert(1)&lt;/script&gt;"/>')
})
