import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { launchBrowser } from './helpers/browser'
import { buildStudio, SMOKE_PROJECT_ID } from './helpers/build'
import { serveStatic } from './helpers/static-server'

let built: ReturnType<typeof buildStudio>
let browser: Browser

beforeAll(async () => {
  built = buildStudio()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

// Everything but the local server is cut off; of the Sanity API, only these two calls get an answer:
// nobody is signed in, and these are the ways to sign in.
async function answerOnlySignInCalls(page: Page, origin: string) {
  const answered: string[] = []
  const cors = { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' }
  await page.route('**/*', async route => {
    const url = new URL(route.request().url())
    if (url.origin === origin) return route.continue()
    const sanityApi = url.hostname.endsWith('.api.sanity.io')
    if (sanityApi && url.pathname.endsWith('/users/me')) {
      answered.push('users/me')
      return route.fulfill({ json: {}, headers: cors })
    }
    if (sanityApi && url.pathname.endsWith('/auth/providers')) {
      answered.push('auth/providers')
      const providers = [
        { name: 'google', title: 'Google', url: 'https://api.sanity.io/v1/auth/login/google' },
        { name: 'github', title: 'GitHub', url: 'https://api.sanity.io/v1/auth/login/github' },
        { name: 'sanity', title: 'E-mail / password', url: 'https://api.sanity.io/v1/auth/login/sanity' },
      ]
      return route.fulfill({ json: { providers }, headers: cors })
    }
    return route.abort()
  })
  return answered
}

test('sanity build writes the Studio for the configured project, offline', () => {
  console.log(
    built.cached
      ? 'sanity build: sources unchanged since the last run, build reused'
      : `sanity build: ${built.seconds} s`,
  )
  expect(readFileSync(path.join(built.dir, 'index.html'), 'utf8')).toMatch(/<div id="sanity">/)
  const bundle = readdirSync(path.join(built.dir, 'static')).filter(name => name.endsWith('.js'))
  expect(
    bundle.some(name => readFileSync(path.join(built.dir, 'static', name), 'utf8').includes(`"${SMOKE_PROJECT_ID}"`)),
  ).toBe(true)
})

test('the built Studio boots to its sign-in card, titled Well Mind Body', async () => {
  const server = await serveStatic(built.dir)
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  try {
    const answered = await answerOnlySignInCalls(page, server.url)
    await page.goto(server.url, { waitUntil: 'domcontentloaded' })
    await page.getByText('Choose login provider').waitFor({ state: 'visible', timeout: 60_000 })
    await expect(page.getByText('Well Mind Body', { exact: true }).isVisible()).resolves.toBe(true)
    await expect(page.getByText('Google', { exact: true }).isVisible()).resolves.toBe(true)
    expect([...new Set(answered)].sort()).toEqual(['auth/providers', 'users/me'])
    await page.screenshot({ path: '/tmp/studio-smoke.png' })
  } finally {
    await page.close()
    await server.close()
  }
})

// The same bundle with the project id blanked out is the bundle `sanity build` makes without one.
test('built without a project id, the Studio says on its card what to set, and calls no API', async () => {
  const server = await serveStatic(built.dir, javascript => javascript.replaceAll(`"${SMOKE_PROJECT_ID}"`, '""'))
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  try {
    const answered = await answerOnlySignInCalls(page, server.url)
    await page.goto(server.url, { waitUntil: 'domcontentloaded' })
    await page
      .getByText('This Studio is not connected to a Sanity project yet.')
      .waitFor({ state: 'visible', timeout: 60_000 })
    await expect(page.getByText('SANITY_STUDIO_PROJECT_ID=your-project-id').isVisible()).resolves.toBe(true)
    await expect(page.getByText('Well Mind Body', { exact: true }).isVisible()).resolves.toBe(true)
    expect(answered).toEqual([])
    await page.screenshot({ path: '/tmp/studio-smoke-not-connected.png' })
  } finally {
    await page.close()
    await server.close()
  }
})
