// Dr. Miller adding references in the built Studio, offline (the Sanity API is a fake in the page, doi.org a
// fake that answers as doi.org does: a redirect to Crossref, then CSL-JSON): the flagship's ten references pasted
// one by one in each format give the fields the bundled dataset holds; a DOI that is already in the library
// offers that reference; offline she is told so; an article citing a reference it does not list cannot be
// published until “Add the cited references” is clicked.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, Page, Route } from 'playwright-core'
import type { SanityDocument } from 'sanity'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { launchBrowser } from './helpers/browser'
import { buildStudio } from './helpers/build'
import {
  expectNothingBroken,
  focusWhenEditable,
  openDocumentId,
  setupSignedInStudio,
  type SignedInStudio,
} from './helpers/signed-in-studio'
import { readDataset } from './helpers/studio'

const FIXTURES = new URL('../../tests/fixtures/references/', import.meta.url)
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')

const dataset = readDataset()
const flagshipReferences = dataset.filter(document => document._type === 'citation')
const dois = flagshipReferences.map(document => document.doi as string)

// The ten references in each format a reference manager or a reader's copy gives, in the dataset's order.
const pastes: Record<string, string[]> = {
  DOI: dois.map(doi => `https://doi.org/${doi}`),
  BibTeX: fixture('flagship.bib')
    .trim()
    .split(/\n(?=@)/),
  RIS: fixture('flagship.ris')
    .trim()
    .split(/\n(?=TY {2}- )/),
  'CSL-JSON': (JSON.parse(fixture('../references.csl.json')) as unknown[]).map(item => JSON.stringify(item, null, 2)),
  APA: fixture('flagship.apa.txt').trim().split('\n'),
}

let built: ReturnType<typeof buildStudio>
let browser: Browser

beforeAll(async () => {
  built = buildStudio()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

// doi.org answers a CSL-JSON request with a redirect to the registration agency, which sends the item. The
// agency is a local server: a browser does not hand a redirect's next request back to the page's routes.
async function fakeDoiOrg(page: Page, answered: string[] = []) {
  const cors = { 'Access-Control-Allow-Origin': '*' }
  const agency = createServer((request, response) => {
    const doi = decodeURIComponent((request.url ?? '').replace(/^\/works\//, ''))
    let body: string | undefined
    try {
      body = fixture(`doi-org/${doi.replace(/\//g, '_')}.json`)
    } catch {
      body = undefined
    }
    response.writeHead(body ? 200 : 404, {
      ...cors,
      'Content-Type': body ? 'application/vnd.citationstyles.csl+json' : 'text/plain',
    })
    response.end(body ?? 'Resource not found.')
  })
  await new Promise<void>(resolve => agency.listen(0, '127.0.0.1', resolve))
  const { port } = agency.address() as AddressInfo
  page.once('close', () => agency.close())
  await page.route('https://doi.org/**', (route: Route) => {
    const doi = decodeURIComponent(new URL(route.request().url()).pathname.slice(1))
    answered.push(`${doi} ${route.request().headers().accept}`)
    return route.fulfill({
      status: 302,
      headers: { ...cors, Location: `http://127.0.0.1:${port}/works/${encodeURIComponent(doi)}` },
    })
  })
  return answered
}

function pasteBox(page: Page) {
  return page.getByLabel('Fill in from a DOI, BibTeX, RIS, CSL-JSON or an APA reference')
}

// A real paste: the text on the clipboard, Ctrl+A and Ctrl+V in the box.
async function paste(page: Page, text: string) {
  await page.evaluate(value => navigator.clipboard.writeText(value), text)
  await pasteBox(page).click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Control+V')
}

// A reference's fields as the dataset holds them: no system fields, no array keys.
function fieldsOf(document: SanityDocument | undefined): Record<string, unknown> | undefined {
  if (!document) return undefined
  const fields = Object.fromEntries(Object.entries(document).filter(([key]) => !key.startsWith('_')))
  const authors = (fields.authors as Record<string, unknown>[] | undefined)?.map(({ _key, ...name }) => name)
  return { ...fields, authors }
}

async function newReference(studio: SignedInStudio): Promise<() => SanityDocument | undefined> {
  await studio.open('/intent/create/template=citation;type=citation/')
  await focusWhenEditable(studio.page, pasteBox(studio.page))
  const id = openDocumentId(studio.page)
  return () => studio.api.documents().find(document => document._id === `drafts.${id}`)
}

const lookedUp: string[] = []

// One Studio per format over the dataset without its references: what one format filled in would otherwise be
// "already in the library" for the next.
test.each(Object.keys(pastes))(
  'each of the ten flagship references, pasted as %s, fills the fields the bundled dataset holds',
  async format => {
    const withoutReferences = dataset.filter(document => document._type !== 'citation')
    const studio = await setupSignedInStudio(browser, built.dir, withoutReferences, {
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    await fakeDoiOrg(studio.page, lookedUp)
    try {
      const draft = await newReference(studio)
      for (const [index, text] of pastes[format]!.entries()) {
        const expected = fieldsOf(flagshipReferences[index])!
        await paste(studio.page, text)
        const preview = studio.page.getByTestId('reference-paste-preview')
        await preview.waitFor({ timeout: 15_000 }).catch(async error => {
          await studio.page.screenshot({ path: `/tmp/studio-references-${format}-failed.png` })
          throw new Error(`${format} #${index + 1}: ${String(error)}`)
        })
        // What readers will see, before anything is written: the draft still holds the previous reference.
        expect(fieldsOf(draft())?.doi, `${format} #${index + 1} wrote before the click`).toBe(
          index === 0 ? undefined : flagshipReferences[index - 1]!.doi,
        )
        expect(await preview.innerText()).toContain(expected.title as string)
        await studio.page.getByRole('button', { name: 'Fill in the fields' }).click()
        await studio.page.getByText('Check the fields below, then publish.').waitFor()
        await expect
          .poll(() => fieldsOf(draft()), { timeout: 15_000, message: `${format} #${index + 1}` })
          .toEqual(expected)
      }
      await studio.page.screenshot({ path: `/tmp/studio-references-${format}.png` })
      expectNothingBroken(studio)
    } finally {
      await studio.close()
    }
  },
)

test('the DOIs were looked up at doi.org, asking for CSL-JSON', () => {
  expect(lookedUp.map(lookup => lookup.split(' ')[0]).sort()).toEqual([...dois].sort())
  expect(lookedUp.every(lookup => lookup.endsWith(' application/vnd.citationstyles.csl+json'))).toBe(true)
})

test('a DOI already in the library offers that reference instead of a copy', async () => {
  const studio = await setupSignedInStudio(browser, built.dir, dataset, {
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  const lookups = await fakeDoiOrg(studio.page)
  try {
    const draft = await newReference(studio)
    await paste(studio.page, 'doi:10.1097/aln.0b013e3181ed09a2')
    await studio.page.getByText('A reference with this DOI already exists').waitFor({ timeout: 15_000 })
    expect(await studio.page.getByRole('button', { name: 'Fill in the fields' }).count()).toBe(0)
    expect(lookups).toEqual([])
    await studio.page.screenshot({ path: '/tmp/studio-references-duplicate.png' })
    await studio.page.getByRole('link', { name: 'Open (Domino & Warner, 2010)' }).click()
    await expect
      .poll(() => studio.page.getByLabel('Title', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe('Taming the ketamine tiger')
    expect(draft()?.title).toBeUndefined()
    expectNothingBroken(studio)
  } finally {
    await studio.close()
  }
})

test('offline, a pasted DOI says doi.org cannot be reached, and the fields stay hers to fill', async () => {
  const studio = await setupSignedInStudio(browser, built.dir, [], {
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  await studio.page.route('https://doi.org/**', route => route.abort('internetdisconnected'))
  try {
    const draft = await newReference(studio)
    await paste(studio.page, '10.1097/ALN.0b013e3181ed09a2')
    await studio.page.getByText(/could not reach doi\.org/).waitFor({ timeout: 15_000 })
    const title = studio.page.getByLabel('Title', { exact: true })
    await title.click()
    await title.pressSequentially('Taming the ketamine tiger', { delay: 10 })
    await expect.poll(() => draft()?.title, { timeout: 15_000 }).toBe('Taming the ketamine tiger')
  } finally {
    await studio.close()
  }
})

test('an article citing a reference it does not list cannot be published, until “Add the cited references”', async () => {
  const flagship = dataset.find(document => document._id === 'post-ketamine-assisted-psychotherapy')!
  const listed = flagship.references as { _ref: string }[]
  const draft = {
    ...flagship,
    _id: `drafts.${flagship._id}`,
    references: listed.filter(item => item._ref !== 'citation-domino2010'),
  }
  const studio = await setupSignedInStudio(browser, built.dir, [...dataset, draft as SanityDocument])
  const published = () => studio.api.documents().find(document => document._id === flagship._id)
  try {
    await studio.open(`/intent/edit/id=${flagship._id};type=post/`)
    // The document's own Publish, in its footer (the validation panel names the action too).
    const publish = studio.page.getByTestId('action-publish')
    await studio.page.getByRole('tab', { name: 'Sources' }).click()
    await studio.page.getByText('The text cites 1 reference that is not in this list.').waitFor({ timeout: 30_000 })
    // The document's list of problems names the reference and the fix.
    await studio.page
      .getByRole('button', { name: /validation/i })
      .first()
      .click()
    await studio.page
      .getByText(
        '(Domino & Warner, 2010) is cited in the text but is not in the list of references. Click “Add the cited references” to add it.',
      )
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(async thrown => {
        await studio.page.screenshot({ path: '/tmp/studio-references-publish-failed.png' })
        throw thrown
      })
    await expect.poll(() => publish.isDisabled(), { timeout: 15_000 }).toBe(true)
    await studio.page.screenshot({ path: '/tmp/studio-references-cannot-publish.png' })

    await studio.page.getByRole('button', { name: 'Add the cited references', exact: true }).click()
    await expect.poll(() => publish.isEnabled(), { timeout: 30_000 }).toBe(true)
    await publish.click()
    await expect
      .poll(() => (published()?.references as { _ref: string }[] | undefined)?.map(item => item._ref).sort(), {
        timeout: 30_000,
      })
      .toEqual(listed.map(item => item._ref).sort())
    expectNothingBroken(studio)
  } finally {
    await studio.close()
  }
})
