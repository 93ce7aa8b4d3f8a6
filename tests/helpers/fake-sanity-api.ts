// A small HTTP server that answers Sanity's query endpoint with groq-js, so the real @sanity/client can be
// tested end to end without a network: GET /v{version}/data/query/{dataset}?query=…&$param=…, and POST.
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { evaluate, parse } from 'groq-js'

import type { SanityDocument } from '~/lib/content/dataset.server'
import { viewDataset, type Perspective } from '~/lib/content/source.server'

export interface RecordedRequest {
  method: string
  path: string
  perspective: string | null
  authorization: string | null
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of request) body += chunk
  return body
}

export async function startFakeSanityApi(documents: SanityDocument[], dataset = 'production') {
  const requests: RecordedRequest[] = []
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const match = /^\/v(\d{4}-\d{2}-\d{2})\/data\/query\/([^/]+)$/.exec(url.pathname)
    const perspective = url.searchParams.get('perspective')
    requests.push({
      method: request.method ?? '',
      path: url.pathname,
      perspective,
      authorization: request.headers.authorization ?? null,
    })
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
      const view = viewDataset(documents, (perspective ?? 'raw') === 'drafts' ? 'drafts' : ('published' as Perspective))
      const result = await (await evaluate(tree, { dataset: view, params })).get()
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ms: 1, query, result }))
    } catch (error) {
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }))
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiHost: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}
