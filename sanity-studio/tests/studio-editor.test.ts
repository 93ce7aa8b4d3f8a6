// The built Studio as an editor uses it, offline: the Sanity API is a fake in the page (helpers/fake-studio-api.ts).
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { launchBrowser } from './helpers/browser'
import { buildStudio } from './helpers/build'
import { expectNothingBroken, focusWhenEditable, openDocumentId, setupSignedInStudio } from './helpers/signed-in-studio'

let built: ReturnType<typeof buildStudio>
let browser: Browser

beforeAll(async () => {
  built = buildStudio()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

function titleInput(page: Page) {
  return page.getByLabel('Title', { exact: true })
}

test('an editor opens a Reference from the bundled dataset and sees its title', async () => {
  const studio = await setupSignedInStudio(browser, built.dir)
  try {
    await studio.open('/intent/edit/id=citation-domino2010;type=citation/')
    await expect.poll(() => titleInput(studio.page).inputValue(), { timeout: 30_000 }).toBe('Taming the ketamine tiger')
    await studio.page.screenshot({ path: '/tmp/studio-editor-open.png' })
    expectNothingBroken(studio)
  } finally {
    await studio.close()
  }
})

test('a title typed into a new Reference is saved as its draft', async () => {
  const studio = await setupSignedInStudio(browser, built.dir)
  try {
    await studio.open('/intent/create/template=citation;type=citation/')
    await focusWhenEditable(studio.page, titleInput(studio.page))
    await titleInput(studio.page).pressSequentially('Ketamine for depression', { delay: 20 })
    const id = openDocumentId(studio.page)
    const draft = () => studio.api.documents().find(document => document._id === `drafts.${id}`)
    await expect.poll(() => draft()?.title, { timeout: 30_000 }).toBe('Ketamine for depression')
    expect(draft()?._type).toBe('citation')
    // "Saved" shows once the listener has brought every mutation of the Studio back to it.
    await studio.page.getByText('Saved', { exact: true }).waitFor({ timeout: 30_000 })
    await studio.page.screenshot({ path: '/tmp/studio-editor-create.png' })

    const created = studio.api.mutations
      .flatMap(received => received.body.actions ?? [])
      .find(action => action.actionType === 'sanity.action.document.create')
    expect(created?.attributes).toMatchObject({ _id: `drafts.${id}`, _type: 'citation' })
    expectNothingBroken(studio)
  } finally {
    await studio.close()
  }
})
