// `npm run bench`: figures for the reader's path. Prints; asserts nothing (tests assert behaviour).
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

import { readDataset } from '../app/lib/content/dataset.server.ts'
import { renderShareCard } from '../app/lib/outputs/share-image.server.tsx'
import { startFakeSanityApi } from '../tests/helpers/fake-sanity-api.ts'
import { copyBundledDataset, setupBundledContent } from '../tests/helpers/bundled.ts'
import { startSite } from '../tests/helpers/server.ts'
import { loadToolsMissing, measureLoad, type WrkResult } from './load-bench.ts'
import { writeBenchmarksDoc, type ScaleFigures } from './benchmarks-doc.ts'
import { generateDataset } from './generated-dataset.ts'
import { benchSearch } from './bench-search.ts'
import { createQueryCache } from '../app/lib/content/cache.server.ts'
import { createContentService } from '../app/lib/content/content.server.ts'
import { createLocalSource } from '../app/lib/content/source.server.ts'
import { createInvalidation } from '../app/lib/invalidation/index.ts'

const FLAGSHIP = '/blog/ketamine-ketamine-assisted-psychotherapy'
const NEWER = '/blog/tips-for-navigating-holiday-family-gatherings' // shows the flagship as Next

function summarise(name: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2)
  const mean = (samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(2)
  console.log(
    `${name.padEnd(44)} n=${String(samples.length).padStart(4)}  mean ${mean} ms  p50 ${at(0.5)} ms  p95 ${at(0.95)} ms`,
  )
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

async function benchContentLayer() {
  const { content } = setupBundledContent()
  const slugs: string[] = []
  for (let page = 1; ; page++) {
    const result = await content.listPosts(page)
    if (!result) break
    slugs.push(...result.posts.map(p => p.slug))
  }
  const getPost: number[] = []
  const listPosts: number[] = []
  for (let round = 0; round < 10; round++) {
    for (const slug of slugs) getPost.push(await time(() => content.getPost(slug)))
    listPosts.push(await time(() => content.listPosts(1)))
  }
  summarise('content: getPost (groq-js, bundled dataset)', getPost)
  summarise('content: listPosts(1)', listPosts)
  const walk = await time(async () => {
    let post = await content.getPost(slugs[0]!)
    while (post?.next) post = await content.getPost(post.next.slug)
  })
  console.log(`${'content: Next walk over all posts'.padEnd(44)} ${slugs.length} posts in ${walk.toFixed(1)} ms`)
}

async function benchHttp() {
  const site = await startSite()
  try {
    for (const path of [FLAGSHIP, '/blog']) {
      for (let i = 0; i < 20; i++) await fetch(site.url + path).then(r => r.arrayBuffer()) // warm up
      const samples: number[] = []
      const concurrency = 4
      const perWorker = 100
      const start = performance.now()
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          for (let i = 0; i < perWorker; i++)
            samples.push(await time(() => fetch(site.url + path).then(r => r.arrayBuffer())))
        }),
      )
      const seconds = (performance.now() - start) / 1000
      summarise(`http: GET ${path.length > 30 ? '/blog/<flagship>' : path} (c=${concurrency}, page cache)`, samples)
      console.log(`${''.padEnd(44)} ${(samples.length / seconds).toFixed(0)} requests/s`)
    }
  } finally {
    await site.stop()
  }
}

async function benchSharing() {
  const card = (title: string) => ({
    siteTitle: 'Well Mind Body',
    title,
    byline: 'Elizabeth Miller, Ph.D., LPC-S, LMFT',
    domain: 'wellmindbody.co',
  })
  const cold = await time(() => renderShareCard(card('First card, fonts not yet loaded')))
  console.log(`${'share image: first generation (cold)'.padEnd(44)} ${cold.toFixed(1)} ms`)
  // Warm: fonts loaded, each card new (a new version to draw), so nothing comes from the cache.
  const warm: number[] = []
  for (let i = 0; i < 40; i++)
    warm.push(await time(() => renderShareCard(card(`Ketamine + Ketamine Assisted Psychotherapy, version ${i}`))))
  summarise('share image: generation (warm, uncached)', warm)

  const site = await startSite()
  try {
    const html = await (await fetch(site.url + FLAGSHIP)).text()
    const imagePath = new URL(/property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '').pathname
    for (const [name, path] of [
      ['http: GET share image (kept version)', imagePath],
      ['http: GET /rss.xml', '/rss.xml'],
      ['http: GET /atom.xml', '/atom.xml'],
      ['http: GET /sitemap.xml', '/sitemap.xml'],
    ] as const) {
      await fetch(site.url + path).then(r => r.arrayBuffer())
      const samples: number[] = []
      for (let i = 0; i < 50; i++) samples.push(await time(() => fetch(site.url + path).then(r => r.arrayBuffer())))
      summarise(name, samples)
    }
  } finally {
    await site.stop()
  }
}

// Publish-to-visible on the local backend: change a post's title in the dataset file (written whole, then moved
// over it), and poll its page and its neighbour's on every instance until all of them show it.
async function benchPublishToVisible(instances: number) {
  const original = readFileSync('content/production.ndjson', 'utf8')
  const file = copyBundledDataset('wmb-bench-', original)
  const sites = await Promise.all(Array.from({ length: instances }, () => startSite({ CONTENT_DATASET: file })))
  try {
    const samples: number[] = []
    for (let round = 1; round <= 5; round++) {
      const title = `Ketamine + Ketamine Assisted Psychotherapy (revision ${round})`
      for (const site of sites) for (const p of [FLAGSHIP, NEWER]) await fetch(site.url + p).then(r => r.text()) // cached
      const start = performance.now()
      writeFileSync(
        `${file}.tmp`,
        original.replace('"title":"Ketamine + Ketamine Assisted Psychotherapy"', `"title":"${title}"`),
      )
      renameSync(`${file}.tmp`, file)
      const shows = async (url: string) => (await (await fetch(url)).text()).includes(`(revision ${round})`)
      const waiting = sites.flatMap(site => [site.url + FLAGSHIP, site.url + NEWER])
      while (waiting.length > 0) {
        for (let i = waiting.length - 1; i >= 0; i--) if (await shows(waiting[i]!)) waiting.splice(i, 1)
        if (waiting.length > 0) await new Promise(resolve => setTimeout(resolve, 10))
      }
      samples.push(performance.now() - start)
    }
    summarise(`publish to visible (${instances} instance${instances > 1 ? 's' : ''}, page + neighbour)`, samples)
  } finally {
    await Promise.all(sites.map(site => site.stop()))
  }
}

// The same with a Sanity project (the local fake of Sanity's API): from a live event to the changed page.
async function benchLiveEventToVisible() {
  const documents = readDataset('content/production.ndjson')
  const api = await startFakeSanityApi(documents)
  const site = await startSite({ SANITY_PROJECT_ID: 'bench123', SANITY_API_HOST: api.apiHost })
  try {
    while (api.listeners() === 0) await new Promise(resolve => setTimeout(resolve, 20))
    const samples: number[] = []
    for (let round = 1; round <= 5; round++) {
      await fetch(site.url + FLAGSHIP).then(r => r.text())
      api.replace(
        documents.map(doc =>
          doc._id === 'post-ketamine-assisted-psychotherapy' ? { ...doc, title: `Ketamine (live ${round})` } : doc,
        ),
      )
      const start = performance.now()
      api.emit({ type: 'message', id: `bench-${round}`, tags: ['s1:post-ketamine-assisted-psychotherapy'] })
      while (!(await (await fetch(site.url + FLAGSHIP)).text()).includes(`Ketamine (live ${round})`))
        await new Promise(resolve => setTimeout(resolve, 5))
      samples.push(performance.now() - start)
    }
    summarise('live event to visible (fake Sanity API)', samples)
  } finally {
    await site.stop()
    await api.close()
  }
}

// The load figures: nginx beside the app, cached and rendered, one process and one per core.
async function benchLoad() {
  const missing = loadToolsMissing()
  if (missing) {
    console.log(`load: skipped, ${missing}`)
    return null
  }
  const figures = await measureLoad(FLAGSHIP)
  const row = (name: string, result: WrkResult) =>
    console.log(
      `${name.padEnd(44)} ${result.requestsPerSecond.toFixed(0).padStart(7)} requests/s  p50 ${result.p50Ms.toFixed(2)} ms  p99 ${result.p99Ms.toFixed(2)} ms  errors ${result.errors}  timeouts ${result.timeouts}`,
    )
  row('load: nginx, static file (1 worker)', figures.nginx)
  row('load: app, page cache (1 process)', figures.cached)
  row('load: app, rendered, query cache warm', figures.rendered)
  row(`load: app, page cache (${figures.processes} processes)`, figures.clusterCached)
  row(`load: app, rendered (${figures.processes} processes)`, figures.clusterRendered)
  const sorted = [...figures.coldFirstRequestMs].sort((a, b) => a - b)
  console.log(`${'load: first request of a new process (cold)'.padEnd(44)} median ${sorted[2]!.toFixed(1)} ms`)
  console.log(
    `${'load: ratio cached / nginx'.padEnd(44)} ${(figures.cached.requestsPerSecond / figures.nginx.requestsPerSecond).toFixed(2)} (goal ≥ 0.5)`,
  )
  return figures
}

// An article's data at 1,000 and 10,000 generated posts on the local backend: the post order is built once
// per dataset version; then each article is a lookup by id. Measured per article read for the first time
// (its own query cold, the order warm), in the content layer and over HTTP with the page cache off.
async function benchScale(): Promise<ScaleFigures[]> {
  const figures: ScaleFigures[] = []
  for (const posts of [1_000, 10_000]) {
    const documents = generateDataset(posts)
    const invalidation = createInvalidation()
    const content = createContentService({
      source: createLocalSource(documents),
      cache: createQueryCache(invalidation),
    })
    const orderMs = await time(() => content.getPost('generated-0'))
    const article: number[] = []
    for (let i = 1; i <= 60; i++) article.push(await time(() => content.getPost(`generated-${(i * 7919) % posts}`)))
    const index: number[] = []
    for (let page = 2; page <= 21; page++) index.push(await time(() => content.listPosts(page)))
    const file = copyBundledDataset('wmb-scale-', documents.map(doc => JSON.stringify(doc)).join('\n'))
    const site = await startSite({ CONTENT_DATASET: file, PAGE_CACHE_MB: '0' }, { keepOutput: false })
    const http: number[] = []
    const search: number[] = []
    try {
      await fetch(`${site.url}/blog/generated-0`).then(r => r.text()) // the order, once
      for (let i = 1; i <= 40; i++)
        http.push(await time(() => fetch(`${site.url}/blog/generated-${(i * 104729) % posts}`).then(r => r.text())))
      // A search over HTTP, the index built once first (as after a change): loader, render and all.
      await fetch(`${site.url}/search?q=anxiety`).then(r => r.text())
      const queries = ['anxiety', 'sleep therapy', 'anxeity', 'breat', 'grief support', 'ketamin']
      for (let i = 0; i < 30; i++)
        search.push(
          await time(() =>
            fetch(`${site.url}/search?q=${encodeURIComponent(queries[i % queries.length]!)}`).then(r => r.text()),
          ),
        )
    } finally {
      await site.stop()
    }
    const p50 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!
    const result = { posts, orderMs, articleP50Ms: p50(article), indexP50Ms: p50(index), httpP50Ms: p50(http) }
    console.log(
      `${`scale: ${posts} posts`.padEnd(44)} order once ${orderMs.toFixed(0)} ms; article data p50 ${result.articleP50Ms.toFixed(1)} ms; index page p50 ${result.indexP50Ms.toFixed(1)} ms; article over HTTP p50 ${result.httpP50Ms.toFixed(1)} ms`,
    )
    console.log(
      `${`scale: ${posts} posts, /search over HTTP`.padEnd(44)} p50 ${p50(search).toFixed(1)} ms (goal: search p50 ≤ ${posts === 1_000 ? 5 : 20} ms in the server; this adds render and network)`,
    )
    figures.push(result)
  }
  return figures
}

const only = process.argv.slice(2)
const wants = (part: string) => only.length === 0 || only.includes(part)
console.log(`Node ${process.version}, ${new Date().toISOString()}`)
if (wants('content')) await benchContentLayer()
if (wants('search')) await benchSearch() // no server: generated posts, in this process
if (wants('http')) await benchHttp()
if (wants('sharing')) await benchSharing()
if (wants('publish')) {
  await benchPublishToVisible(1)
  await benchPublishToVisible(2)
  await benchLiveEventToVisible()
}
const scale = wants('scale') ? await benchScale() : null
const load = wants('load') ? await benchLoad() : null
if (load && scale) writeBenchmarksDoc(load, scale)
else if (load || scale) console.log('docs/benchmarks.md not rewritten: it needs both the load and the scale figures')
