// The round trip: migrate the fixture export, serve the output with the production build, and read the
// flagship article as a reader gets it.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { run } from '../../../scripts/migrate/squarespace'
import { startSite, type RunningSite } from '../../helpers/server'

let site: RunningSite
let article = ''
const SLUG = 'ketamine-ketamine-assisted-psychotherapy'

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wmb-migrated-site-'))
  const out = path.join(dir, 'production.ndjson')
  await run({
    args: ['tests/fixtures/squarespace/export.xml', '--out', out, '--images-from', 'tests/fixtures/squarespace/cdn'],
    log: () => {},
    images: { fetch: () => Promise.reject(new Error('offline')) },
  })
  site = await startSite({ CONTENT_DATASET: out })
  const response = await fetch(`${site.url}/blog/${SLUG}`)
  expect(response.status).toBe(200)
  article = await response.text()
})
afterAll(() => site?.stop())

const REFERENCES = 'id="references-heading"'
const referenceList = () => /<ul[^>]*>([\s\S]*?)<\/ul>/.exec(article.slice(article.indexOf(REFERENCES)))?.[1] ?? ''

test('the migrated flagship lists its ten references in APA 7, each with its DOI link', () => {
  const entries = [...referenceList().matchAll(/<li[^>]*id="(ref-[^"]+)"[^>]*>([\s\S]*?)<\/li>/g)]
  expect(entries).toHaveLength(10)
  for (const [, , html] of entries) expect(html).toMatch(/<a href="https:\/\/doi\.org\/10\.[^"]+"/)
  const first = (entries[0]?.[2] ?? '').replace(/<[^>]+>/g, '')
  expect(first).toMatch(/^Algin, S\., Banik, D\., .* \(2024\)\. Ketamine infusion/)
  // The three typed differently on Squarespace (doi:, dx.doi.org, "Volume 15") come out as the site writes them.
  expect(referenceList()).toContain('https://doi.org/10.1097/ALN.0b013e3181ed09a2')
  expect(referenceList()).toContain('https://doi.org/10.1038/s41380-021-01246-3')
  expect(referenceList()).not.toMatch(/doi:|dx\.doi\.org|Volume 15/)
})

test('every typed in-text citation is now a link to its entry in the list', () => {
  const text = article.slice(0, article.indexOf(REFERENCES))
  const links = [...text.matchAll(/<a href="#(ref-[^"]+)"[^>]*>([^<]+)<\/a>/g)]
  expect(links).toHaveLength(10)
  const anchors = new Set([...referenceList().matchAll(/id="(ref-[^"]+)"/g)].map(match => match[1]))
  for (const [, anchor] of links) expect(anchors.has(anchor)).toBe(true)
  expect(links.map(link => link[2])).toEqual(
    expect.arrayContaining(['2010', 'Drozdz et al., 2022, p. 1691', 'Kopelman et al., 2023', 'Wu et al., 2021']),
  )
  expect(text.replace(/<[^>]+>/g, '')).toContain('as Domino and Warner (2010) describe, was first introduced in 1962.')
})

test('its old Squarespace address answers 301 to the new one, and so do the old category and tag pages', async () => {
  const old = await fetch(`${site.url}/blog/2024/11/5/${SLUG}`, { redirect: 'manual' })
  expect(old.status).toBe(301)
  expect(new URL(old.headers.get('location') ?? '', site.url).pathname).toBe(`/blog/${SLUG}`)
  const category = await fetch(`${site.url}/blog/category/anxiety`, { redirect: 'manual' })
  expect(category.status).toBe(301)
  expect(new URL(category.headers.get('location') ?? '', site.url).pathname).toBe('/topics/anxiety')
  expect((await fetch(`${site.url}/topics/anxiety`)).status).toBe(200)
})

test('the hostile post renders inert, an unread reference shows as typed, and the other posts are on the blog', async () => {
  const hostile = await (await fetch(`${site.url}/blog/two-minute-breathing-practice`)).text()
  // The article's text, from the body's prose to the end of the page's content (the site's own JSON-LD and
  // speculation rules are scripts of its own, in the head and after the article).
  const prose = hostile.slice(
    hostile.indexOf('<div class="prose'),
    hostile.indexOf('<nav', hostile.indexOf('<div class="prose')),
  )
  expect(prose).toContain('Open the video in a new window')
  expect(prose).not.toMatch(/<script|<iframe|onerror=|onclick=|javascript:/i)
  const grounding = await (await fetch(`${site.url}/blog/grounding-techniques-for-anxious-moments`)).text()
  const list = grounding.slice(grounding.indexOf(REFERENCES)).replace(/<[^>]+>/g, ' ')
  expect(list).toContain('Smith J 2019 something about sleep') // the line it could not read, as typed
  expect(list).not.toMatch(/^\s*\(n\.d\.\)\.\s*$/m)
  const index = await (await fetch(`${site.url}/blog`)).text()
  for (const title of ['Grounding Techniques for Anxious Moments', 'Taking a Gentle Walk'])
    expect(index).toContain(title)
  expect(index).not.toContain('Sleep and Stress') // the draft stays a draft
})
