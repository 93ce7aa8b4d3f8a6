// The practice's pages over HTTP, as the built server answers them on the bundled dataset.
import { readFileSync } from 'node:fs'

import { parse } from 'node-html-parser'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { startSite, type RunningSite } from '../helpers/server'

let site: RunningSite

beforeAll(async () => {
  site = await startSite()
})
afterAll(() => site?.stop())

async function page(path: string) {
  const response = await fetch(`${site.url}${path}`, { redirect: 'manual' })
  return { status: response.status, html: parse(await response.text()) }
}

const texts = (html: ReturnType<typeof parse>, selector: string) =>
  html.querySelectorAll(selector).map(node => node.textContent.trim())

test('the home page says whom the practice serves, its services, the three latest articles and how to get in touch', async () => {
  const { status, html } = await page('/')
  expect(status).toBe(200)
  expect(html.querySelector('main')?.textContent).toMatch(/women, teenagers, couples and families/)
  expect(texts(html, '#services-heading + ul a')).toContain('Ketamine-assisted psychotherapy')
  expect(html.querySelectorAll('section[aria-labelledby="latest-heading"] article')).toHaveLength(3)
  expect(html.querySelector('section[aria-labelledby="contact-heading"] a[href^="tel:"]')?.getAttribute('href')).toBe(
    'tel:5550100100',
  )
  expect(html.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:hello@example.com')
})

test('placeholders are marked on the page, so nobody takes them for the practice’s details', async () => {
  const { html } = await page('/contact')
  expect(texts(html, 'main dd')).toEqual([
    '(555) 010-0100Placeholder: to fill in',
    'hello@example.comPlaceholder: to fill in',
    '[Practice address]\n[City, State ZIP]Placeholder: to fill in',
  ])
  expect(html.querySelector('main form')).toBeNull()
})

test('the ketamine service page explains who it may help and when it is not advised, and links the article', async () => {
  const { status, html } = await page('/services/ketamine-assisted-psychotherapy')
  expect(status).toBe(200)
  expect(texts(html, 'main h2')).toEqual(expect.arrayContaining(['Who it may help', 'When it is not advised']))
  expect(html.querySelector('main')?.textContent).toMatch(/psychosis/)
  const articleLinks = html.querySelectorAll('main a[href="/blog/ketamine-ketamine-assisted-psychotherapy"]')
  expect(articleLinks.length).toBeGreaterThan(0)
})

test('about presents Dr. Miller from her author document', async () => {
  const { html } = await page('/about')
  expect(html.querySelector('h1')?.textContent).toBe('Elizabeth MillerPh.D., LPC-S, LMFT')
  expect(html.querySelector('title')?.textContent).toBe('About Elizabeth Miller | Well Mind Body')
})

test('an article links its topics, and a topic page lists its articles newest first', async () => {
  const article = await page('/blog/ketamine-ketamine-assisted-psychotherapy')
  expect(texts(article.html, 'ul[aria-label="Topics"] a')).toEqual([
    'Depression',
    'Anxiety',
    'Trauma & PTSD',
    'OCD',
    'Chronic pain',
  ])
  const topic = await page('/topics/ocd')
  expect(topic.status).toBe(200)
  expect(texts(topic.html, 'main article h2')).toEqual(['Ketamine + Ketamine Assisted Psychotherapy'])
  expect(topic.html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/topics\/ocd$/)
})

test('an article shows its reading time, clinical review, contents and disclaimer', async () => {
  const { html } = await page('/blog/ketamine-ketamine-assisted-psychotherapy')
  expect(html.querySelector('article header')?.textContent).toMatch(/\d+ min read/)
  expect(html.querySelector('[data-testid="clinical-review"]')?.textContent).toBe(
    'Clinically reviewed by Elizabeth Miller, Ph.D., LPC-S, LMFT on October 6, 2025',
  )
  const contents = html.querySelectorAll('nav[aria-labelledby="contents-heading"] a')
  expect(contents.length).toBeGreaterThan(5)
  for (const link of contents) expect(html.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull()
  expect(html.querySelector('#disclaimer-heading + p')?.textContent).toMatch(/not medical or psychological advice/)
})

test('a sensitive article puts crisis help at its top; others do not', async () => {
  const sensitive = await page('/blog/compassion-focused-trauma-recovery-healing-without-blame')
  expect(
    sensitive.html.querySelector('main aside[aria-labelledby="sensitive-heading"] a[href="tel:988"]'),
  ).not.toBeNull()
  const other = await page('/blog/self-care')
  expect(other.html.querySelector('#sensitive-heading')).toBeNull()
})

test('privacy and accessibility are pages of their own; unknown topics, services and pages are 404s', async () => {
  expect((await page('/privacy')).html.querySelector('h1')?.textContent).toBe('Privacy')
  expect((await page('/accessibility')).status).toBe(200)
  for (const path of ['/topics/nothing', '/services/nothing', '/nothing-here'])
    expect((await page(path)).status).toBe(404)
})

test('topics are categories in the feeds', async () => {
  const rss = await fetch(`${site.url}/rss.xml`).then(response => response.text())
  expect(rss).toMatch(/<category domain="[^"]*\/topics\/ocd">OCD<\/category>/)
})

test('the disclaimer she wrote in the site settings is in every page’s footer, and an article shows it once, under its text', async () => {
  const settings = readFileSync('content/production.ndjson', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as { _id: string; disclaimer?: string })
    .find(doc => doc._id === 'siteSettings')
  const disclaimer = settings?.disclaimer ?? ''
  expect(disclaimer).toMatch(/not medical/)
  for (const path of ['/', '/blog', '/services', '/contact', '/topics/anxiety', '/no-such-page']) {
    const { html } = await page(path)
    expect(html.querySelector('footer')?.textContent, path).toContain(disclaimer)
  }
  const { html } = await page('/blog/ketamine-ketamine-assisted-psychotherapy')
  expect(html.querySelector('aside[aria-labelledby="disclaimer-heading"] p')?.textContent).toBe(disclaimer)
  expect(html.querySelector('body')?.textContent.split(disclaimer)).toHaveLength(2)
})

test('every place that points to crisis help gives the same four ways: call or text 988, the chat, 911', async () => {
  const lines = ['tel:988', 'sms:988', 'https://988lifeline.org/chat/', 'tel:911']
  const places: Array<[string, string]> = [
    ['/', 'section[aria-label="Crisis help"]'],
    ['/', 'footer'],
    ['/contact', 'main'],
    ['/blog/compassion-focused-trauma-recovery-healing-without-blame', 'aside[aria-labelledby="sensitive-heading"]'],
  ]
  for (const [path, where] of places) {
    const { html } = await page(path)
    const hrefs = html.querySelectorAll(`${where} a`).map(a => a.getAttribute('href'))
    expect(
      hrefs.filter(href => lines.includes(href ?? '')),
      `${where} on ${path}`,
    ).toEqual(lines)
  }
})
