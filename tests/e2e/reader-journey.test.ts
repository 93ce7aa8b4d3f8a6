import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

const FLAGSHIP = '/blog/ketamine-ketamine-assisted-psychotherapy'
let site: RunningSite
let browser: Browser

beforeAll(async () => {
  ;[site, browser] = await Promise.all([startSite(), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function open(path: string): Promise<Page> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(String(error)))
  page.on(
    'console',
    message => message.type() === 'error' && !message.text().includes('404') && errors.push(message.text()),
  )
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
  ;(page as Page & { errors: string[] }).errors = errors
  return page
}

test('a reader opens the blog, pages through it and opens the flagship article', async () => {
  const page = await open('/blog')
  expect(await page.locator('main article').count()).toBe(10)
  expect(await page.locator('main article time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  await page.getByRole('link', { name: 'Older articles →' }).click()
  await page.waitForURL(/\/blog\?page=2$/)
  expect(await page.locator('main article').count()).toBeGreaterThan(0)
  await page.goto(`${site.url}/blog`)
  await page.getByRole('link', { name: 'Ketamine + Ketamine Assisted Psychotherapy' }).click()
  await page.waitForURL(new RegExp(`${FLAGSHIP}$`))
  await expect.poll(() => page.locator('h1').textContent()).toBe('Ketamine + Ketamine Assisted Psychotherapy')
  expect((page as Page & { errors: string[] }).errors).toEqual([])
})

test('the flagship shows its byline, ten APA references with DOI links, linked in-text citations and the bio', async () => {
  const page = await open(FLAGSHIP)
  const byline = page.locator('article header a[rel="author"]')
  expect(await byline.textContent()).toBe('Elizabeth Miller, Ph.D., LPC-S, LMFT')
  expect(await byline.getAttribute('href')).toBe('/authors/elizabeth-miller')

  const entries = page.locator('#references-heading + ul > li')
  expect(await entries.count()).toBe(10)
  const firstWords = await entries.evaluateAll(items => items.map(li => li.textContent!.split(',')[0]))
  expect(firstWords).toEqual([
    'Algin',
    'Almeida',
    'Domino',
    'Drozdz',
    'Israel',
    'Kopelman',
    'Lazarevic',
    'Oyetunji',
    'Tully',
    'Wu',
  ])
  const dois = await entries.locator('a[href^="https://doi.org/10."]').count()
  expect(dois).toBe(10)
  expect(await entries.nth(2).locator('i').allTextContents()).toEqual(['Anesthesiology', '113'])

  const domino = page.getByRole('link', { name: 'Domino & Warner, 2010' })
  expect(await domino.getAttribute('href')).toBe('#ref-citation-domino2010')
  await domino.click()
  await page.waitForURL(/#ref-citation-domino2010$/)
  expect(await page.locator(':target').textContent()).toMatch(
    /^Domino, E\. F\., & Warner, D\. S\. \(2010\)\. Taming the ketamine tiger\./,
  )
  expect(await page.getByText('(Kopelman et al., 2023; Wu et al., 2021)').count()).toBe(1)

  const bio = page.getByRole('complementary', { name: 'About the author' })
  expect(await bio.textContent()).toContain('Elizabeth Miller, Ph.D., LPC-S, LMFT')
})

test('Previous and Next link the flagship to its neighbours, with rel and titles', async () => {
  const page = await open(FLAGSHIP)
  const previous = page.locator('a[rel="prev"]')
  const next = page.locator('a[rel="next"]')
  expect(await previous.textContent()).toBe('← PreviousTips for Navigating Holiday Family Gatherings')
  expect(await next.textContent()).toBe('Next →Self Care')
  await next.click()
  await page.waitForURL(/\/blog\/self-care$/)
  await expect.poll(() => page.locator('h1').textContent()).toBe('Self Care')
  await page.locator('a[rel="prev"]').click()
  await page.waitForURL(new RegExp(`${FLAGSHIP}$`))
  await page.locator('a[rel="prev"]').click()
  await page.waitForURL(/\/blog\/tips-for-navigating-holiday-family-gatherings$/)
  await expect.poll(() => page.locator('h1').textContent()).toBe('Tips for Navigating Holiday Family Gatherings')
})

test('an unknown article is a designed 404 page with status 404', async () => {
  const page = await browser.newPage()
  const response = await page.goto(`${site.url}/blog/no-such-post`)
  expect(response?.status()).toBe(404)
  await expect.poll(() => page.locator('h1').textContent()).toBe('We can’t find that page')
  // A shared dead link says what it is in the tab and in a link preview.
  expect(await page.title()).toBe('Page not found | Well Mind Body')
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/^This page is not here\./)
  expect(await page.getByRole('link', { name: 'Read the blog' }).count()).toBe(1)
  expect(await page.locator('footer').textContent()).toContain('988')
})

test('the author page shows the bio, credentials and the author’s articles', async () => {
  const page = await open('/authors/elizabeth-miller')
  await expect.poll(() => page.locator('h1').textContent()).toBe('Elizabeth Miller')
  expect(await page.locator('main').textContent()).toContain('Ph.D., LPC-S, LMFT')
  expect(await page.locator('main article').count()).toBeGreaterThanOrEqual(12)
})

test('an article loads no JavaScript bundle, and its Next page is already in the browser when the reader follows it', async () => {
  const page = await browser.newPage()
  const scripts: string[] = []
  page.on('request', request => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname))
  await page.goto(`${site.url}${FLAGSHIP}`, { waitUntil: 'networkidle' })
  expect(scripts).toEqual(['/enhance.js'])
  await page.locator('a[rel="next"]').click()
  await page.waitForURL(/\/blog\/self-care$/)
  // The click asked the server for nothing: the page was fetched ahead by the speculation rules.
  const delivery = await page.evaluate(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { deliveryType: string })
        .deliveryType,
  )
  expect(delivery).toBe('navigational-prefetch')
  await page.close()
})
