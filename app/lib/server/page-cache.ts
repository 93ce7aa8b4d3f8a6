// The full-page cache (ADR 012): public pages as rendered, kept as identity, gzip and brotli bytes side by
// side, bounded in bytes (least recently used first out), stored under the tags of everything the page was
// built from and dropped by the one invalidation module with the queries it read. A hit is answered by
// server.ts before Express or Remix run: a lookup and a write.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import type { Invalidation } from '../invalidation/index.ts'
import { carriesPreviewCookie } from '../preview.server.ts'
import { securityHeaders } from './security-headers.ts'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

export const DEFAULT_PAGE_CACHE_BYTES = 64 * 1024 * 1024

// Parameters that say where a reader came from and never change the page.
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|twclid|li_fat_id|_ga|_gl|ref)$/i

type Encoding = 'br' | 'gzip' | 'identity'

export interface StoredPage {
  headers: Record<string, string>
  bodies: { identity: Buffer; gzip?: Buffer; br?: Buffer }
  etag: string
  bytes: number
  tags: readonly string[]
  /** Dropped by an invalidation, kept only to answer while the content backend is down. */
  stale: boolean
}

export interface PageOffer {
  key: string
  html: Buffer
  headers: Headers
  etag: string
  nonce: string
  tags: Iterable<string>
  /** The generation the request began in (PageCache.generation). */
  generation: number
}

export interface PageCache {
  /** The key of a request that may be answered from the cache, or null (not a GET, a preview session…). */
  keyOf(request: IncomingMessage): string | null
  /** Answers from the cache when it can (the bytes sent), else leaves the request to the app (null). */
  serve(request: IncomingMessage, response: ServerResponse, options?: { staleOk?: boolean }): number | null
  /** A freshly rendered public page; it is stored once compressed, unless an invalidation came in between. */
  offer(page: PageOffer): Promise<void>
  readonly generation: number
  stats(): { entries: number; bytes: number; maxBytes: number }
}

export function createPageCache({
  invalidation,
  maxBytes = DEFAULT_PAGE_CACHE_BYTES,
}: {
  invalidation: Invalidation
  maxBytes?: number
}): PageCache {
  const entries = new Map<string, StoredPage>()
  let bytes = 0
  let generation = 0

  function remove(key: string) {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.bytes
  }

  invalidation.register('pages', {
    drop(tags) {
      generation++
      const wanted = new Set(tags)
      for (const entry of entries.values())
        if (wanted.has('*') || entry.tags.some(tag => wanted.has(tag))) entry.stale = true
    },
  })

  function keyOf(request: IncomingMessage): string | null {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null
    if (carriesPreviewCookie(request.headers.cookie)) return null
    const url = request.url ?? '/'
    const mark = url.indexOf('?')
    const host = request.headers.host ?? ''
    if (mark === -1) return `${host}${url}`
    const params = [...new URLSearchParams(url.slice(mark + 1))].filter(([name]) => !TRACKING.test(name))
    params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const query = new URLSearchParams(params).toString()
    return `${host}${url.slice(0, mark)}${query ? `?${query}` : ''}`
  }

  function serve(request: IncomingMessage, response: ServerResponse, { staleOk = false } = {}): number | null {
    const key = keyOf(request)
    const entry = key === null ? undefined : entries.get(key)
    if (!key || !entry || (entry.stale && !staleOk)) {
      return null
    }
    entries.delete(key) // most recently used goes last
    entries.set(key, entry)
    const held = request.headers['if-none-match']
    const version = entry.etag.replace(/^W\//, '')
    if (held && held.split(',').some(tag => tag.trim().replace(/^W\//, '') === version)) {
      const headers: Record<string, string> = { ...entry.headers, 'X-Cache': entry.stale ? 'stale' : 'hit' }
      delete headers['Content-Security-Policy']
      response.writeHead(304, headers)
      response.end()
      return 0
    }
    const wanted = chooseEncoding(request.headers['accept-encoding'])
    const encoding = entry.bodies[wanted] ? wanted : 'identity'
    const body = entry.bodies[encoding] ?? entry.bodies.identity
    response.writeHead(200, {
      ...entry.headers,
      'X-Cache': entry.stale ? 'stale' : 'hit',
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
      'Content-Length': String(body.length),
    })
    response.end(request.method === 'HEAD' ? undefined : body)
    return request.method === 'HEAD' ? 0 : body.length
  }

  const compressing = new Set<string>()

  async function offer(page: PageOffer) {
    // Off (a bound of 0), or another render of this page is being stored already (many readers at once).
    if (maxBytes === 0 || compressing.has(page.key)) return
    compressing.add(page.key)
    try {
      await store(page)
    } finally {
      compressing.delete(page.key)
    }
  }

  // The plain bytes are kept at once, so readers who come while it compresses are hits already; brotli and
  // gzip join them when ready (until then, every reader gets the plain bytes).
  async function store(page: PageOffer) {
    // An invalidation while the page rendered: it may show the old version, so it is not kept.
    if (page.generation !== generation) return
    const headers: Record<string, string> = {
      'Content-Type': page.headers.get('Content-Type') ?? 'text/html; charset=utf-8',
      'Cache-Control': page.headers.get('Cache-Control') ?? 'no-cache',
      ETag: page.etag,
      Vary: 'Accept-Encoding',
      ...securityHeaders({ nonce: page.nonce }),
    }
    const robots = page.headers.get('X-Robots-Tag')
    if (robots) headers['X-Robots-Tag'] = robots
    const entry: StoredPage = {
      headers,
      bodies: { identity: page.html },
      etag: page.etag,
      bytes: page.html.length + page.key.length,
      tags: [...page.tags],
      stale: false,
    }
    if (!admit(page.key, entry)) return
    const [gzipped, brotli] = await Promise.all([
      gzipAsync(page.html, { level: 9 }),
      brotliAsync(page.html, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: page.html.length },
      }),
    ])
    if (entries.get(page.key) !== entry) return // evicted or replaced meanwhile
    entry.bodies.gzip = gzipped
    entry.bodies.br = brotli
    entry.bytes += gzipped.length + brotli.length
    bytes += gzipped.length + brotli.length
    evict()
  }

  function admit(key: string, entry: StoredPage): boolean {
    if (entry.bytes > maxBytes) return false
    remove(key)
    entries.set(key, entry)
    bytes += entry.bytes
    evict()
    return entries.get(key) === entry
  }

  function evict() {
    for (const key of entries.keys()) {
      if (bytes <= maxBytes) break
      remove(key)
    }
  }

  return {
    keyOf,
    serve,
    offer,
    get generation() {
      return generation
    },
    stats: () => ({ entries: entries.size, bytes, maxBytes }),
  }
}

/** The best encoding the client accepts: brotli, then gzip, else none. */
export function chooseEncoding(accept: string | undefined): Encoding {
  if (!accept) return 'identity'
  const accepted = new Map(
    accept.split(',').map(part => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map(p => p.trim()).find(p => p.startsWith('q='))
      return [name, q ? Number(q.slice(2)) : 1] as const
    }),
  )
  const quality = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0
  if (quality('br') > 0) return 'br'
  if (quality('gzip') > 0) return 'gzip'
  return 'identity'
}
