// The load figures of `npm run bench` (issue #7): nginx serving an article's HTML as a static file beside
// the app serving the same article from its page cache, rendered (page cache off, query cache warm) and
// cold; one process and one per core. wrk for 10 s at 50 connections each. Needs Debian's nginx and wrk
// (`apt-get install -y nginx wrk`): the script says so and skips this part when they are missing.
import { execFile, spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { freePort, startSite } from '../tests/helpers/server.ts'

export interface WrkResult {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  timeouts: number
}

const execFileAsync = promisify(execFile)
// The servers' access logs are read and dropped: keeping them would cost the benchmark's own process.
const QUIET = { keepOutput: false }

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

/** Why the load figures cannot be taken here, or null. */
export function loadToolsMissing(): string | null {
  const missing = ['nginx', 'wrk'].filter(tool => !has(tool))
  return missing.length
    ? `${missing.join(' and ')} not found: install with \`apt-get install -y nginx wrk\` (Debian) to get the load figures`
    : null
}

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value)
  if (!match) return Number.NaN
  const n = Number(match[1])
  return match[2] === 'us' ? n / 1000 : match[2] === 'ms' ? n : match[2] === 's' ? n * 1000 : n * 60_000
}

export function parseWrk(output: string): WrkResult {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]
  const p50 = /^\s+50%\s+(\S+)/m.exec(output)?.[1]
  const p99 = /^\s+99%\s+(\S+)/m.exec(output)?.[1]
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1]
  if (!rps || !p50 || !p99) throw new Error(`Could not read wrk's output:\n${output}`)
  return {
    requestsPerSecond: Number(rps),
    p50Ms: toMs(p50),
    p99Ms: toMs(p99),
    errors: (socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0) + Number(non2xx ?? 0),
    timeouts: socket ? Number(socket[4]) : 0,
  }
}

// Run without blocking the event loop: a blocked loop would leave this process's own idle connections to
// the servers unattended, and the next fetch would reuse one that the server has closed.
export async function wrk(url: string, { seconds = 10, connections = 50, threads = 2 } = {}): Promise<WrkResult> {
  const { stdout } = await execFileAsync(
    'wrk',
    [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--timeout', '5s', '--latency', url],
    { encoding: 'utf8' },
  )
  return parseWrk(stdout)
}

/** nginx with one worker, on loopback, serving `html` as a static file at every path. */
export async function startNginx(html: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'wmb-nginx-'))
  writeFileSync(path.join(root, 'article.html'), html)
  chmodSync(root, 0o755) // nginx's workers run as another user when started by root
  chmodSync(path.join(root, 'article.html'), 0o644)
  const port = await freePort()
  const conf = path.join(root, 'nginx.conf')
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${root}/nginx.pid;
error_log ${root}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${root}/body; proxy_temp_path ${root}/proxy; fastcgi_temp_path ${root}/fastcgi;
  uwsgi_temp_path ${root}/uwsgi; scgi_temp_path ${root}/scgi;
  types { text/html html; }
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files /article.html =404; }
  }
}
`,
  )
  const child = spawn('nginx', ['-c', conf, '-p', root], { stdio: 'ignore' })
  let serving = false
  for (let i = 0; i < 100 && !serving; i++) {
    serving = await fetch(`http://127.0.0.1:${port}/`).then(
      response => response.ok,
      () => false,
    )
    if (!serving) await new Promise(resolve => setTimeout(resolve, 50))
  }
  if (!serving) throw new Error(`nginx did not serve the article: see ${root}/error.log`)
  return {
    url: `http://127.0.0.1:${port}/blog/article`,
    stop: () =>
      new Promise<void>(resolve => {
        child.once('exit', () => resolve())
        child.kill('SIGQUIT')
      }),
  }
}

export interface LoadFigures {
  nginx: WrkResult
  cached: WrkResult
  rendered: WrkResult
  clusterCached: WrkResult
  clusterRendered: WrkResult
  coldFirstRequestMs: number[]
  processes: number
}

const waitForHit = async (url: string) => {
  for (let i = 0; i < 100; i++) {
    if ((await fetch(url)).headers.get('x-cache') === 'hit') return
    await new Promise(resolve => setTimeout(resolve, 20))
  }
  throw new Error(`${url} never came from the page cache`)
}

export async function measureLoad(articlePath: string): Promise<LoadFigures> {
  const processes = cpus().length
  const single = await startSite({}, QUIET)
  const html = await (await fetch(single.url + articlePath)).text()
  const nginx = await startNginx(html)
  try {
    const nginxFigure = await wrk(nginx.url)
    await waitForHit(single.url + articlePath)
    const cached = await wrk(single.url + articlePath)
    await single.stop()
    const uncachedSite = await startSite({ PAGE_CACHE_MB: '0' }, QUIET)
    await fetch(uncachedSite.url + articlePath) // the query cache warm
    const rendered = await wrk(uncachedSite.url + articlePath)
    await uncachedSite.stop()

    const coldFirstRequestMs: number[] = []
    for (let i = 0; i < 5; i++) {
      const fresh = await startSite({}, QUIET)
      const start = performance.now()
      await (await fetch(fresh.url + articlePath)).text()
      coldFirstRequestMs.push(performance.now() - start)
      await fresh.stop()
    }

    const cluster = await startSite({ WEB_CONCURRENCY: String(processes) }, QUIET)
    for (let i = 0; i < processes * 20; i++) await fetch(cluster.url + articlePath)
    const clusterCached = await wrk(cluster.url + articlePath)
    await cluster.stop()
    const clusterUncached = await startSite({ WEB_CONCURRENCY: String(processes), PAGE_CACHE_MB: '0' }, QUIET)
    for (let i = 0; i < processes * 5; i++) await fetch(clusterUncached.url + articlePath)
    const clusterRendered = await wrk(clusterUncached.url + articlePath)
    await clusterUncached.stop()
    return {
      nginx: nginxFigure,
      cached,
      rendered,
      clusterCached,
      clusterRendered,
      coldFirstRequestMs,
      processes,
    }
  } finally {
    await nginx.stop()
  }
}
