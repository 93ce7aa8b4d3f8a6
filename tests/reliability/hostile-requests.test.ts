// 10,000 generated requests that a scanner or a broken client would send: bad percent-encoding, overlong
// paths, traversal, null bytes, mixed unicode, odd query strings, huge headers. None may be a 5xx or
// crash the process.
import { afterAll, beforeAll, expect, test } from 'vitest'

import { rawRequest } from '../helpers/raw-http'
import { startSite, type RunningSite } from '../helpers/server'

let site: RunningSite
beforeAll(async () => {
  site = await startSite()
})
afterAll(() => site?.stop())

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state / 2 ** 31
  }
}

const BASES = [
  '/',
  '/blog',
  '/blog/self-care',
  '/authors/elizabeth-miller',
  '/topics/anxiety',
  '/services',
  '/images/local/production/x.png',
  '/share-images/blog/self-care/abc.png',
  '/build/',
  '/api/revalidate',
  '/api/preview',
  '/rss.xml',
  '/sitemap.xml',
  '/no-such-page',
  '/search',
  '/opensearch.xml',
  '/blog/self-care/references.bib',
]
const PIECES = [
  '%',
  '%Z',
  '%E0%A4%A',
  '%00',
  '%C0%AF',
  '%2e%2e%2f',
  '..',
  '../../etc/passwd',
  '\u00e9',
  '\u2603',
  '\ud83d\ude00',
  '\u202e',
  '<script>',
  '"\'',
  '\\',
  '//',
  ';',
  '?',
  '#',
  '%FF%FE',
  'ｆｕｌｌ',
  '\u0301',
]
const QUERIES = [
  'page=%ZZ',
  'page=-1',
  'page=0',
  'page=1e309',
  'page=99999999999999999999',
  'page=2&page=3',
  'q=%00',
  'q=%ED%A0%80',
  'q=%ZZ',
  `q=${'k'.repeat(5000)}`,
  'q=ketamin&page=99999',
  'q=%3Cscript%3E&page=2',
  'q=%EF%BD%8B%EF%BD%85%EF%BD%94',
  'utm_source=%E2%28',
  'a',
  '=&=&=',
  'to=//evil.example',
  'secret=',
  '_data=routes%2Froot',
  '_data=routes/blog.$slug',
]

function generate(count: number): Array<{ target: string; headers?: string }> {
  const next = random(7)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!
  const requests: Array<{ target: string; headers?: string }> = []
  for (let i = 0; i < count; i++) {
    const kind = i % 10
    let target = pick(BASES)
    const pieces = 1 + Math.floor(next() * 4)
    for (let p = 0; p < pieces; p++) target += (next() < 0.5 ? '/' : '') + pick(PIECES)
    if (next() < 0.5) target += `?${pick(QUERIES)}`
    if (kind === 0) target = `/blog/${'a'.repeat(1000 + Math.floor(next() * 20_000))}` // overlong
    if (kind === 1) target = `/${'%41'.repeat(2000)}?${'x='.repeat(2000)}`
    // Raw bytes: unicode as UTF-8, sent as is (rawRequest writes latin1 of the UTF-8 bytes).
    target = Buffer.from(target, 'utf8')
      .toString('latin1')
      .replace(/[\r\n ]/g, '')
    const headers =
      kind === 2
        ? `X-Big: ${'b'.repeat(20_000 + Math.floor(next() * 80_000))}\r\n`
        : kind === 3
          ? `Cookie: wmb_preview=${'%'.repeat(500)}\r\nIf-None-Match: ${'"x",'.repeat(200)}\r\nAccept-Encoding: ${'br;q=x,'.repeat(100)}\r\n`
          : ''
    requests.push({ target, headers })
  }
  return requests
}

test('10,000 hostile requests: none is a 5xx, and the process is still up and serving', async () => {
  const port = Number(new URL(site.url).port)
  const requests = generate(10_000)
  const statuses = new Map<number, number>()
  const serverErrors: string[] = []
  let index = 0
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (index < requests.length) {
        const { target, headers } = requests[index++]!
        const status = await rawRequest(port, target, headers)
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
        if (status >= 500) serverErrors.push(`${status} ${target.slice(0, 120)}`)
      }
    }),
  )
  console.log('statuses:', Object.fromEntries(statuses))
  expect(serverErrors.slice(0, 20)).toEqual([])
  expect((await fetch(`${site.url}/healthz`)).status).toBe(200)
  expect((await fetch(`${site.url}/blog/self-care`)).status).toBe(200)
  expect(site.output()).not.toMatch(/Unhandled|uncaughtException|FATAL/)
})
