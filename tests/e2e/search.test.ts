// Finding the next thing to read, as a new user would: the production build over the bundled dataset, in
// Chromium with JavaScript off (search from the header, a typo forgiven, the article and its related articles),
// a dead link's 404 that suggests where to go, odd queries answered with a clear page, and the index rebuilt
// when the dataset changes (the file watcher, through the one invalidation module).
import { readFileSync, renameSync, writeFileSync } from 'node:fs'

import { parse } from 'node-html-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { copyBundledDataset } from '../helpers/bundled'
import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

const FLAGSHIP = '/blog/ketamine-ketamine-assisted-psychotherapy'
// The bundled dataset and twenty more articles on xylophones: an exact multiple of the ten results a page shows.
const xylophones = Array.from({ length: 20 }, (_, index) =>
  JSON.stringify({
    _id: `post-xylophone-${index}`,
    _type: 'post',
    title: `Xylophone evening ${index + 1}`,
    slug: { _type: 'slug', current: `xylophone-evening-${index + 1}` },
    excerpt: 'An evening ritual with a xylophone and a notebook, to close the day gently before sleep.',
    publishedAt: `2022-01-${String(index + 1).padStart(2, '0')}T10:00:00Z`,
    author: { _type: 'reference', _ref: 'author-elizabeth-miller' },
    body: [],
  }),
)
const lines = [...readFileSync('content/production.ndjson', 'utf8').trim().split('\n'), ...xylophones]

let site: RunningSite
let browser: Browser
let dataset: string

beforeAll(async () => {
  dataset = copyBundledDataset('wmb-search-', lines.join('\n'))
  ;[site, browser] = await Promise.all([startSite({ CONTENT_DATASET: dataset }), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function page(path: string) {
  const response = await fetch(`${site.url}${path}`)
  return { status: response.status, html: parse(await response.text()) }
}

test('with JavaScript off, “ketamin” searched from the header reaches the ketamine article, which shows related ones', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const tab = await context.newPage()
  await tab.goto(`${site.url}/`)
  const header = tab.getByRole('banner')
  await header.getByLabel('Search the articles').fill('ketamin')
  await header.getByRole('button', { name: 'Search' }).click()
  await tab.waitForURL(`${site.url}/search?q=ketamin`)
  expect(await tab.getByRole('status').innerText()).toMatch(/^\d+ articles? match(es)? “ketamin”\.$/)
  const first = tab.getByRole('listitem').getByRole('heading', { level: 2 }).first()
  expect(await first.innerText()).toBe('Ketamine + Ketamine Assisted Psychotherapy')
  expect(await tab.locator('mark').first().innerText()).toMatch(/^ketamine$/i)
  await first.getByRole('link').click()
  await tab.waitForURL(`${site.url}${FLAGSHIP}`)
  const related = tab.getByRole('region', { name: 'Related articles' })
  const titles = await related.getByRole('link').allInnerTexts()
  expect(titles.length).toBeGreaterThan(0)
  expect(titles.length).toBeLessThanOrEqual(3)
  // Never the article itself, nor its Previous/Next, which the page links already.
  const nav = await tab.getByRole('navigation', { name: 'More articles' }).getByRole('link').allInnerTexts()
  for (const title of titles) {
    expect(title).not.toBe('Ketamine + Ketamine Assisted Psychotherapy')
    expect(nav.join(' ')).not.toContain(title)
  }
  await tab.screenshot({ path: 'reports/screenshots/search-related.png', fullPage: false }).catch(() => undefined)
  await context.close()
})

test('a dead link answers 404 and suggests the article its words match, with the search form', async () => {
  const { status, html } = await page('/blog/ketamine-therapy-guide')
  expect(status).toBe(404)
  const suggestions = html.querySelectorAll('section[aria-labelledby="suggestions-heading"] a')
  expect(suggestions.length).toBeGreaterThan(0)
  expect(suggestions.length).toBeLessThanOrEqual(3)
  expect(suggestions[0]!.getAttribute('href')).toBe(FLAGSHIP)
  expect(html.querySelector('main form[role="search"][action="/search"]')).not.toBeNull()
  // An address with no words to search still answers its 404 page.
  expect((await page('/x/1')).status).toBe(404)
})

test('search pages are never indexed; an empty query shows the form; odd queries get a clear 400 page', async () => {
  const empty = await page('/search')
  expect(empty.status).toBe(200)
  expect(empty.html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
  expect(empty.html.querySelector('main input[name="q"]')).not.toBeNull()
  for (const query of ['a'.repeat(201), '%ED%A0%80', '%00abc']) {
    const odd = await page(`/search?q=${query}`)
    expect(odd.status, query.slice(0, 12)).toBe(400)
    expect(odd.html.querySelector('main [role="status"]')?.textContent, query.slice(0, 12)).toMatch(/Try/)
  }
  const broken = await fetch(`${site.url}/search?q=%ZZ`)
  expect(broken.status).toBeLessThan(500)
})

test('drafts and posts scheduled for later are never found', async () => {
  // The bundled dataset holds a draft about perimenopause and a post about new-year intentions for 2035.
  const hidden = ['/blog/perimenopause-mood-and-the-mind-body-connection', '/blog/gentle-intentions-for-a-new-year']
  for (const query of ['perimenopause', 'intentions new year', 'gentle intentions']) {
    const { html } = await page(`/search?q=${encodeURIComponent(query)}`)
    const links = html.querySelectorAll('main ol a').map(link => link.getAttribute('href'))
    for (const path of hidden) expect(links, query).not.toContain(path)
  }
  expect((await page('/search?q=perimenopause')).html.querySelector('main [role="status"]')?.textContent).toBe(
    'No articles match “perimenopause”. Try another word, or browse the blog.',
  )
})

test('a search is kept by neither the page cache nor shared caches: random queries cannot push articles out', async () => {
  for (let i = 0; i < 2; i++) {
    const response = await fetch(`${site.url}/search?q=anxiety`)
    expect(response.headers.get('cache-control')).toBe('private, max-age=0')
    expect(response.headers.get('x-cache')).not.toBe('hit')
  }
})

test('the query is shown as text, never as markup', async () => {
  const hostile = '<script>alert(1)</script> "ketamine"'
  const { status, html } = await page(`/search?q=${encodeURIComponent(hostile)}`)
  expect(status).toBe(200)
  expect(html.querySelectorAll('main script')).toHaveLength(0)
  expect(html.querySelector('main [role="status"]')?.textContent).toContain('“<script>alert(1)</script> "ketamine"”')
  expect(html.querySelector('main input[name="q"]')?.getAttribute('value')).toBe(hostile)
})

test('results are paginated like the index: ten a page, a page past the last is a 404', async () => {
  const first = await page('/search?q=xylophone')
  expect(first.html.querySelector('main [role="status"]')?.textContent).toBe('20 articles match “xylophone”.')
  expect(first.html.querySelectorAll('main ol > li')).toHaveLength(10)
  expect(first.html.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/search?q=xylophone&page=2')
  const second = await page('/search?q=xylophone&page=2')
  expect(second.html.querySelectorAll('main ol > li')).toHaveLength(10)
  expect(second.html.querySelector('a[rel="next"]')).toBeNull()
  const titles = [...first.html.querySelectorAll('main ol > li h2'), ...second.html.querySelectorAll('main ol > li h2')]
  expect(new Set(titles.map(title => title.textContent)).size).toBe(20)
  expect((await page('/search?q=xylophone&page=3')).status).toBe(404)
  expect((await page('/search?q=xylophone&page=0')).status).toBe(404)
})

test('browsers find the site’s search: /opensearch.xml, announced on every page', async () => {
  const response = await fetch(`${site.url}/opensearch.xml`)
  expect(response.headers.get('content-type')).toBe('application/opensearchdescription+xml; charset=utf-8')
  // The canonical origin, the site settings' address here, as every absolute URL the site prints.
  expect(await response.text()).toContain('template="https://wellmindbody.co/search?q={searchTerms}"')
  const { html } = await page('/blog')
  expect(html.querySelector('link[rel="search"]')?.getAttribute('href')).toBe('/opensearch.xml')
})

test('the index follows the dataset: a new article is found, a hidden one leaves, without a restart', async () => {
  const fresh = {
    _id: 'post-zinnia-walks',
    _type: 'post',
    title: 'Zinnia walks for a restless mind',
    slug: { _type: 'slug', current: 'zinnia-walks' },
    excerpt: 'Short walks among flowers can settle a busy mind; here is how to start one on a hard day.',
    publishedAt: '2024-06-01T10:00:00Z',
    author: { _type: 'reference', _ref: 'author-elizabeth-miller' },
    body: [
      {
        _type: 'block',
        _key: 'b1',
        style: 'normal',
        markDefs: [],
        children: [{ _type: 'span', _key: 's1', text: 'A walk among zinnias, ten minutes long.', marks: [] }],
      },
    ],
  }
  const found = async () => (await page('/search?q=zinnia')).html.querySelectorAll('main ol > li').length
  expect(await found()).toBe(0)
  writeFileSync(`${dataset}.tmp`, [...lines, JSON.stringify(fresh)].join('\n'))
  renameSync(`${dataset}.tmp`, dataset)
  await expect.poll(found, { timeout: 5000 }).toBe(1)

  const hidden = { ...fresh, seo: { _type: 'seo', noindex: true } }
  writeFileSync(`${dataset}.tmp`, [...lines, JSON.stringify(hidden)].join('\n'))
  renameSync(`${dataset}.tmp`, dataset)
  await expect.poll(found, { timeout: 5000 }).toBe(0)
})
