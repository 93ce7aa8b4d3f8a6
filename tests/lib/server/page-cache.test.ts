import { createServer, request as httpRequest, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterEach, expect, test } from 'vitest'

import { createInvalidation } from '~/lib/invalidation'
import { chooseEncoding, createPageCache, type PageCache } from '~/lib/server/page-cache'

const html = (text: string) => Buffer.from(`<!DOCTYPE html><html><body>${text.repeat(50)}</body></html>`)
const publicHeaders = new Headers({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=0' })

function setup(maxBytes?: number) {
  const invalidation = createInvalidation()
  const cache = createPageCache({ invalidation, ...(maxBytes === undefined ? {} : { maxBytes }) })
  const store = (key: string, text: string, tags: string[], generation = cache.generation) =>
    cache.offer({
      key,
      html: html(text),
      headers: publicHeaders,
      etag: `W/"${text}"`,
      nonce: 'n0nce',
      tags,
      generation,
    })
  return { invalidation, cache, store }
}

const servers: Array<ReturnType<typeof createServer>> = []
afterEach(() => servers.splice(0).forEach(server => server.close()))

/** A server that answers from the cache, or 599 when the cache has nothing. */
async function serveFrom(cache: PageCache, options?: { staleOk?: boolean }) {
  const server = createServer((request, response) => {
    if (cache.serve(request, response, options) === null) response.writeHead(599).end()
  })
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      httpRequest({ port, path, headers: { host: 'wmb.test', ...headers } }, response => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        )
      })
        .on('error', reject)
        .end()
    })
}

test('a stored page is answered in the encoding the reader accepts, each decoding to the same page', async () => {
  const { cache, store } = setup()
  await store('wmb.test/blog/sleep', 'Sleep ', ['doc:sleep'])
  const get = await serveFrom(cache)
  const br = await get('/blog/sleep', { 'accept-encoding': 'gzip, deflate, br' })
  const gz = await get('/blog/sleep', { 'accept-encoding': 'gzip' })
  const plain = await get('/blog/sleep')
  expect([br.headers['content-encoding'], gz.headers['content-encoding'], plain.headers['content-encoding']]).toEqual([
    'br',
    'gzip',
    undefined,
  ])
  expect(brotliDecompressSync(br.body)).toEqual(html('Sleep '))
  expect(gunzipSync(gz.body)).toEqual(html('Sleep '))
  expect(plain.body).toEqual(html('Sleep '))
  expect(br.body.length).toBeLessThan(plain.body.length / 5)
  expect(br.headers.vary).toBe('Accept-Encoding')
  expect(br.headers['x-cache']).toBe('hit')
  expect(br.headers['content-security-policy']).toContain("'nonce-n0nce'")
})

test('a reader holding the version gets a 304, without a policy that would replace her copy’s', async () => {
  const { cache, store } = setup()
  await store('wmb.test/blog/sleep', 'Sleep ', [])
  const get = await serveFrom(cache)
  const response = await get('/blog/sleep', { 'if-none-match': 'W/"Sleep "' })
  expect(response.status).toBe(304)
  expect(response.body.length).toBe(0)
  expect(response.headers['content-security-policy']).toBeUndefined()
  expect(response.headers.etag).toBe('W/"Sleep "')
})

test('tracking parameters share the page; any other parameter, the host and a preview session do not', () => {
  const { cache } = setup()
  const key = (url: string, headers: Record<string, string> = {}) =>
    cache.keyOf({ method: 'GET', url, headers: { host: 'wmb.test', ...headers } } as unknown as IncomingMessage)
  expect(key('/blog/sleep?utm_source=news&fbclid=x&gclid=y')).toBe(key('/blog/sleep'))
  expect(key('/blog?utm_medium=mail&page=2')).toBe(key('/blog?page=2'))
  expect(key('/blog?page=2')).not.toBe(key('/blog'))
  expect(key('/blog?b=1&a=2')).toBe(key('/blog?a=2&b=1'))
  expect(key('/blog', { host: 'other.test' })).not.toBe(key('/blog'))
  expect(key('/blog', { cookie: 'wmb_preview=abc' })).toBeNull()
  expect(cache.keyOf({ method: 'POST', url: '/blog', headers: {} } as unknown as IncomingMessage)).toBeNull()
})

test('an invalidation drops the pages built from what changed, and keeps them only for when the backend is down', async () => {
  const { cache, store, invalidation } = setup()
  await store('wmb.test/blog/sleep', 'Sleep ', ['doc:sleep', 'doc:author'])
  await store('wmb.test/blog/worry', 'Worry ', ['doc:worry'])
  invalidation.invalidate(['doc:author'])
  const fresh = await serveFrom(cache)
  expect((await fresh('/blog/sleep')).status).toBe(599)
  expect((await fresh('/blog/worry')).status).toBe(200)
  const duringOutage = await serveFrom(cache, { staleOk: true })
  const stale = await duringOutage('/blog/sleep')
  expect([stale.status, stale.headers['x-cache']]).toEqual([200, 'stale'])
})

test('a page rendered across an invalidation is not kept: it may show the old version', async () => {
  const { cache, store, invalidation } = setup()
  const began = cache.generation
  invalidation.invalidate(['doc:sleep'])
  await store('wmb.test/blog/sleep', 'Old sleep ', ['doc:sleep'], began)
  expect(cache.stats().entries).toBe(0)
})

test('the cache stays within its bound in bytes, dropping the least recently read page first', async () => {
  const { cache, store } = setup(3_000)
  await store('wmb.test/a', 'Aaaa ', [])
  const one = cache.stats().bytes
  await store('wmb.test/b', 'Bbbb ', [])
  const get = await serveFrom(cache)
  await get('/a') // now b is the least recently read
  const room = Math.floor(3_000 / one)
  for (let i = 0; i < room; i++) await store(`wmb.test/c${i}`, `C${i}cc `, [])
  expect(cache.stats().bytes).toBeLessThanOrEqual(3_000)
  expect((await get('/b')).status).toBe(599)
  expect((await get(`/c${room - 1}`)).status).toBe(200)
})

test('encodings are chosen as Accept-Encoding asks, q=0 included', () => {
  expect(chooseEncoding('gzip, deflate, br')).toBe('br')
  expect(chooseEncoding('br;q=0, gzip')).toBe('gzip')
  expect(chooseEncoding('identity')).toBe('identity')
  expect(chooseEncoding('*')).toBe('br')
  expect(chooseEncoding(undefined)).toBe('identity')
})
