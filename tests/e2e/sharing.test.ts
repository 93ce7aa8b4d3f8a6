// Marketing's shared URLs, as a new user would try them: the built site, a real Open Graph scraper, the
// feeds and the sitemap over HTTP, and the share links in Chromium.
import { readFileSync } from 'node:fs'

import { parse, type HTMLElement } from 'node-html-parser'
import ogs from 'open-graph-scraper'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { copyBundledDataset } from '../helpers/bundled'
import { launchBrowser } from '../helpers/browser'
import { freePort, startSite, type RunningSite } from '../helpers/server'

const FLAGSHIP_OLD = 'ketamine-ketamine-assisted-psychotherapy'
const FLAGSHIP = 'ketamine-assisted-psychotherapy'

// The bundled dataset with what an editor would do in the Studio: a slug changed (the old one kept in
// previousSlugs, as the Studio's publish does), a legacy redirect, overrides on one post, another hidden.
function writeDataset(): string {
  const lines = readFileSync('content/production.ndjson', 'utf8')
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as Record<string, unknown>)
    .map(doc => {
      if (doc._id === 'post-ketamine-assisted-psychotherapy')
        return { ...doc, slug: { _type: 'slug', current: FLAGSHIP }, previousSlugs: [FLAGSHIP_OLD] }
      if (doc._id === 'post-self-care')
        return {
          ...doc,
          seo: { _type: 'seo', title: 'Self care that fits a real week', description: 'Small, kind habits.' },
        }
      if (doc._id === 'post-grief-no-timetable') return { ...doc, seo: { _type: 'seo', noindex: true } }
      return doc
    })
  lines.push({
    _id: 'redirect-ketamine-category',
    _type: 'redirect',
    from: '/blog/category/ketamine',
    to: `/blog/${FLAGSHIP}`,
    permanent: true,
  })
  const file = copyBundledDataset('wmb-sharing-', lines.map(line => JSON.stringify(line)).join('\n'))
  return file
}

let site: RunningSite
let browser: Browser

beforeAll(async () => {
  // PUBLIC_SITE_URL set to the local origin, as the README says to test with scrapers.
  const port = String(await freePort())
  ;[site, browser] = await Promise.all([
    startSite({ CONTENT_DATASET: writeDataset(), PORT: port, PUBLIC_SITE_URL: `http://localhost:${port}` }),
    launchBrowser(),
  ])
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function headOf(pathAndQuery: string) {
  const response = await fetch(`${site.url}${pathAndQuery}`)
  expect(response.status, pathAndQuery).toBe(200)
  const html = parse(await response.text())
  const head = html.querySelector('head') as HTMLElement
  const meta = (key: string) =>
    head.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
    head.querySelector(`meta[name="${key}"]`)?.getAttribute('content') ??
    null
  const jsonLd = head.querySelectorAll('script[type="application/ld+json"]').map(script => JSON.parse(script.text))
  return {
    html,
    title: head.querySelector('title')?.text ?? null,
    canonical: head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    feeds: head.querySelectorAll('link[rel="alternate"]').map(link => link.getAttribute('type')),
    meta,
    graph: (jsonLd[0]?.['@graph'] ?? []) as Array<Record<string, unknown>>,
  }
}

test('a real Open Graph scraper reads title, description, canonical URL and a 1200×630 PNG image', async () => {
  // validator.js wants a top-level domain by default; the site runs on localhost here.
  const { result } = await ogs({
    url: `${site.url}/blog/${FLAGSHIP}?utm_source=linkedin&fbclid=abc`,
    urlValidatorSettings: {
      allow_fragments: true,
      allow_protocol_relative_urls: false,
      allow_query_components: true,
      allow_trailing_dot: false,
      allow_underscores: false,
      protocols: ['http', 'https'],
      require_host: true,
      require_port: false,
      require_protocol: true,
      require_tld: false,
      require_valid_protocol: true,
      validate_length: true,
    },
  })
  expect(result.ogTitle).toBe('Ketamine + Ketamine Assisted Psychotherapy')
  expect(result.ogDescription).toMatch(/^What ketamine is/)
  expect(result.ogUrl).toBe(`${site.url}/blog/${FLAGSHIP}`)
  expect(result.twitterCard).toBe('summary_large_image')
  const [image] = result.ogImage ?? []
  expect(image).toMatchObject({ width: '1200', height: '630', type: 'image/png' })
  expect(image?.url).toMatch(new RegExp(`^${site.url}/share-images/blog/${FLAGSHIP}/[a-z0-9]+\\.png$`))
  const png = await fetch(image?.url ?? '')
  expect(png.headers.get('content-type')).toBe('image/png')
  expect(png.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  const bytes = Buffer.from(await png.arrayBuffer())
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
})

test('an article’s head: title, description, canonical without tracking, Open Graph, Twitter, JSON-LD', async () => {
  const head = await headOf(`/blog/${FLAGSHIP}?utm_medium=email&gclid=x&ref=newsletter`)
  const url = `${site.url}/blog/${FLAGSHIP}`
  expect(head.title).toBe('Ketamine + Ketamine Assisted Psychotherapy | Well Mind Body')
  expect(head.canonical).toBe(url)
  expect(head.meta('og:url')).toBe(url)
  expect(head.meta('og:type')).toBe('article')
  expect(head.meta('og:site_name')).toBe('Well Mind Body')
  expect(head.meta('og:image:alt')).toContain('Ketamine + Ketamine Assisted Psychotherapy')
  expect(head.meta('article:published_time')).toBe('2024-11-05T15:00:00Z')
  expect(head.meta('article:modified_time')).toBe('2025-03-10T16:00:00Z')
  expect(head.meta('article:author')).toBe(`${site.url}/authors/elizabeth-miller`)
  expect(head.meta('twitter:image')).toBe(head.meta('og:image'))
  expect(head.meta('robots')).toBeNull()
  expect(head.feeds).toEqual(['application/rss+xml', 'application/atom+xml'])
  const article = head.graph.find(node => node['@type'] === 'BlogPosting')
  expect(article?.headline).toBe(head.html.querySelector('h1')?.text)
  expect(article).toMatchObject({ datePublished: '2024-11-05T15:00:00Z', dateModified: '2025-03-10T16:00:00Z' })
  expect(article?.author).toMatchObject({
    '@type': 'Person',
    name: 'Elizabeth Miller',
    url: `${site.url}/authors/elizabeth-miller`,
  })
  expect(article?.publisher).toEqual({ '@id': `${site.url}/#organization` })
  const citations = article?.citation as Array<Record<string, unknown>>
  expect(citations).toHaveLength(head.html.querySelectorAll('#references-heading + ul li').length)
  expect(citations[0]).toMatchObject({ '@type': 'ScholarlyArticle', sameAs: 'https://doi.org/10.7759/cureus.57877' })
  const organization = head.graph.find(node => node['@type'] === 'Organization')
  expect(organization?.logo).toMatchObject({ url: `${site.url}/logo.png` })
  expect((await fetch(`${site.url}/logo.png`)).headers.get('content-type')).toBe('image/png')
})

test('home, blog index and author pages each carry their own head tags', async () => {
  const home = await headOf('/?utm_campaign=spring')
  expect(home.title).toBe('Well Mind Body')
  expect(home.canonical).toBe(`${site.url}/`)
  expect(home.meta('description')).toMatch(/^Well Mind Body is a private psychotherapy practice/)
  expect(home.meta('og:type')).toBe('website')
  expect(home.graph.map(node => node['@type'])).toEqual(['Organization', 'WebSite'])

  const index = await headOf('/blog?page=2&utm_source=x')
  expect(index.title).toBe('Blog, page 2 | Well Mind Body')
  expect(index.canonical).toBe(`${site.url}/blog?page=2`)
  expect(index.meta('og:url')).toBe(`${site.url}/blog?page=2`)
  expect((await headOf('/blog?page=1')).canonical).toBe(`${site.url}/blog`)

  const author = await headOf('/authors/elizabeth-miller?fbclid=1')
  expect(author.title).toBe('Elizabeth Miller | Well Mind Body')
  expect(author.canonical).toBe(`${site.url}/authors/elizabeth-miller`)
  expect(author.meta('og:type')).toBe('profile')
  expect(author.graph[0]).toMatchObject({
    '@type': 'ProfilePage',
    mainEntity: { '@type': 'Person', name: 'Elizabeth Miller' },
  })
  for (const page of [home, index, author]) {
    expect(page.meta('og:image')).toMatch(/^http:\/\/localhost:\d+\/share-images\/.+\.png$/)
    const image = await fetch(page.meta('og:image') ?? '')
    expect(image.headers.get('content-type')).toBe('image/png')
  }
})

test('each practice page shares a card of its own: its title on a 1200×630 PNG, not the home page’s', async () => {
  const home = (await headOf('/')).meta('og:image')
  const pages: Array<[string, string]> = [
    ['/services', 'Services'],
    ['/services/ketamine-assisted-psychotherapy', 'Ketamine-assisted psychotherapy · Services'],
    ['/topics/trauma-ptsd', 'Trauma & PTSD · Topic'],
    ['/about', 'Elizabeth Miller, Ph.D., LPC-S, LMFT · About'],
    ['/contact', 'Contact'],
    ['/privacy', 'Privacy'],
  ]
  const seen = new Set([home])
  for (const [path, alt] of pages) {
    const head = await headOf(path)
    const url = head.meta('og:image') ?? ''
    expect(seen.has(url), `${path} has a card of its own`).toBe(false)
    seen.add(url)
    expect(head.meta('og:image:alt'), path).toBe(`${alt} · Well Mind Body`)
    expect([head.meta('og:image:width'), head.meta('og:image:height')]).toEqual(['1200', '630'])
    const image = await fetch(url)
    expect(image.status, url).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
  }
})

test('her search-and-sharing overrides win; a hidden post is noindex and left out of sitemap and feeds', async () => {
  const selfCare = await headOf('/blog/self-care')
  expect(selfCare.title).toBe('Self care that fits a real week | Well Mind Body')
  expect(selfCare.meta('og:title')).toBe('Self care that fits a real week')
  expect(selfCare.meta('description')).toBe('Small, kind habits.')
  expect(selfCare.html.querySelector('h1')?.text).toBe('Self Care')

  const hidden = await headOf('/blog/grief-has-no-timetable')
  expect(hidden.meta('robots')).toBe('noindex')
  const [sitemap, rss, atom] = await Promise.all(
    ['/sitemap.xml', '/rss.xml', '/atom.xml'].map(async p => (await fetch(`${site.url}${p}`)).text()),
  )
  for (const xml of [sitemap, rss, atom]) {
    expect(xml).not.toContain('grief-has-no-timetable')
    expect(xml).toContain(`${site.url}/blog/self-care`)
  }
})

test('an article’s old address lands on the article: 301, then 200, query string kept', async () => {
  const moved = await fetch(`${site.url}/blog/${FLAGSHIP_OLD}?utm_source=old-share`, { redirect: 'manual' })
  expect(moved.status).toBe(301)
  expect(moved.headers.get('location')).toBe(`/blog/${FLAGSHIP}?utm_source=old-share`)
  const landed = await fetch(`${site.url}/blog/${FLAGSHIP_OLD}`)
  expect(landed.status).toBe(200)
  expect(landed.url).toBe(`${site.url}/blog/${FLAGSHIP}`)
  const legacy = await fetch(`${site.url}/blog/category/ketamine`, { redirect: 'manual' })
  expect([legacy.status, legacy.headers.get('location')]).toEqual([301, `/blog/${FLAGSHIP}`])
  expect((await fetch(`${site.url}/blog/category/unknown`)).status).toBe(404)
})

test('feeds, sitemap and robots.txt are served with their types, at canonical addresses', async () => {
  const types = await Promise.all(
    ['/rss.xml', '/atom.xml', '/sitemap.xml', '/robots.txt'].map(async p =>
      (await fetch(`${site.url}${p}`)).headers.get('content-type'),
    ),
  )
  expect(types).toEqual([
    'application/rss+xml; charset=utf-8',
    'application/atom+xml; charset=utf-8',
    'application/xml; charset=utf-8',
    'text/plain; charset=utf-8',
  ])
  const robots = await (await fetch(`${site.url}/robots.txt`)).text()
  expect(robots).toContain(`Sitemap: ${site.url}/sitemap.xml`)
})

test('share links are plain URLs; the copy control copies with JavaScript and is a selectable field without', async () => {
  const context = await browser.newContext()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url })
  const page = await context.newPage()
  const requests: string[] = []
  page.on('request', request => requests.push(request.url()))
  await page.goto(`${site.url}/blog/${FLAGSHIP}?utm_source=x`)
  const url = `${site.url}/blog/${FLAGSHIP}`
  const hrefs = await page
    .locator('section[aria-labelledby="share-heading"] a')
    .evaluateAll(links => links.map(link => link.getAttribute('href')))
  expect(hrefs).toEqual([
    expect.stringMatching(/^mailto:\?subject=Ketamine/),
    `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
    `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
    expect.stringMatching(/^https:\/\/bsky\.app\/intent\/compose\?text=/),
    expect.stringMatching(/^https:\/\/x\.com\/intent\/post\?text=/),
  ])
  await page.getByRole('button', { name: 'Copy link' }).click()
  // The share section's own status: "Cite this article" has one too.
  await expect.poll(() => page.locator('#share-status').textContent()).toBe('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url)
  expect(requests.every(request => request.startsWith(site.url))).toBe(true)
  await context.close()

  const noScript = await browser.newContext({ javaScriptEnabled: false })
  const plain = await noScript.newPage()
  await plain.goto(`${site.url}/blog/${FLAGSHIP}`)
  expect(await plain.getByLabel('Link', { exact: true }).inputValue()).toBe(url)
  expect(await plain.getByRole('button', { name: 'Copy link' }).count()).toBe(0)
  await noScript.close()
})

test('pages and feeds carry an ETag; a reader who has this version gets a 304; a CDN may keep them 30 s', async () => {
  for (const p of [`/blog/${FLAGSHIP}`, '/blog', '/rss.xml', '/sitemap.xml']) {
    const first = await fetch(`${site.url}${p}`)
    const etag = first.headers.get('etag')
    expect(etag, p).toMatch(/^W\/"[\w-]+"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30')
    const again = await fetch(`${site.url}${p}`, { headers: { 'If-None-Match': etag ?? '' } })
    expect(again.status, p).toBe(304)
    expect(await again.text()).toBe('')
    const other = await fetch(`${site.url}${p}`, { headers: { 'If-None-Match': 'W/"something-else"' } })
    expect(other.status).toBe(200)
  }
})
