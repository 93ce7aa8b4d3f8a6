// Looking a DOI up on doi.org, against a local stand-in that answers as doi.org does: a 302 to the registration
// agency, whose answer is CSL-JSON when asked for it. No test reaches the network.
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { lookUpDoi } from '../references/doi-lookup'

const FIXTURES = new URL('../../tests/fixtures/references/doi-org/', import.meta.url)
const SLOW_DOI = '10.5555/slow'
const HTML_DOI = '10.5555/landing-page'
const CSL_JSON = 'application/vnd.citationstyles.csl+json'

const answers = new Map(
  readdirSync(FIXTURES).map(name => [
    name.replace(/\.json$/, '').replace('_', '/'),
    readFileSync(new URL(name, FIXTURES), 'utf8'),
  ]),
)
const requests: Array<{ url: string; headers: IncomingHttpHeaders }> = []
let server: Server
let origin: string

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers })
    const url = new URL(request.url ?? '/', 'http://localhost')
    const agency = /^\/agency\/works\/(.+)\/transform$/.exec(url.pathname)
    if (!agency) {
      const doi = decodeURIComponent(url.pathname.slice(1))
      if (!answers.has(doi) && doi !== SLOW_DOI && doi !== HTML_DOI) return response.writeHead(404).end('DOI Not Found')
      return response.writeHead(302, { Location: `/agency/works/${encodeURIComponent(doi)}/transform` }).end()
    }
    const doi = decodeURIComponent(agency[1] ?? '')
    if (doi === SLOW_DOI) return void setTimeout(() => response.writeHead(200).end('{}'), 2_000)
    if (doi === HTML_DOI || request.headers.accept !== CSL_JSON)
      return response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>The article</html>')
    response.writeHead(200, { 'Content-Type': CSL_JSON }).end(answers.get(doi))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

// The dataset's citation document with this DOI, without _id, _type, _key or other system field.
function datasetCitation(doi: string) {
  const line = readFileSync(new URL('../../content/production.ndjson', import.meta.url), 'utf8')
    .split('\n')
    .find(text => text.includes('"_type":"citation"') && text.includes(`"doi":"${doi}"`))
  const { authors, ...fields } = withoutSystemFields(JSON.parse(line ?? '{}'))
  return { ...fields, authors: (authors as object[]).map(withoutSystemFields) }
}

function withoutSystemFields(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('_')))
}

test('the ten flagship DOIs give the dataset’s fields, with nothing to check', async () => {
  expect(answers.size).toBe(10)
  for (const doi of answers.keys()) {
    const lookup = await lookUpDoi(doi, { origin })
    expect(lookup, doi).toEqual({ ok: true, fields: datasetCitation(doi), notes: [] })
  }
})

test('it asks for CSL-JSON and follows doi.org’s redirect to the registration agency', async () => {
  requests.length = 0
  const lookup = await lookUpDoi('https://doi.org/10.1097/ALN.0b013e3181ed09a2', { origin })
  expect(lookup.ok).toBe(true)
  expect(requests.map(request => request.url)).toEqual([
    '/10.1097/ALN.0b013e3181ed09a2',
    '/agency/works/10.1097%2FALN.0b013e3181ed09a2/transform',
  ])
  for (const request of requests) expect(request.headers.accept).toBe(CSL_JSON)
})

test('a DOI doi.org does not know says so, naming the DOI', async () => {
  expect(await lookUpDoi('10.1097/nothing.here', { origin })).toEqual({
    ok: false,
    reason: 'not-found',
    message: "doi.org does not know the DOI 10.1097/nothing.here: check it against the article's page.",
  })
})

test('with doi.org out of reach, it says the Studio may be offline', async () => {
  const closed = createServer()
  await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
  const port = (closed.address() as AddressInfo).port
  await new Promise(resolve => closed.close(resolve))
  expect(await lookUpDoi('10.1097/ALN.0b013e3181ed09a2', { origin: `http://127.0.0.1:${port}` })).toEqual({
    ok: false,
    reason: 'offline',
    message: 'The Studio could not reach doi.org: you may be offline. Fill in the fields by hand, or try again later.',
  })
})

test('a slow answer is given up after the timeout, as offline', async () => {
  const started = Date.now()
  const lookup = await lookUpDoi(SLOW_DOI, { origin, timeoutMs: 200 })
  expect(lookup).toMatchObject({
    ok: false,
    reason: 'offline',
    message: expect.stringMatching(/could not reach doi\.org/),
  })
  expect(Date.now() - started).toBeLessThan(1_500)
})

test('an answer that is not CSL-JSON, or a server error, is named for what it is', async () => {
  expect(await lookUpDoi(HTML_DOI, { origin })).toMatchObject({
    ok: false,
    reason: 'unreadable',
    message: expect.stringMatching(/^doi\.org found the DOI 10\.5555\/landing-page but did not send its details/),
  })
  const failing = (async () => new Response('busy', { status: 503 })) as typeof fetch
  expect(await lookUpDoi('10.1097/ALN.0b013e3181ed09a2', { fetch: failing })).toMatchObject({
    ok: false,
    reason: 'offline',
    message: expect.stringMatching(/^doi\.org could not answer just now \(error 503\)/),
  })
})

test('text that is not a DOI is not sent anywhere', async () => {
  const calls: unknown[] = []
  const record = (async (...args: unknown[]) => (calls.push(args), new Response('{}'))) as typeof fetch
  expect(await lookUpDoi('Domino and Warner 2010', { fetch: record })).toMatchObject({ ok: false, reason: 'not-found' })
  expect(calls).toEqual([])
})

test('an answer without the DOI keeps the DOI that was asked for, and drops doi.org’s address', async () => {
  const answer = {
    type: 'article-journal',
    title: 'Taming the ketamine tiger',
    URL: 'https://doi.org/10.1097/ALN.0b013e3181ed09a2',
  }
  const reply = (async () => new Response(JSON.stringify(answer))) as typeof fetch
  const lookup = await lookUpDoi('10.1097/ALN.0b013e3181ed09a2', { fetch: reply })
  expect(lookup).toMatchObject({ ok: true, fields: { doi: '10.1097/ALN.0b013e3181ed09a2' } })
  expect(lookup.ok && lookup.fields).not.toHaveProperty('url')
})
