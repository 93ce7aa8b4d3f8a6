// The revalidation webhook over HTTP, as an attacker would call it: forged, replayed, unsigned, malformed
// and oversized calls are all 401 and drop nothing (the cached article stays a page-cache hit).
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { startSite, type RunningSite } from '../helpers/server'

const SECRET = 'a-webhook-secret-of-some-length'
const FLAGSHIP = '/blog/ketamine-ketamine-assisted-psychotherapy'
let site: RunningSite

beforeAll(async () => {
  site = await startSite({ SANITY_WEBHOOK_SECRET: SECRET })
})
afterAll(() => site?.stop())

const state = async () => (await fetch(`${site.url}${FLAGSHIP}`)).headers.get('x-cache')

test('forged, replayed, unsigned, malformed and oversized webhook calls are 401 and change nothing', async () => {
  await expect.poll(state).toBe('hit')
  const body = JSON.stringify({ _id: 'post-ketamine-assisted-psychotherapy', _type: 'post' })
  const calls: Array<[string, RequestInit]> = [
    ['unsigned', { body }],
    [
      'forged',
      { body, headers: { [SIGNATURE_HEADER_NAME]: 't=1700000000000,v1=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } },
    ],
    [
      'wrong secret',
      {
        body,
        headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), 'another-secret-entirely') },
      },
    ],
    [
      'replayed',
      {
        body,
        headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now() - 10 * 60_000, SECRET) },
      },
    ],
    ['garbled header', { body, headers: { [SIGNATURE_HEADER_NAME]: 'v1=,t=,,,' } }],
    [
      'body changed after signing',
      {
        body: body.replace('post-', 'xpost-'),
        headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET) },
      },
    ],
    ['oversized', { body: 'x'.repeat(2_000_000), headers: { [SIGNATURE_HEADER_NAME]: 't=1,v1=x' } }],
  ]
  for (const [name, init] of calls) {
    const response = await fetch(`${site.url}/api/revalidate`, { method: 'POST', ...init })
    expect(response.status, name).toBe(401)
  }
  expect(await state()).toBe('hit')
  // The same call, signed with the secret: accepted, and the article is rendered afresh.
  const signed = await fetch(`${site.url}/api/revalidate`, {
    method: 'POST',
    body,
    headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET) },
  })
  expect(signed.status).toBe(200)
  expect(await state()).toBeNull()
})
