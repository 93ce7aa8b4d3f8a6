// Search figures at 1,000 and 10,000 generated posts, no server needed: the index's build time and memory, and
// search() p50 / p95 against the goals of issue #13. A section of `npm run bench` (`npm run bench search`), and on
// its own: `node --import tsx scripts/bench-search.ts`. Prints; asserts nothing.
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

import { readDataset } from '../app/lib/content/dataset.server.ts'
import { relatedPosts } from '../app/lib/search/related.ts'
import { createSearchIndex, type SearchDocument } from '../app/lib/search/search-index.ts'

const GOALS_P50_MS: Record<number, number> = { 1_000: 5, 10_000: 20 }
const QUERIES = {
  'one word': ['anxiety', 'sleep', 'therapy', 'grief', 'boundaries', 'trauma'],
  'two words': ['sleep anxiety', 'family support', 'breathing stress', 'chronic illness'],
  typo: ['anxeity', 'ketamin', 'therapsit', 'greif', 'mindfullness'],
  prefix: ['breat', 'mind', 'psychoth', 'rel'],
}
// The most a query can ask: 200 characters of three-letter word starts (only its first 8 distinct words count).
const STARTS = ['con', 'pre', 'str', 'ther', 'anx', 'sle', 'bre', 'fam', 'gri', 'tra']
const WORST = Array.from({ length: 60 }, (_, i) => STARTS[i % STARTS.length])
  .join(' ')
  .slice(0, 200)

// Without --expose-gc on the command line (npm run bench has none), ask V8 for gc() at run time.
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc')
  const gc = (globalThis.gc ?? runInNewContext('gc')) as () => void
  return () => {
    gc()
    gc()
  }
}

// Mulberry32: the same posts on every run.
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function spans(value: unknown, into: string[]): string[] {
  if (Array.isArray(value)) for (const item of value) spans(item, into)
  else if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>
    if (node._type === 'span' && typeof node.text === 'string') into.push(node.text)
    else for (const child of Object.values(node)) spans(child, into)
  }
  return into
}

/**
 * Posts written from the bundled articles' own words, each from one or two of them (a post is about something:
 * the sleep words cluster in the sleep posts), in runs of a sentence's length so that word frequencies are
 * English's, about 800 words a post; plus a few made-up rare words per post, since a blog of 10,000 articles
 * has tens of thousands of distinct terms, which is what prefix and typo searches walk.
 */
export function generateSearchDocuments(count: number): SearchDocument[] {
  const sources = readDataset('content/production.ndjson')
    .filter(doc => doc._type === 'post' && !doc._id.startsWith('drafts.'))
    .map(doc => ({ title: String(doc.title), words: spans(doc.body, []).join(' ').split(/\s+/).filter(Boolean) }))
  const topics = ['Anxiety', 'Depression', 'Sleep', 'Grief', 'Couples', 'Parenting', 'Trauma', 'Stress', 'Self-care']
  const authors = ['Elizabeth Miller', 'Dana Ortiz', 'Sam Whitfield', null]
  const syllables = 'ka lo min tre sa vor el qui dan rho ste nu bex ti gor pha'.split(' ')
  const random = seeded(13)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const run = (words: string[], length: number) => {
    const start = Math.floor(random() * Math.max(1, words.length - length))
    return words.slice(start, start + length).join(' ')
  }
  const start = Date.parse('2026-01-01T09:00:00Z')
  return Array.from({ length: count }, (_, i) => {
    const about = [pick(sources), pick(sources)]
    const sentence = () => run(pick(about).words, 10 + Math.floor(random() * 10))
    const rare = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => pick(syllables)).join(''))
    const body = [...Array.from({ length: 55 }, sentence), ...rare].join('. ')
    return {
      id: `post-generated-${i}`,
      slug: `generated-${i}`,
      title: `${about[0]!.title.split(':')[0]}: ${run(about[1]!.words, 4)}`,
      excerpt: run(about[0]!.words, 25),
      body,
      topics: [pick(topics), pick(topics)].map(title => ({ title, slug: title.toLowerCase() })),
      author: pick(authors),
      publishedAt: new Date(start - i * 3_600_000).toISOString(),
      citations: Array.from({ length: Math.floor(random() * 4) }, () => `cit-${Math.floor(random() * 300)}`),
    }
  })
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

export async function benchSearch() {
  const gc = collectGarbage()
  for (const count of [1_000, 10_000]) {
    const documents = generateSearchDocuments(count)
    const words = documents.reduce((sum, doc) => sum + doc.body.split(' ').length, 0)
    gc()
    const before = process.memoryUsage().heapUsed
    const buildStart = performance.now()
    const index = createSearchIndex(documents)
    const buildMs = performance.now() - buildStart
    gc()
    const memoryMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024
    const label = `search: ${count} posts`.padEnd(44)
    console.log(
      `${label} build ${buildMs.toFixed(0)} ms, index ${memoryMb.toFixed(1)} MB (heap after GC; ${(words / count).toFixed(0)} words a post)`,
    )
    for (const query of Object.values(QUERIES).flat()) index.search(query) // warm up
    const all: number[] = []
    for (const [kind, queries] of Object.entries(QUERIES)) {
      const samples: number[] = []
      for (let round = 0; round < 20; round++)
        for (const query of queries) {
          const start = performance.now()
          index.search(query, 1 + (round % 2))
          samples.push(performance.now() - start)
        }
      samples.sort((a, b) => a - b)
      all.push(...samples)
      console.log(
        `${`  search(): ${kind}`.padEnd(44)} p50 ${percentile(samples, 0.5).toFixed(2)} ms  p95 ${percentile(samples, 0.95).toFixed(2)} ms  (${queries.join(', ')})`,
      )
    }
    const worst: number[] = []
    for (let round = 0; round < 10; round++) {
      const start = performance.now()
      index.search(WORST)
      worst.push(performance.now() - start)
    }
    worst.sort((a, b) => a - b)
    console.log(
      `${'  search(): worst case (200 characters)'.padEnd(44)} p50 ${percentile(worst, 0.5).toFixed(2)} ms  max ${worst.at(-1)!.toFixed(2)} ms  (not in the goal)`,
    )
    all.sort((a, b) => a - b)
    const p50 = percentile(all, 0.5)
    const goal = GOALS_P50_MS[count]!
    console.log(
      `${'  search(): all queries'.padEnd(44)} p50 ${p50.toFixed(2)} ms  p95 ${percentile(all, 0.95).toFixed(2)} ms  goal p50 ≤ ${goal} ms: ${p50 <= goal ? 'met' : 'NOT MET'}`,
    )
    // As the site computes them: one article's list on its first view, kept for the dataset version.
    const related: number[] = []
    for (let i = 0; i < 50; i++) {
      const post = documents[(i * 7919) % documents.length]!
      const start = performance.now()
      relatedPosts(documents, post, { limit: 5 })
      related.push(performance.now() - start)
    }
    related.sort((a, b) => a - b)
    console.log(
      `${"  related articles, one article's list".padEnd(44)} p50 ${percentile(related, 0.5).toFixed(2)} ms  p95 ${percentile(related, 0.95).toFixed(2)} ms  (once per article and version)`,
    )
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Node ${process.version}, ${new Date().toISOString()}`)
  await benchSearch()
}
