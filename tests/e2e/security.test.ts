// The server's own guarantees: security headers on every response, a nonce-based Content-Security-Policy
// that Chromium enforces and our pages never break, health checks, and a clean stop on SIGTERM.
import { request as httpRequest, Agent } from 'node:http'

import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Browser } from 'playwright-core'

import { launchBrowser } from '../helpers/browser'
import { PAGE_KINDS } from '../helpers/page-kinds'
import { startSite, type RunningSite } from '../helpers/server'

const STUDIO = 'https://wellmindbody.sanity.studio'
let site: RunningSite
let browser: Browser

beforeAll(async () => {
  ;[site, browser] = await Promise.all([startSite({ SANITY_STUDIO_URL: STUDIO }), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const FLAGSHIP = '/blog/ketamine-ketamine-assisted-psychotherapy'

test('every kind of response carries the security headers, and no policy allows inline script', async () => {
  const paths = [FLAGSHIP, '/', '/no-such-page', '/rss.xml', '/sitemap.xml', '/favicon.svg', '/enhance.js', '/healthz']
  for (const path of paths) {
    const response = await fetch(`${site.url}${path}`)
    const header = (name: string) => response.headers.get(name)
    expect(header('content-security-policy'), path).toMatch(
      /^default-src 'self'; script-src 'self' 'nonce-[\w+/=]{24}';/,
    )
    expect(header('content-security-policy'), path).not.toContain('unsafe-inline')
    expect(header('content-security-policy'), path).toContain("frame-ancestors 'none'")
    expect(header('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains')
    expect(header('x-content-type-options'), path).toBe('nosniff')
    expect(header('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
    expect(header('permissions-policy'), path).toContain('camera=()')
    expect(header('cross-origin-opener-policy'), path).toBe('same-origin')
    expect(header('x-powered-by'), path).toBeNull()
  }
})

test('each render has a nonce of its own, the same in its policy and on its scripts; its version does not change with it', async () => {
  const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1]
  // The 404 page is rendered for every request (never cached): a new nonce each time.
  const missing = await Promise.all([1, 2].map(() => fetch(`${site.url}/no-such-page`)))
  const [one, two] = missing.map(response => nonceOf(response.headers.get('content-security-policy')))
  expect(one).toBeTruthy()
  expect(two).not.toBe(one)
  expect(missing[0]!.headers.get('etag')).toBe(missing[1]!.headers.get('etag'))
  // An article, rendered then answered from the page cache: policy and scripts agree each time.
  for (const round of [1, 2]) {
    const response = await fetch(`${site.url}${FLAGSHIP}`)
    const nonce = nonceOf(response.headers.get('content-security-policy'))
    const html = await response.text()
    const nonces = [...html.matchAll(/<script(?! type="application\/ld\+json")[^>]* nonce="([^"]+)"/g)].map(m => m[1])
    expect(nonces.length, `round ${round}`).toBeGreaterThanOrEqual(2) // the speculation rules and enhance.js
    expect(new Set(nonces), `round ${round}`).toEqual(new Set([nonce]))
  }
  // A browser revalidating its copy gets a 304 without a policy, so its copy keeps the nonce it was sent with.
  const etag = (await fetch(`${site.url}${FLAGSHIP}`)).headers.get('etag')!
  const revalidated = await fetch(`${site.url}${FLAGSHIP}`, { headers: { 'If-None-Match': etag } })
  expect(revalidated.status).toBe(304)
  expect(revalidated.headers.get('content-security-policy')).toBeNull()
})

test('only the Studio may frame a preview; nothing may frame a public page', async () => {
  const preview = await fetch(`${site.url}/api/preview?secret=wrong&to=/`, { redirect: 'manual' })
  expect(preview.headers.get('content-security-policy')).toContain(`frame-ancestors ${STUDIO}`)
  expect(preview.headers.get('x-frame-options')).toBeNull()
  const page = await fetch(`${site.url}/`)
  expect(page.headers.get('x-frame-options')).toBe('DENY')
})

test('in Chromium no page breaks its own policy, and a script slipped into a page does not run', async () => {
  const context = await browser.newContext()
  // Init scripts come through the DevTools protocol, outside the page's policy: they only listen.
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = [])
    document.addEventListener('securitypolicyviolation', event =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  const page = await context.newPage()
  for (const { kind, path } of PAGE_KINDS) {
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), kind).toEqual([])
  }
  await page.goto(`${site.url}${FLAGSHIP}`, { waitUntil: 'networkidle' })
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.body.append(script)
    const handler = document.createElement('img')
    handler.setAttribute('onerror', 'window.injected = true')
    handler.src = '/no-such-image.png'
    document.body.append(handler)
    await new Promise(resolve => setTimeout(resolve, 300))
    return (window as unknown as { injected?: boolean }).injected ?? false
  })
  expect(ran).toBe(false)
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations.length)).toBe(2)
  await context.close()
})

test('/healthz says the process is up and /readyz that the content backend answers', async () => {
  const health = await fetch(`${site.url}/healthz`)
  expect([health.status, await health.text(), health.headers.get('cache-control')]).toEqual([200, 'ok', 'no-store'])
  const ready = await fetch(`${site.url}/readyz`)
  expect([ready.status, await ready.text()]).toEqual([200, 'ready'])
})

test('on SIGTERM the server finishes the request in flight, closes idle connections and exits 0', async () => {
  const own = await startSite()
  const agent = new Agent({ keepAlive: true })
  const get = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      httpRequest(`${own.url}${path}`, { agent }, response => {
        let body = ''
        response.on('data', chunk => (body += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
        .on('error', reject)
        .end()
    })
  await get('/healthz') // leaves an idle keep-alive connection open
  // A share image is drawn on the first request (tens of milliseconds): the signal arrives while it is drawn.
  const html = await (await fetch(`${own.url}/services`)).text()
  const image = new URL(/property="og:image" content="([^"]+)"/.exec(html)![1]!).pathname
  const inFlight = get(image)
  await new Promise(resolve => setTimeout(resolve, 5))
  const started = Date.now()
  const code = await own.stop()
  expect(code).toBe(0)
  expect(Date.now() - started).toBeLessThan(3_000)
  expect((await inFlight).status).toBe(200)
  agent.destroy()
})
