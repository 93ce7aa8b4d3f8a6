import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { expect, test } from 'vitest'

import { createQueryCache } from '~/lib/content/cache.server'
import { createContentService } from '~/lib/content/content.server'
import { createLocalSource } from '~/lib/content/source.server'
import { createInvalidation } from '~/lib/invalidation'
import { createWebhook } from '~/lib/invalidation/webhook.server'

import { author, post } from '../../helpers/documents'

const SECRET = 'a-webhook-secret-of-some-length'
const DOCS = [author(), post('c', '2024-03-01T00:00:00Z'), post('b', '2024-02-01T00:00:00Z')]

function setupHook(options: { secret?: string | null; now?: () => number } = {}) {
  const source = createLocalSource(DOCS)
  const invalidation = createInvalidation()
  const content = createContentService({ source, cache: createQueryCache(invalidation) })
  let cdnBypassed = 0
  const webhook = createWebhook({
    secret: options.secret === undefined ? SECRET : options.secret,
    content,
    invalidation,
    onValidCall: () => cdnBypassed++,
    now: options.now,
  })
  // Sanity has the new version; this process still has the old one cached.
  const publishTitle = (title: string) => source.replace(DOCS.map(doc => (doc._id === 'b' ? { ...doc, title } : doc)))
  return { webhook, content, publishTitle, cdnBypassed: () => cdnBypassed }
}

async function signedRequest(body: string, { secret = SECRET, at = Date.now(), headers = {} } = {}) {
  return new Request('http://localhost/api/revalidate', {
    method: 'POST',
    body,
    headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, at, secret), ...headers },
  })
}

test('a validly signed call drops what the document shows and says what it dropped', async () => {
  const { webhook, content, publishTitle, cdnBypassed } = setupHook()
  await content.getPost('b')
  await content.getPost('c')
  publishTitle('Fresh b')
  const response = await webhook.handle(await signedRequest(JSON.stringify({ _id: 'b', _type: 'post' })))
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ dropped: ['doc:b', 'posts', 'doc:c'] })
  expect((await content.getPost('b'))?.title).toBe('Fresh b')
  expect((await content.getPost('c'))?.next?.title).toBe('Fresh b')
  expect(cdnBypassed()).toBe(1)
})

test('a forged, missing or stale signature is 401 and changes nothing', async () => {
  const { webhook, content, publishTitle } = setupHook()
  await content.getPost('b')
  publishTitle('Forged b')
  const body = JSON.stringify({ _id: 'b', _type: 'post' })
  const forged = await signedRequest(body, { secret: 'not-the-secret-at-all-no' })
  const unsigned = new Request('http://localhost/api/revalidate', { method: 'POST', body })
  const replayed = await signedRequest(body, { at: Date.now() - 6 * 60_000 })
  const garbled = new Request('http://localhost/api/revalidate', {
    method: 'POST',
    body,
    headers: { [SIGNATURE_HEADER_NAME]: 't=abc,v1=nope' },
  })
  for (const request of [forged, unsigned, replayed, garbled]) expect((await webhook.handle(request)).status).toBe(401)
  expect((await webhook.handle(new Request('http://localhost/api/revalidate'))).status).toBe(401)
  expect((await content.getPost('b'))?.title).toBe('Post b')
})

test('a signature made for another body is refused', async () => {
  const { webhook } = setupHook()
  const signed = await signedRequest(JSON.stringify({ _id: 'c', _type: 'post' }))
  const tampered = new Request(signed.url, {
    method: 'POST',
    headers: signed.headers,
    body: '{"_id":"b","_type":"post"}',
  })
  expect((await webhook.handle(tampered)).status).toBe(401)
})

test('without SANITY_WEBHOOK_SECRET every call is refused', async () => {
  const { webhook } = setupHook({ secret: null })
  expect((await webhook.handle(await signedRequest('{"_id":"b","_type":"post"}'))).status).toBe(401)
})

test('a valid signature over a body that is not JSON, or has no _id, is 400', async () => {
  const { webhook } = setupHook()
  const notJson = await webhook.handle(await signedRequest('not json'))
  expect(notJson.status).toBe(400)
  expect((await notJson.json()).error).toMatch(/not JSON/)
  expect((await webhook.handle(await signedRequest('{"title":"x"}'))).status).toBe(400)
})

test('a repeated idempotency-key is answered without doing the work again', async () => {
  const { webhook, cdnBypassed } = setupHook()
  const body = JSON.stringify({ _id: 'b', _type: 'post' })
  const headers = { 'idempotency-key': 'msg-1' }
  expect(await (await webhook.handle(await signedRequest(body, { headers }))).json()).toMatchObject({
    dropped: ['doc:b', 'posts', 'doc:c'],
  })
  expect(await (await webhook.handle(await signedRequest(body, { headers }))).json()).toEqual({
    dropped: [],
    repeated: true,
  })
  expect(cdnBypassed()).toBe(1)
})

test('settings, references and drafts drop what shows them, and only that', async () => {
  const { webhook } = setupHook()
  const dropped = async (change: object) =>
    (await (await webhook.handle(await signedRequest(JSON.stringify(change)))).json()).dropped
  expect(await dropped({ _id: 'siteSettings', _type: 'siteSettings' })).toEqual(['site'])
  expect(await dropped({ _id: 'cit-1', _type: 'citation' })).toEqual(['doc:cit-1'])
  expect(await dropped({ _id: 'author-ada', _type: 'author' })).toEqual(['doc:author-ada', 'posts', 'authors'])
  expect(await dropped({ _id: 'drafts.b', _type: 'post' })).toEqual([])
})
