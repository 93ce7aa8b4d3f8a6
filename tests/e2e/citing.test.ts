// A clinician taking the flagship article and its sources into a reference manager, as a new user would: the
// built site over HTTP (the files, their types and names, read back by the parsers reference managers use),
// the page's Highwire tags and COinS, and "Cite this article" in Chromium with JavaScript on and off.
import { readFileSync } from 'node:fs'

import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { AST } from 'astrocite-ris'
import { parse } from 'node-html-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { copyBundledDataset } from '../helpers/bundled'
import { launchBrowser } from '../helpers/browser'
import { startSite, type RunningSite } from '../helpers/server'

const FLAGSHIP_OLD = 'ketamine-ketamine-assisted-psychotherapy'
const FLAGSHIP = 'ketamine-assisted-psychotherapy'
const APA =
  'Miller, E. (2024, November 5). Ketamine + Ketamine Assisted Psychotherapy. Well Mind Body. https://wellmindbody.co/blog/ketamine-assisted-psychotherapy'

type Doc = Record<string, unknown> & { _id: string; _type: string }
const documents = readFileSync('content/production.ndjson', 'utf8')
  .trim()
  .split('\n')
  .map(line => JSON.parse(line) as Doc)
const references = documents.filter(doc => doc._type === 'citation') as (Doc & { doi: string; title: string })[]

let site: RunningSite
let browser: Browser

beforeAll(async () => {
  // The flagship's address changed once (the Studio keeps the old one): its files must follow it.
  const lines = documents.map(doc =>
    doc._id === 'post-ketamine-assisted-psychotherapy'
      ? { ...doc, slug: { _type: 'slug', current: FLAGSHIP }, previousSlugs: [FLAGSHIP_OLD] }
      : doc,
  )
  const dataset = copyBundledDataset('wmb-citing-', lines.map(line => JSON.stringify(line)).join('\n'))
  ;[site, browser] = await Promise.all([
    startSite({ CONTENT_DATASET: dataset, PUBLIC_SITE_URL: 'https://wellmindbody.co' }),
    launchBrowser(),
  ])
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function download(path: string) {
  const response = await fetch(`${site.url}${path}`, { redirect: 'manual' })
  return { response, body: await response.text() }
}

test('the reference list downloads as BibTeX that Better BibTeX’s parser reads, all ten entries', async () => {
  const { response, body } = await download(`/blog/${FLAGSHIP}/references.bib`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8')
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${FLAGSHIP}-references.bib"`)
  const library = parseBibtex(body)
  expect(library.errors).toEqual([])
  expect(library.entries).toHaveLength(10)
  expect(library.entries.map(entry => entry.fields.doi).sort()).toEqual(references.map(ref => ref.doi).sort())
  for (const entry of library.entries) {
    const reference = references.find(ref => ref.doi === entry.fields.doi)!
    expect(entry.type).toBe('article')
    expect(entry.fields.title?.normalize('NFC')).toBe(reference.title)
  }
})

test('the reference list downloads as RIS that astrocite reads, all ten entries, and as CSL-JSON', async () => {
  const ris = await download(`/blog/${FLAGSHIP}/references.ris`)
  expect(ris.response.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8')
  expect(ris.response.headers.get('content-disposition')).toBe(`attachment; filename="${FLAGSHIP}-references.ris"`)
  const entries = AST.parse(ris.body).children
  expect(entries).toHaveLength(10)
  expect(entries.every(entry => entry.type === 'JOUR')).toBe(true)
  const dois = entries.map(entry => entry.properties.find(property => property.key === 'DO')?.value.trim())
  expect(dois.sort()).toEqual(references.map(ref => ref.doi).sort())

  const csl = await download(`/blog/${FLAGSHIP}/references.json`)
  expect(csl.response.headers.get('content-type')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8')
  const items = JSON.parse(csl.body) as { DOI: string; type: string }[]
  expect(items.map(item => item.DOI).sort()).toEqual(references.map(ref => ref.doi).sort())
})

test('the article itself downloads as a blog post in each format', async () => {
  const bib = parseBibtex((await download(`/blog/${FLAGSHIP}/cite.bib`)).body)
  expect(bib.entries).toHaveLength(1)
  expect(bib.entries[0]!.fields.url).toBe(`https://wellmindbody.co/blog/${FLAGSHIP}`)
  expect(bib.entries[0]!.fields.author).toEqual([{ lastName: 'Miller', firstName: 'Elizabeth' }])
  const ris = AST.parse((await download(`/blog/${FLAGSHIP}/cite.ris`)).body).children
  expect(ris.map(entry => entry.type)).toEqual(['BLOG'])
  const { response, body } = await download(`/blog/${FLAGSHIP}/cite.json`)
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${FLAGSHIP}.json"`)
  expect(JSON.parse(body)).toMatchObject([{ type: 'post-weblog', title: 'Ketamine + Ketamine Assisted Psychotherapy' }])
})

test('the files follow the article to its new address; unknown articles and empty lists are 404s', async () => {
  const moved = await download(`/blog/${FLAGSHIP_OLD}/references.ris`)
  expect(moved.response.status).toBe(301)
  expect(moved.response.headers.get('location')).toBe(`/blog/${FLAGSHIP}/references.ris`)
  expect((await download('/blog/no-such-article/cite.bib')).response.status).toBe(404)
  expect((await download('/blog/self-care/references.bib')).response.status).toBe(404)
  expect((await download('/blog/self-care/cite.bib')).response.status).toBe(200)
})

test('the page carries the Highwire tags and one COinS span per reference, in Zotero’s form', async () => {
  const html = parse(await (await fetch(`${site.url}/blog/${FLAGSHIP}`)).text())
  const meta = (name: string) => html.querySelectorAll(`meta[name="${name}"]`).map(tag => tag.getAttribute('content'))
  expect(meta('citation_title')).toEqual(['Ketamine + Ketamine Assisted Psychotherapy'])
  expect(meta('citation_author')).toEqual(['Miller, Elizabeth'])
  expect(meta('citation_publication_date')).toEqual(['2024/11/05'])
  expect(meta('citation_publisher')).toEqual(['Well Mind Body'])
  const spans = html.querySelectorAll('#references-heading ~ ul > li > span.Z3988')
  expect(spans).toHaveLength(10)
  const contexts = spans.map(span => new URLSearchParams(span.getAttribute('title')))
  expect(contexts.every(context => context.get('ctx_ver') === 'Z39.88-2004')).toBe(true)
  expect(contexts.map(context => context.get('rft_id')).sort()).toEqual(
    references.map(ref => `info:doi/${ref.doi}`).sort(),
  )
  expect(contexts.map(context => context.get('rft.atitle')).sort()).toEqual(references.map(ref => ref.title).sort())
  // The spans are empty: nothing of them shows or is read aloud.
  expect(spans.every(span => span.innerHTML === '')).toBe(true)
})

test('“Cite this article” is text to select without JavaScript, and a button that copies it with JavaScript', async () => {
  const withoutScript = await browser.newContext({ javaScriptEnabled: false })
  const plain = await withoutScript.newPage()
  await plain.goto(`${site.url}/blog/${FLAGSHIP}`)
  const section = plain.getByRole('region', { name: 'Cite this article' })
  expect((await section.locator('#cite-apa').innerText()).replace(/\s+/g, ' ')).toBe(APA)
  expect(await section.getByRole('button', { name: 'Copy citation' }).isVisible()).toBe(false)
  expect(await section.getByRole('link', { name: 'BibTeX' }).getAttribute('href')).toBe(`/blog/${FLAGSHIP}/cite.bib`)
  await withoutScript.close()

  const withScript = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await withScript.newPage()
  await page.goto(`${site.url}/blog/${FLAGSHIP}`)
  const button = page.getByRole('button', { name: 'Copy citation' })
  await button.click()
  await expect.poll(() => page.locator('#cite-status').innerText()).toBe('Copied')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(APA)
  await withScript.close()
})
