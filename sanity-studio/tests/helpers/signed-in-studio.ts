// The built Studio in Chromium, signed in as an editor, over an in-memory dataset: every call to the Sanity API is
// answered in the page by the fake (fake-studio-api.ts), so nothing leaves the machine.
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core'
import type { SanityDocument } from 'sanity'
import { expect } from 'vitest'

import { SMOKE_PROJECT_ID } from './build'
import { installFakeSanityApi, type FakeSanityApi } from './fake-studio-api'
import { serveStatic } from './static-server'
import { readDataset } from './studio'

export interface SignedInStudio {
  page: Page
  api: FakeSanityApi
  origin: string
  open(path: string): Promise<unknown>
  pageErrors: string[]
  close(): Promise<void>
}

export async function setupSignedInStudio(
  browser: Browser,
  buildDir: string,
  documents: SanityDocument[] = readDataset(),
  contextOptions: BrowserContextOptions = {},
): Promise<SignedInStudio> {
  const server = await serveStatic(buildDir)
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions })
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', error => pageErrors.push(error.message))
  // React's warnings (a render loop, a bad prop) are errors too; a font the fake answers 404 for is not.
  page.on('console', message => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      pageErrors.push(`console: ${message.text().slice(0, 300)}`)
  })
  const api = await installFakeSanityApi(page, {
    origin: server.url,
    projectId: SMOKE_PROJECT_ID,
    dataset: 'production',
    documents,
  })
  return {
    page,
    api,
    origin: server.url,
    open: (path: string) => page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' }),
    pageErrors,
    async close() {
      await context.close()
      await api.close()
      await server.close()
    },
  }
}

// The form shows before the document has loaded, read-only (data-read-only) until then; once editable it focuses
// its first field. Keys typed before that are lost, as they would be for a person typing that fast.
export async function focusWhenEditable(page: Page, input: Locator) {
  await page.locator('[data-testid="form-view"]:not([data-read-only])').waitFor({ timeout: 30_000 })
  await input.click()
  await expect.poll(() => input.evaluate(element => element === document.activeElement)).toBe(true)
}

export function expectNothingBroken(studio: Pick<SignedInStudio, 'api' | 'pageErrors'>) {
  const { api, pageErrors } = studio
  expect(api.unanswered, `requests the fake Sanity API could not answer:\n${api.unanswered.join('\n')}`).toEqual([])
  expect(pageErrors, `errors thrown in the page:\n${pageErrors.join('\n')}`).toEqual([])
}

/** The id of the document open in the editor, from the Studio's address. */
export function openDocumentId(page: Page, list = 'references'): string | undefined {
  return decodeURIComponent(page.url()).match(new RegExp(`${list};([^,/;]+)`))?.[1]
}
