// Load and a long run, with wrk (Debian's package; `.ci/run` installs it): 60 s at 100 connections on the
// flagship article, then 100,000 requests over a thousand distinct addresses with a small page cache,
// after which the process's resident memory must be within the cache's bound plus a stated margin.
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, test } from 'vitest'

import { loadToolsMissing, parseWrk } from '../../scripts/load-bench'
import { startSite } from '../helpers/server'

const run = promisify(execFile)
const FLAGSHIP = '/blog/ketamine-ketamine-assisted-psychotherapy'

function needWrk() {
  const missing = loadToolsMissing()
  if (missing) throw new Error(missing)
}

const residentMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024

test('60 s at 100 connections on an article: no error, no 5xx, no timeout', async () => {
  needWrk()
  const site = await startSite({}, { keepOutput: false })
  try {
    const { stdout } = await run('wrk', ['-t2', '-c100', '-d60s', '--timeout', '5s', '--latency', site.url + FLAGSHIP])
    const result = parseWrk(stdout)
    console.log(
      `load: ${result.requestsPerSecond.toFixed(0)} requests/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms over 60 s at 100 connections`,
    )
    expect(stdout).not.toContain('Non-2xx or 3xx responses')
    expect([result.errors, result.timeouts]).toEqual([0, 0])
    expect(result.requestsPerSecond).toBeGreaterThan(0)
  } finally {
    await site.stop()
  }
}, 120_000)

test('after 100,000 requests over changing addresses, memory stays within the page cache’s bound plus 128 MB', async () => {
  needWrk()
  const CACHE_MB = 2
  // V8's heap is capped, as in a container: a leak would then end in an out-of-memory crash, not in slow
  // growth. The margin covers that heap, the young generation, the code and zlib's buffers.
  const HEAP_MB = 96
  const MARGIN_MB = 128
  const site = await startSite(
    { PAGE_CACHE_MB: String(CACHE_MB), NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` },
    { keepOutput: false },
  )
  try {
    for (let i = 0; i < 20; i++) await (await fetch(`${site.url}/blog?page=${(i % 2) + 1}`)).text()
    const before = residentMb(site.pid)
    // Each thread moves to another address (the index's two pages under other keys) every thousand
    // requests: a render, then hits. A hundred such pages do not fit in 2 MB, so the cache evicts.
    const dir = mkdtempSync(path.join(tmpdir(), 'wmb-wrk-'))
    const script = path.join(dir, 'spread.lua')
    writeFileSync(
      script,
      `local n = 0
request = function()
  n = n + 1
  local v = math.floor(n / 1000) % 1000
  return wrk.format("GET", "/blog?page=" .. (v % 2 + 1) .. "&v=" .. v)
end
`,
    )
    let total = 0
    const rounds: string[] = []
    while (total < 100_000) {
      const { stdout } = await run('wrk', ['-t2', '-c50', '-d10s', '-s', script, site.url])
      const done = Number(/(\d+) requests in/.exec(stdout)?.[1] ?? 0)
      expect(stdout).not.toContain('Non-2xx or 3xx responses')
      total += done
      rounds.push(`${done} requests`)
    }
    const after = residentMb(site.pid)
    console.log(
      `memory: ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after ${total} requests (${rounds.join(', ')}); bound ${CACHE_MB} + ${MARGIN_MB} MB`,
    )
    expect(after - before).toBeLessThan(CACHE_MB + MARGIN_MB)
    expect((await fetch(`${site.url}/healthz`)).status).toBe(200)
  } finally {
    await site.stop()
  }
}, 170_000)
