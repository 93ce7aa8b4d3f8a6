// A small HTTP server that answers Sanity's query endpoint with groq-js, so the real @sanity/client can be
// tested end to end without a network: GET /v{version}/data/query/{dataset}?query=…&$param=…, and POST;
// and the Live Content API's event stream (Server-Sent Events, as Sanity sends them).
//
// Sync tags: Sanity's are opaque; this fake gives a result one tag per document id it shows ("s1:<id>"), plus
// "s1:all" for every result, which is enough to test that an event drops exactly what carries its tags.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { evaluate, parse } from 'groq-js'

import type { SanityDocument } from '~/lib/content/dataset.server'
import { viewDataset, type Perspective } from '~/lib/content/source.server'

export interface RecordedRequest {
  method: string
  path: string
  perspective: string | null
  authorization: string | null
  lastLiveEventId: string | null
}

export type FakeLiveEvent = { type: 'message'; id: string; tags: string[] } | { type: 'restart'; id: string }

function syncTagsOf(result: unknown): string[] {
  const ids = new Set<string>()
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object')
      for (const [key, field] of Object.entries(value)) {
        if ((key === 'id' || key === '_id') && typeof field === 'string') ids.add(field)
        else visit(field)
      }
  }
  visit(result)
  return ['s1:all', ...[...ids].map(id => `s1:${id}`)]
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of request) body += chunk
  return body
}

// The mutations a Studio sends (what @sanity/client's transaction(), patch() and delete({query}) make), enough
// for the Studio-side code under test; each write stamps _updatedAt, as the Content Lake does.
type Mutation =
  | { createOrReplace: SanityDocument }
  | { patch: { id: string; set?: Record<string, unknown> } }
  | { delete: { id?: string; query?: string } }

async function applyMutations(documents: SanityDocument[], mutations: Mutation[]): Promise<SanityDocument[]> {
  let next = [...documents]
  const now = new Date().toISOString()
  for (const mutation of mutations) {
    if ('createOrReplace' in mutation) {
      const doc = { ...mutation.createOrReplace, _updatedAt: now, _rev: `rev-${now}` }
      next = [...next.filter(d => d._id !== doc._id), doc]
    } else if ('patch' in mutation) {
      const { id, set = {} } = mutation.patch
      if (!next.some(d => d._id === id)) throw new Error(`patch: no document ${id}`)
      next = next.map(d => (d._id === id ? { ...d, ...set, _updatedAt: now, _rev: `rev-${now}` } : d))
    } else if (mutation.delete.query) {
      const ids = (await (await evaluate(parse(mutation.delete.query), { dataset: next })).get()) as { _id: string }[]
      const gone = new Set(ids.map(d => d._id))
      next = next.filter(d => !gone.has(d._id))
    } else next = next.filter(d => d._id !== mutation.delete.id)
  }
  return next
}

export async function startFakeSanityApi(
  initial: SanityDocument[],
  dataset = 'production',
  { port: wantedPort = 0 }: { port?: number } = {},
) {
  let documents = initial
  const requests: RecordedRequest[] = []
  const streams = new Set<ServerResponse>()
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const match = /^\/v(\d{4}-\d{2}-\d{2})\/data\/query\/([^/]+)$/.exec(url.pathname)
    const perspective = url.searchParams.get('perspective')
    requests.push({
      method: request.method ?? '',
      path: url.pathname,
      perspective,
      authorization: request.headers.authorization ?? null,
      lastLiveEventId: url.searchParams.get('lastLiveEventId'),
    })
    if (/^\/v[\d-]+\/data\/live\/events\/[^/]+$/.test(url.pathname)) {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      })
      response.write('event: welcome\ndata: {}\n\n')
      streams.add(response)
      request.on('close', () => streams.delete(response))
      return
    }
    if (url.pathname.endsWith('/check/cors')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result: { allowed: true } }))
      return
    }
    const mutate = /^\/v[\d-]+\/data\/mutate\/([^/]+)$/.exec(url.pathname)
    if (mutate && request.method === 'POST' && mutate[1] === dataset) {
      const { mutations } = JSON.parse(await readBody(request)) as { mutations: Mutation[] }
      try {
        documents = await applyMutations(documents, mutations)
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ transactionId: `tx-${requests.length}`, results: [] }))
      } catch (error) {
        response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }))
      }
      return
    }
    if (!match || match[2] !== dataset) {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Not found' }))
      return
    }
    let query = url.searchParams.get('query') ?? ''
    let params: Record<string, unknown> = {}
    for (const [name, value] of url.searchParams) if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value)
    if (request.method === 'POST') ({ query, params = {} } = JSON.parse(await readBody(request)))
    try {
      const tree = parse(query, { params })
      // As the API does from v2025-02-19: published unless the request asks for raw or drafts.
      const view =
        perspective === 'raw'
          ? documents
          : viewDataset(documents, perspective === 'drafts' ? 'drafts' : ('published' as Perspective))
      const result = await (await evaluate(tree, { dataset: view, params })).get()
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ms: 1, query, result, syncTags: syncTagsOf(result) }))
    } catch (error) {
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }))
    }
  })
  await new Promise<void>(resolve => server.listen(wantedPort, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiHost: `http://127.0.0.1:${port}`,
    requests,
    /** What a publish does in the Content Lake: the next queries see these documents. */
    replace(next: SanityDocument[]) {
      documents = next
    },
    /** Sends a live event to every connected listener. */
    emit(event: FakeLiveEvent) {
      const data = event.type === 'message' ? { tags: event.tags } : {}
      for (const stream of streams)
        stream.write(`event: ${event.type}\nid: ${event.id}\ndata: ${JSON.stringify(data)}\n\n`)
    },
    listeners: () => streams.size,
    close: () =>
      new Promise<void>(resolve => {
        for (const stream of streams) stream.end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
