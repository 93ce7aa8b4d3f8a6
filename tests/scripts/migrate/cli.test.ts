// The command as a person runs it, and `--lookup` against a local fake of doi.org's content negotiation.
import { spawnSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from 'vitest'

import { run } from '../../../scripts/migrate/squarespace'

const EXPORT = 'tests/fixtures/squarespace/export.xml'
const CSL = JSON.parse(readFileSync('tests/fixtures/references.csl.json', 'utf8')) as Array<Record<string, unknown>>
const offline = { fetch: () => Promise.reject(new Error('offline')) }
const tmp = (name: string) => path.join(mkdtempSync(path.join(tmpdir(), 'wmb-cli-')), name)

function npmRun(args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'migrate:squarespace', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
}

test('the command migrates the export, says what it wrote and where the report is', () => {
  const out = tmp('site.ndjson')
  const result = npmRun([EXPORT, '--out', out, '--images-from', 'tests/fixtures/squarespace/cdn'])
  expect(result.status, result.stderr).toBe(0)
  expect(result.stdout).toMatch(/new documents\./)
  expect(result.stdout).toMatch(
    /posts 5, pages 1, references 12 new \/ 0 reused \(1 unsure\), citations 12 linked \/ 1 left as typed/,
  )
  expect(result.stdout).toMatch(/skipped: line \d+, “wp:post_id 11”: it has no title/)
  expect(result.stdout).toContain('migration-report.md')
  expect(result.stdout).toContain(`Serve it: CONTENT_DATASET=`)
})

test.each([
  [[], /^Usage: npm run migrate:squarespace -- <export.xml>/],
  [['--frobnicate', EXPORT], /Unknown option '--frobnicate'/],
  [['no-such-export.xml'], /No such file: .*no-such-export\.xml/],
  [['tests/fixtures/squarespace/not-wxr.xml'], /not a Squarespace \(WordPress WXR\) export/],
  [['tests/fixtures/squarespace/cut-short.xml'], /is cut short: it ends inside/],
])('%j stops saying what is wrong', async (args, message) => {
  await expect(run({ args: args as string[], log: () => {}, images: offline })).rejects.toThrow(message)
})

test('a wrong call exits 2, a file that is not an export exits 1, each with a message and no stack trace', () => {
  const usage = npmRun([])
  expect(usage.status).toBe(2)
  expect(usage.stderr.trim()).toMatch(/^Usage: npm run migrate:squarespace/)
  const notExport = npmRun(['tests/fixtures/squarespace/not-xml.xml'])
  expect(notExport.status).toBe(1)
  expect(notExport.stderr).toMatch(
    /not-xml\.xml is XML but not a Squarespace export|not-xml\.xml is not well-formed XML/,
  )
  for (const result of [usage, notExport]) expect(result.stderr).not.toMatch(/\n\s+at /)
})

test('progress names each item and its line, when asked for (the command asks on a terminal)', async () => {
  const lines: string[] = []
  await run({
    args: [EXPORT, '--out', tmp('p.ndjson')],
    log: () => {},
    progress: line => lines.push(line),
    images: offline,
  })
  expect(lines).toHaveLength(9)
  expect(lines[4]).toMatch(/^\[5\/9\] post “Ketamine \+ Ketamine Assisted Psychotherapy” \(line \d+\)$/)
})

// A fake of https://doi.org: CSL-JSON for the ten bundled references, one of them with a different year and
// one with the pages the typed line left out; 404 for anything else.
let doiOrg: Server
let origin = ''
beforeAll(async () => {
  doiOrg = createServer((request, response) => {
    const doi = decodeURIComponent((request.url ?? '/').slice(1)).toLowerCase()
    const item = CSL.find(entry => String(entry.DOI).toLowerCase() === doi)
    if (!item || !/citationstyles\.csl\+json/.test(request.headers.accept ?? ''))
      return void response.writeHead(404).end()
    const changed =
      item.id === 'israel2021'
        ? { ...item, page: '25535' }
        : item.id === 'wu2021'
          ? { ...item, issued: { 'date-parts': [[2020]] } }
          : item
    response.writeHead(200, { 'content-type': 'application/vnd.citationstyles.csl+json' }).end(JSON.stringify(changed))
  })
  await new Promise<void>(resolve => doiOrg.listen(0, '127.0.0.1', resolve))
  const address = doiOrg.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(() => new Promise<void>(resolve => doiOrg.close(() => resolve())))

test('--lookup fills what the typed line left out and lists where doi.org disagrees, never overwriting', async () => {
  const out = tmp('lookup.ndjson')
  const { lookups, result, reportFile } = await run({
    args: [EXPORT, '--out', out, '--lookup'],
    log: () => {},
    images: offline,
    lookup: { origin },
  })
  expect(lookups?.offline).toBe(false)
  expect(lookups?.checked).toBe(10) // the ten known DOIs; Hofmann's is unknown to the fake
  const israel = result.documents.find(doc => String(doc.doi) === '10.52965/001c.25535')
  expect(israel?.pages).toBe('25535')
  const wu = result.documents.find(doc => String(doc.doi) === '10.1016/j.biopsych.2021.03.014')
  expect(wu?.year).toBe(2021) // as typed
  expect(lookups?.differences).toContainEqual(`${wu?._id}: year is 2021, doi.org says 2020`)
  expect(lookups?.differences.some(line => line.includes('doi.org answered 404 for 10.1037/a0018555'))).toBe(true)
  expect(readFileSync(reportFile, 'utf8')).toContain(
    `- [ ] Differs from doi.org: ${wu?._id}: year is 2021, doi.org says 2020`,
  )
})

test('--lookup without the network says so and migrates all the same', async () => {
  const { lookups, result } = await run({
    args: [EXPORT, '--out', tmp('offline.ndjson'), '--lookup'],
    log: () => {},
    images: offline,
    lookup: { fetch: offline.fetch as unknown as typeof fetch },
  })
  expect(lookups).toMatchObject({ offline: true, checked: 0 })
  expect(result.report.posts).toHaveLength(5)
})
