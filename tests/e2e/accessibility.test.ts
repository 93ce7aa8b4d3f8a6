import { mkdirSync } from 'node:fs'

import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser, Page } from 'playwright-core'

import { axeViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { PAGE_KINDS } from '../helpers/page-kinds'
import { startSite, type RunningSite } from '../helpers/server'

const SCREENSHOTS = 'reports/screenshots'
const CRISIS_LINKS = ['tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'tel:911']
let site: RunningSite
let browser: Browser

beforeAll(async () => {
  ;[site, browser] = await Promise.all([startSite(), launchBrowser()])
  mkdirSync(SCREENSHOTS, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  })
  const page = await context.newPage()
  const requested: string[] = []
  page.on('request', request => requested.push(request.url()))
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
  return { page, requested, close: () => context.close() }
}

/** What has keyboard focus: which element, its link target and whether a focus ring is drawn around it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return null
    // Numbered on first focus, so that two identical links still count as two stops.
    const seen = ((window as unknown as { tabStops?: Element[] }).tabStops ??= [])
    if (!seen.includes(element)) seen.push(element)
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    return {
      id: seen.indexOf(element),
      text: (element.textContent ?? '').trim(),
      href: element.getAttribute('href'),
      html: element.outerHTML.slice(0, 120),
      ring: outline || style.boxShadow !== 'none',
    }
  })
}

for (const { kind, path } of PAGE_KINDS) {
  test(`the ${kind} page (${path}) has no WCAG 2.2 A or AA violations, target sizes included`, async () => {
    const { page, close } = await open(path)
    expect(await axeViolations(page)).toEqual([])
    await close()
  })

  test(`the ${kind} page asks nothing of any server but the site`, async () => {
    const { page, requested, close } = await open(path)
    await page.mouse.move(10, 10)
    const elsewhere = requested.filter(url => {
      const { protocol, hostname } = new URL(url)
      return !['data:', 'blob:'].includes(protocol) && !['localhost', '127.0.0.1'].includes(hostname)
    })
    expect(elsewhere).toEqual([])
    await close()
  })

  test(`on the ${kind} page the keyboard reaches the skip link first, then 988, and always shows a focus ring`, async () => {
    const { page, close } = await open(path)
    const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = []
    // Tab through the whole page, until focus leaves it or comes round again.
    for (let press = 0; press < 400; press++) {
      await page.keyboard.press('Tab')
      const stop = await focused(page)
      if (!stop || stops.some(seen => seen.id === stop.id)) break
      stops.push(stop)
    }
    expect(stops.length).toBeGreaterThan(4)
    expect(stops[0]?.text).toBe('Skip to content')
    expect(stops.slice(0, 4).map(stop => stop.href)).toContain('tel:988')
    const withoutRing = stops.filter(stop => !stop.ring).map(stop => stop.html)
    expect(withoutRing).toEqual([])
    await close()
  })

  for (const width of [390, 1280]) {
    test(`the ${kind} page fits a ${width} px wide screen without sideways scrolling`, async () => {
      const { page, close } = await open(path, { width })
      await page.screenshot({ path: `${SCREENSHOTS}/${kind}-${width}.png`, fullPage: true })
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      await close()
    })
  }
}

test('without JavaScript an article renders, its Next link leads to the older article, and crisis help is there', async () => {
  const { page, close } = await open('/blog/ketamine-ketamine-assisted-psychotherapy', { javaScriptEnabled: false })
  expect(await page.locator('h1').textContent()).toBe('Ketamine + Ketamine Assisted Psychotherapy')
  expect(await page.locator('#references-heading + ul > li').count()).toBe(10)
  const crisis = page.getByRole('region', { name: 'Crisis help' })
  expect(await crisis.locator('a').evaluateAll(links => links.map(a => a.getAttribute('href')))).toEqual(CRISIS_LINKS)
  await page.locator('a[rel="next"]').click()
  await page.waitForURL(/\/blog\/self-care$/)
  expect(await page.locator('h1').textContent()).toBe('Self Care')
  await page.locator('a[rel="prev"]').click()
  await page.waitForURL(/\/blog\/ketamine-ketamine-assisted-psychotherapy$/)
  await close()
})

async function indexTitles(): Promise<string[]> {
  const titles: string[] = []
  for (const path of ['/blog', '/blog?page=2']) {
    const { page, close } = await open(path)
    titles.push(...(await page.locator('main article h2').allTextContents()))
    await close()
  }
  return titles
}

test('a reader walks from the home page to the newest article, Next to the oldest and Previous back, in index order', async () => {
  const titles = await indexTitles()
  expect(titles.length).toBeGreaterThan(10)
  const { page, close } = await open('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' }).click()
  await page.waitForURL(/\/blog$/)
  await page.locator('main article h2 a').first().click()
  const h1 = () => page.locator('h1').textContent()
  await expect.poll(h1).toBe(titles[0])
  for (const title of titles.slice(1)) {
    await page.locator('a[rel="next"]').click()
    await expect.poll(h1).toBe(title)
  }
  expect(await page.locator('a[rel="next"]').count()).toBe(0)
  for (const title of titles.slice(0, -1).reverse()) {
    await page.locator('a[rel="prev"]').click()
    await expect.poll(h1).toBe(title)
  }
  expect(await page.locator('a[rel="prev"]').count()).toBe(0)
  await close()
}, 90_000)

test('a printed article keeps its text in black, its references and the crisis line, without the site’s controls', async () => {
  const { page, close } = await open('/blog/ketamine-ketamine-assisted-psychotherapy')
  await page.emulateMedia({ media: 'print' })
  const shown = (selector: string) => page.locator(selector).first().isVisible()
  expect(await shown('header nav')).toBe(false)
  expect(await shown('[aria-labelledby="share-heading"]')).toBe(false)
  expect(await shown('nav[aria-label="More articles"]')).toBe(false)
  expect(await shown('#references-heading')).toBe(true)
  expect(
    await page.getByRole('region', { name: 'Crisis help' }).getByRole('link', { name: 'Call 988' }).isVisible(),
  ).toBe(true)
  expect(
    await page
      .locator('article p')
      .first()
      .evaluate(p => getComputedStyle(p).color),
  ).toBe('rgb(0, 0, 0)')
  await close()
})

test('a reader who asks the system for reduced motion sees nothing move or scroll smoothly, on any page', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce' })
  const page = await context.newPage()
  for (const { kind, path } of PAGE_KINDS) {
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
    // Hovering and focusing a link is when a transition would play.
    await page.locator('a').nth(3).hover()
    const moving = await page.evaluate(() => {
      const seconds = (value: string) => Math.max(...value.split(',').map(part => parseFloat(part) || 0))
      return [...document.querySelectorAll('*')].flatMap(element => {
        const style = getComputedStyle(element)
        const longest = Math.max(seconds(style.transitionDuration), seconds(style.animationDuration))
        const smooth = style.scrollBehavior === 'smooth'
        return longest > 0.001 || smooth ? [`${element.tagName.toLowerCase()}.${element.className}`] : []
      })
    })
    expect(moving, kind).toEqual([])
    // A transition cut to 0.01 ms may still be listed for an instant; none lasts longer.
    const running = await page.evaluate(
      () => document.getAnimations().filter(animation => Number(animation.effect?.getTiming().duration) > 1).length,
    )
    expect(running, kind).toBe(0)
  }
  await context.close()
}, 60_000)
