// The bundled dataset with every text field made hostile: script tags and event handlers in every string,
// javascript:/data:/vbscript: in every link position, quote-breaking DOIs and URLs, and 1 MB strings. Every
// page still renders, and in Chromium nothing runs: no dialog, and no Content-Security-Policy violation
// (which would mean injected markup reached the page and was only stopped by the policy).
import { writeFileSync } from 'node:fs'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { readDataset } from '~/lib/content/dataset.server'

import { launchBrowser } from '../helpers/browser'
import { copyBundledDataset } from '../helpers/bundled'
import { PAGE_KINDS } from '../helpers/page-kinds'
import { startSite, type RunningSite } from '../helpers/server'

const TEXT = [
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '</title><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '</script><script>alert(1)</script>',
]
const LINKS = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  ' javascript:alert(1)',
]
const DOIS = ['10.1000/"><script>alert(1)</script>', "10.1000/x' onmouseover='alert(1)"]
const HUGE = 'Long text. '.repeat(100_000) // about 1 MB

// Fields the site needs to find and order things: identities, references, slugs, dates, enums, styles.
const KEEP =
  /^(_id|_type|_ref|_key|_rev|_createdAt|_updatedAt|_sanityAsset|current|style|listItem|level|type|marks|publishedAt|updatedAt|lastReviewed|date|issued|from|to|permanent)$/
const LINK_FIELDS = /^(href|url|website|siteUrl)$/

function hostile(value: unknown, key: string, counter: { n: number }): unknown {
  if (typeof value === 'string') {
    if (KEEP.test(key)) return value
    counter.n++
    if (LINK_FIELDS.test(key)) return LINKS[counter.n % LINKS.length]
    if (key === 'doi') return DOIS[counter.n % DOIS.length]
    return `${value} ${TEXT[counter.n % TEXT.length]}`
  }
  if (Array.isArray(value)) return value.map(item => hostile(item, key, counter))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hostile(v, k, counter)]))
  return value
}

let site: RunningSite
let browser: Browser

beforeAll(async () => {
  const counter = { n: 0 }
  const documents = readDataset('content/production.ndjson').map(doc => {
    const changed = hostile(doc, '', counter) as Record<string, unknown>
    if (doc._id === 'post-ketamine-assisted-psychotherapy') changed.excerpt = HUGE
    if (doc._type === 'author') changed.shortBio = HUGE
    return changed
  })
  const file = copyBundledDataset('wmb-hostile-')
  writeFileSync(file, documents.map(doc => JSON.stringify(doc)).join('\n'))
  ;[site, browser] = await Promise.all([startSite({ CONTENT_DATASET: file }), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

test('every page kind renders the hostile dataset, and in Chromium nothing runs and nothing is blocked', async () => {
  const context = await browser.newContext()
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = [])
    document.addEventListener('securitypolicyviolation', event =>
      seen.push(`${event.violatedDirective} ${event.sample}`),
    )
  })
  const page = await context.newPage()
  const dialogs: string[] = []
  page.on('dialog', dialog => (dialogs.push(dialog.message()), void dialog.dismiss()))
  for (const { kind, path } of PAGE_KINDS) {
    const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
    expect(response?.status(), kind).toBe(kind === '404' ? 404 : 200)
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), kind).toEqual([])
    const hrefs = await page.locator('a[href]').evaluateAll(links => links.map(link => link.getAttribute('href') ?? ''))
    expect(
      hrefs.filter(href => /^\s*(javascript|data|vbscript):/i.test(href)),
      kind,
    ).toEqual([])
    expect(
      await page.locator('main script:not([type="speculationrules"]), main img[onerror], main svg[onload]').count(),
      kind,
    ).toBe(0)
  }
  expect(dialogs).toEqual([])
  // The payloads are on the pages, as text.
  await page.goto(`${site.url}/blog/ketamine-ketamine-assisted-psychotherapy`)
  expect(await page.locator('h1').textContent()).toMatch(/alert\(1\)/)
  // The 1 MB excerpt is there, as text.
  await page.goto(`${site.url}/blog`)
  expect((await page.locator('main').textContent())?.length).toBeGreaterThan(1_000_000)
  await context.close()
}, 120_000)
