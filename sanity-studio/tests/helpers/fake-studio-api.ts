// The Sanity API as the built Studio sees it, answered in the page (Playwright's page.route) from an in-memory
// dataset: a signed-in editor, GROQ through groq-js, mutations and the Actions API applied with the Studio's own
// mutator, and the listener as a real event stream. route.fulfill cannot stream, so /data/listen is redirected to
// a small local server that keeps the connection open and sends each transaction as mutation events.
import { randomUUID } from 'node:crypto'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { Mutation, type Mut } from '@sanity/mutator'
import { evaluate, parse } from 'groq-js'
import type { Page, Route } from 'playwright-core'
import type { SanityDocument } from 'sanity'

export interface FakeSanityApiOptions {
  /** The origin the Studio is served from: its requests pass through, and the API answers CORS for it. */
  origin: string
  projectId: string
  dataset: string
  documents: SanityDocument[]
}

export interface ReceivedMutation {
  endpoint: 'mutate' | 'actions'
  transactionId: string
  body: { mutations?: Record<string, any>[]; actions?: Record<string, any>[] }
}

export interface FakeSanityApi {
  /** A copy of the store as it is now, sorted by _id. */
  documents(): SanityDocument[]
  /** The bodies of /data/mutate and /data/actions, in the order received. */
  mutations: ReceivedMutation[]
  /** `METHOD host/path` of every request answered with a 404 because the fake does not know it. */
  unanswered: string[]
  /** `METHOD path` (API version stripped) of every request to the API, answered or not. */
  requests: string[]
  close(): Promise<void>
}

export const EDITOR = {
  id: 'p-editor',
  name: 'Ed Itor',
  email: 'editor@example.com',
  profileImage: null,
  provider: 'sanity',
  role: 'editor',
  roles: [{ name: 'editor', title: 'Editor', description: 'Reads and writes every document' }],
}

const EDITOR_GRANTS = [{ filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] }]

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    description: string,
  ) {
    super(description)
  }
}

class RawBody {
  constructor(
    readonly body: string,
    readonly type: string,
  ) {}
}

type Doc = Record<string, any> & { _id: string; _type: string }
type Change = { id: string; before: Doc | null; after: Doc | null }

export async function installFakeSanityApi(page: Page, options: FakeSanityApiOptions): Promise<FakeSanityApi> {
  const { origin, projectId, dataset } = options
  const store = new Map<string, Doc>(options.documents.map(doc => [doc._id, structuredClone(doc) as Doc]))
  const keyValues = new Map<string, unknown>()
  const mutations: ReceivedMutation[] = []
  const unanswered: string[] = []
  const requests: string[] = []
  const streams = createStreams(origin, problem => unanswered.push(problem))
  const cors = { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' }

  function commit(transactionId: string, apply: (draft: Map<string, Doc>, touched: Set<string>) => void) {
    const draft = new Map(store)
    const touched = new Set<string>()
    apply(draft, touched)
    const timestamp = new Date().toISOString()
    const changes: Change[] = []
    for (const id of touched) {
      const before = store.get(id) ?? null
      const next = draft.get(id) ?? null
      if (next === before) continue
      const after = next && {
        ...next,
        _createdAt: before?._createdAt ?? timestamp,
        _updatedAt: timestamp,
        _rev: transactionId,
      }
      if (after) store.set(id, after)
      else store.delete(id)
      changes.push({ id, before, after })
    }
    void streams.publish(transactionId, timestamp, changes)
    return changes
  }

  function mutate(body: ReceivedMutation['body'], transactionId: string, returnDocuments: boolean) {
    const results: { id: string; operation: string; document?: Doc | null }[] = []
    const changes = commit(transactionId, (draft, touched) => {
      for (const mutation of body.mutations ?? []) {
        const id = applyMutation(draft, mutation)
        touched.add(id)
        results.push({ id, operation: '' })
      }
    })
    for (const result of results) {
      const change = changes.find(c => c.id === result.id)
      result.operation = !change ? 'none' : !change.after ? 'delete' : !change.before ? 'create' : 'update'
      if (returnDocuments) result.document = store.get(result.id) ?? null
    }
    return { transactionId, results }
  }

  function act(body: ReceivedMutation['body'], transactionId: string) {
    commit(transactionId, (draft, touched) => {
      for (const action of body.actions ?? [])
        for (const mutation of actionToMutations(draft, action)) touched.add(applyMutation(draft, mutation))
    })
    return { transactionId }
  }

  async function query(groq: string, params: Record<string, unknown>, perspective: string | null) {
    const tree = parse(groq, { params })
    const result = await evaluate(tree, {
      dataset: view([...store.values()], perspective),
      params,
      identity: EDITOR.id,
    })
    return { query: groq, result: await result.get(), ms: 1, syncTags: [] }
  }

  function answer(method: string, path: string, url: URL, body: any): unknown {
    const data = path.match(/^\/data\/(\w+)\/([^/]+)(?:\/(.*))?$/)
    if (data && data[2] !== dataset) throw new ApiError(404, 'datasetNotFound', `No dataset "${data[2]}"`)
    const [, endpoint, , rest] = data ?? []
    if (endpoint === 'doc' && rest) {
      const ids = decodeURIComponent(rest).split(',')
      return {
        documents: ids.flatMap(id => store.get(id) ?? []),
        omitted: ids.filter(id => !store.has(id)).map(id => ({ id, reason: 'existence' })),
      }
    }
    if (endpoint === 'query') {
      const groq = method === 'POST' ? body.query : url.searchParams.get('query')
      const params = method === 'POST' ? (body.params ?? {}) : queryParams(url)
      return query(groq, params, url.searchParams.get('perspective'))
    }
    if (endpoint === 'ping') return {}
    // No history kept: no events, and an empty NDJSON stream of transactions.
    if (endpoint === 'history' && rest?.startsWith('events/documents/'))
      return { events: { [decodeURIComponent(rest.slice('events/documents/'.length))]: [] }, nextCursor: '' }
    if (endpoint === 'history' && rest?.startsWith('transactions/')) return new RawBody('', 'application/x-ndjson')
    const transactionId = body?.transactionId ?? randomUUID().replaceAll('-', '')
    if (endpoint === 'mutate' && method === 'POST') {
      mutations.push({ endpoint, transactionId, body })
      return mutate(body, transactionId, url.searchParams.get('returnDocuments') === 'true')
    }
    if (endpoint === 'actions' && method === 'POST') {
      mutations.push({ endpoint, transactionId, body })
      return act(body, transactionId)
    }

    if (path === '/users/me') return EDITOR
    if (path === '/auth/id') return { id: EDITOR.id }
    if (path.startsWith('/users/me/keyvalue/'))
      return path
        .slice('/users/me/keyvalue/'.length)
        .split(',')
        .map(key => ({ key: decodeURIComponent(key), value: keyValues.get(decodeURIComponent(key)) ?? null }))
    if (path === '/users/me/keyvalue' && method === 'PUT') {
      for (const { key, value } of body) keyValues.set(key, value)
      return body
    }
    if (path.startsWith('/users/')) return path.slice('/users/'.length).split(',').includes(EDITOR.id) ? [EDITOR] : []
    if (path === `/projects/${projectId}`) return project(projectId)
    if (path === `/projects/${projectId}/datasets/${dataset}/acl`) return EDITOR_GRANTS
    if (path === `/projects/${projectId}/datasets`)
      return url.searchParams.has('datasetProfile') ? [] : [{ name: dataset }]
    if (path === `/projects/${projectId}/user-applications`) return []
    if (path === '/features') return []
    // Upsell dialogs show nothing when their data is null.
    if (path === '/journey/announcements') return []
    if (path.startsWith('/journey/')) return null
    if (path.startsWith(`/schedules/${projectId}/`)) return { schedules: [] }
    if (path === '/help') return {}
    if (path === '/ping') return { ok: true }
    if (path === '/intake/telemetry-status') return { status: 'denied' }
    if (path.startsWith('/intake/')) return {}
    if (path === '/descriptors/claim') return { synchronization: { type: 'complete' } }
    if (path === '/descriptors/synchronize') return { type: 'complete' }
    return undefined
  }

  await page.route('**/*', async (route: Route) => {
    const request = route.request()
    const url = new URL(request.url())
    if (url.origin === origin || streams.serves(url.origin)) return route.continue()
    const method = request.method()
    const sanityApi = /\.api(cdn)?\.sanity\.io$/.test(url.hostname)
    if (!sanityApi) return answerOutsideApi(route, url, method, unanswered)

    const path = url.pathname.replace(/^\/v(\d{4}-\d{2}-\d{2}|\d+|X)(?=\/)/, '')
    requests.push(`${method} ${path}`)
    const stream = streamKind(path)
    if (stream)
      return route.fulfill({ status: 307, headers: { ...cors, Location: await streams.open(stream, url.search) } })
    try {
      const body = request.postData() ? JSON.parse(request.postData()!) : undefined
      const result = await answer(method, path, url, body)
      if (result === undefined) {
        unanswered.push(`${method} ${url.host}${url.pathname}`)
        return route.fulfill({
          status: 404,
          headers: cors,
          json: { error: 'Not Found', message: 'Unknown to the fake' },
        })
      }
      if (result instanceof RawBody)
        return route.fulfill({ headers: cors, contentType: result.type, body: result.body })
      return route.fulfill({ headers: cors, contentType: 'application/json', body: JSON.stringify(result) })
    } catch (error) {
      const { status, type } = error instanceof ApiError ? error : { status: 400, type: 'fakeApiError' }
      const description = error instanceof Error ? error.message : String(error)
      if (!(error instanceof ApiError)) unanswered.push(`${method} ${url.host}${url.pathname}: ${description}`)
      return route.fulfill({ status, headers: cors, json: { error: { type, description }, message: description } })
    }
  })

  // Presence (bifur, JSON-RPC over a WebSocket): every call succeeds, and no one else is ever present.
  await page.routeWebSocket(/\.api\.sanity\.io\/v[^/]+\/socket\//, socket => {
    socket.onMessage(message => {
      const call = JSON.parse(String(message))
      if (call.id === undefined) return
      const result = String(call.method).endsWith('_subscribe') ? randomUUID() : null
      socket.send(JSON.stringify({ jsonrpc: '2.0', id: call.id, result }))
    })
  })

  return {
    documents: () =>
      structuredClone([...store.values()].sort((a, b) => a._id.localeCompare(b._id))) as SanityDocument[],
    mutations,
    unanswered,
    requests,
    close: streams.close,
  }
}

// Hosts the Studio calls besides the project API: error reporting, auto-updates, fonts, the Dashboard bridge.
async function answerOutsideApi(route: Route, url: URL, method: string, unanswered: string[]) {
  if (url.hostname === 'api.sanity.io' && url.pathname.includes('/intake/')) return route.fulfill({ json: {} })
  if (url.hostname === 'sanity-cdn.com' && url.pathname.startsWith('/v1/modules/')) {
    // The newest version is the one asked for: no update to offer.
    const version = decodeURIComponent(url.pathname).match(/\^([\d.]+)/)?.[1]
    return route.fulfill({ json: { latest: version, packageVersion: version } })
  }
  if (url.hostname === 'core.sanity-cdn.com' && url.pathname === '/bridge.js')
    return route.fulfill({ contentType: 'text/javascript', body: '' })
  if (url.hostname === 'studio-static.sanity.io') return route.fulfill({ status: 404, body: '' }) // system font instead
  unanswered.push(`${method} ${url.host}${url.pathname}`)
  return route.abort()
}

function streamKind(path: string): StreamKind | undefined {
  if (path.startsWith('/data/listen/')) return 'listen'
  if (path.startsWith('/data/live/events/')) return 'live'
  if (/^\/agent\/[^/]+\/bundles\/mine\/listen$/.test(path)) return 'bundles'
}

function project(projectId: string) {
  return {
    id: projectId,
    displayName: 'Well Mind Body (offline)',
    studioHost: null,
    organizationId: 'o-offline',
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: {},
    members: [{ id: EDITOR.id, role: 'editor', roles: EDITOR.roles, isCurrentUser: true, isRobot: false }],
    features: [],
  }
}

// GET /data/query takes the parameters as `$name=<JSON>`.
function queryParams(url: URL): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
  return params
}

function publishedIdOf(id: string): string {
  if (id.startsWith('drafts.')) return id.slice('drafts.'.length)
  if (id.startsWith('versions.')) return id.split('.').slice(2).join('.')
  return id
}

// The dataset as a perspective shows it: `raw` (or none) is every document; otherwise one document per published
// id, the first of the stack that exists (drafts, releases, then published), under the published id, with
// `_originalId` naming the document it came from.
function view(documents: Doc[], perspective: string | null): Doc[] {
  if (!perspective || perspective === 'raw') return documents
  const stack = perspective === 'previewDrafts' ? ['drafts'] : perspective.split(',').filter(p => p !== 'published')
  const byId = new Map(documents.map(doc => [doc._id, doc]))
  const layerId = (layer: string, id: string) => (layer === 'drafts' ? `drafts.${id}` : `versions.${layer}.${id}`)
  const visible: Doc[] = []
  for (const id of new Set(documents.map(doc => publishedIdOf(doc._id)))) {
    const doc = [...stack.map(layer => byId.get(layerId(layer, id))), byId.get(id)].find(Boolean)
    if (doc) visible.push({ ...doc, _id: id, _originalId: doc._id })
  }
  return visible
}

function targetOf(mutation: Mut): string {
  const [[kind, value]] = Object.entries(mutation) as [[string, any]]
  const id = kind === 'patch' || kind === 'delete' ? value.id : value._id
  if (typeof id !== 'string') throw new ApiError(400, 'mutationError', `The ${kind} mutation names no document id`)
  return id
}

// One mutation on the transaction's copy of the store, the way the Studio's mutator applies it; returns its id.
function applyMutation(draft: Map<string, Doc>, mutation: Mut): string {
  const id = targetOf(mutation)
  const current = draft.get(id) ?? null
  if (mutation.create && current) throw new ApiError(409, 'documentAlreadyExistsError', `Document "${id}" exists`)
  if (mutation.patch && !current) throw new ApiError(409, 'documentNotFoundError', `No document "${id}" to patch`)
  if (mutation.patch?.ifRevisionID && mutation.patch.ifRevisionID !== current?._rev)
    throw new ApiError(409, 'conflictError', `Document "${id}" is at another revision`)
  const next = new Mutation({ mutations: [structuredClone(mutation)] }).apply(current && structuredClone(current))
  if (next) draft.set(id, next as Doc)
  else draft.delete(id)
  return id
}

// The Actions API (sanity.action.document.*) in terms of mutations on the store as it stands in the transaction.
function actionToMutations(draft: Map<string, Doc>, action: Record<string, any>): Mut[] {
  const { actionType, publishedId, draftId } = action
  const existing = (id: string) => draft.get(id)
  switch (actionType) {
    case 'sanity.action.document.create': {
      const id = action.attributes._id ?? `drafts.${publishedId}`
      if (existing(id) && action.ifExists === 'ignore') return []
      return [{ create: { ...action.attributes, _id: id } }]
    }
    case 'sanity.action.document.edit': {
      const base = existing(publishedId)
      if (!existing(draftId) && !base) throw new ApiError(409, 'documentNotFoundError', `No "${draftId}" to edit`)
      const create: Mut[] = existing(draftId) ? [] : [{ createIfNotExists: { ...base!, _id: draftId } }]
      return [...create, { patch: { ...action.patch, id: draftId } }]
    }
    case 'sanity.action.document.replaceDraft':
      return [{ createOrReplace: { ...action.attributes, _id: action.attributes._id ?? `drafts.${publishedId}` } }]
    case 'sanity.action.document.publish': {
      const source = existing(draftId)
      if (!source) throw new ApiError(409, 'documentNotFoundError', `No "${draftId}" to publish`)
      if (action.ifPublishedRevisionId && action.ifPublishedRevisionId !== existing(publishedId)?._rev)
        throw new ApiError(409, 'conflictError', `"${publishedId}" is at another revision`)
      return [{ createOrReplace: { ...source, _id: publishedId } }, { delete: { id: draftId } }]
    }
    case 'sanity.action.document.unpublish': {
      const source = existing(publishedId)
      if (!source) throw new ApiError(409, 'documentNotFoundError', `"${publishedId}" is not published`)
      return [{ createIfNotExists: { ...source, _id: draftId } }, { delete: { id: publishedId } }]
    }
    case 'sanity.action.document.delete':
      return [publishedId, ...(action.includeDrafts ?? [])].filter(existing).map(id => ({ delete: { id } }))
    case 'sanity.action.document.discard':
      return existing(draftId) ? [{ delete: { id: draftId } }] : []
    case 'sanity.action.document.version.create': {
      const document = action.document ?? action.attributes
      const base = action.baseId ? existing(action.baseId) : undefined
      return [{ create: { ...base, ...document, _id: action.versionId ?? document._id } }]
    }
    case 'sanity.action.document.version.discard':
      return existing(action.versionId) ? [{ delete: { id: action.versionId } }] : []
    default:
      throw new ApiError(400, 'actionError', `The fake does not know the action "${actionType}"`)
  }
}

interface Listener {
  query: string
  params: Record<string, unknown>
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  response: ServerResponse
}

type StreamKind = 'listen' | 'live' | 'bundles'

// The event streams (/data/listen, the Live Content API, agent bundles), each from its own local server: Chromium
// opens at most six HTTP/1.1 connections to one host and port, and the Studio keeps more listeners open than that
// (the real API multiplexes them over HTTP/2).
function createStreams(studioOrigin: string, report: (problem: string) => void) {
  const listeners = new Set<Listener>()
  const servers = new Map<string, Server>()

  async function open(kind: StreamKind, search: string): Promise<string> {
    const server = createServer((request, response) => {
      // After a redirect from another origin the browser sends `Origin: null`; the stream allows exactly that.
      response.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-cache',
        'Access-Control-Allow-Origin': request.headers.origin ?? studioOrigin,
        'Access-Control-Allow-Credentials': 'true',
      })
      response.on('close', () => close(origin))
      if (kind === 'bundles') return send(response, 'bundles', undefined, { bundles: [] })
      if (kind === 'live') return send(response, 'welcome', undefined, {})
      const url = new URL(request.url ?? '/', 'http://localhost')
      const listener: Listener = {
        query: url.searchParams.get('query') ?? '*',
        params: queryParams(url),
        includeResult: url.searchParams.get('includeResult') !== 'false',
        includePreviousRevision: url.searchParams.get('includePreviousRevision') === 'true',
        includeMutations: url.searchParams.get('includeMutations') !== 'false',
        response,
      }
      listeners.add(listener)
      response.on('close', () => listeners.delete(listener))
      send(response, 'welcome', undefined, { listenerName: randomUUID() })
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    servers.set(origin, server)
    return `${origin}/${kind}${search}`
  }

  function close(origin: string) {
    const server = servers.get(origin)
    servers.delete(origin)
    server?.closeAllConnections()
    server?.close()
  }

  async function matches(listener: Listener, doc: Doc | null) {
    if (!doc) return false
    try {
      const tree = parse(listener.query, { params: listener.params })
      const result = await (await evaluate(tree, { dataset: [doc], params: listener.params })).get()
      return Array.isArray(result) ? result.length > 0 : Boolean(result)
    } catch (error) {
      report(`listener query ${listener.query}: ${error instanceof Error ? error.message : error}`)
      return false
    }
  }

  // Each change of the transaction as one mutation event to every listener whose query sees the document before or
  // after. The mutations carried are the document's new state (createOrReplace) or its deletion, and the mendoza
  // effects the same as whole values: applied by the Studio, they give exactly the store's document.
  async function publish(transactionId: string, timestamp: string, changes: Change[]) {
    for (const listener of listeners) {
      const seen: Change[] = []
      for (const change of changes)
        if ((await matches(listener, change.before)) || (await matches(listener, change.after))) seen.push(change)
      seen.forEach(({ id, before, after }, index) => {
        const eventId = `${transactionId}#${id}`
        send(listener.response, 'mutation', eventId, {
          eventId,
          documentId: id,
          transactionId,
          transition: !before ? 'appear' : !after ? 'disappear' : 'update',
          identity: EDITOR.id,
          ...(listener.includeMutations && { mutations: [after ? { createOrReplace: after } : { delete: { id } }] }),
          ...(listener.includeResult && { result: after ?? undefined }),
          ...(listener.includePreviousRevision && { previous: before ?? undefined }),
          previousRev: before?._rev,
          resultRev: transactionId,
          timestamp,
          visibility: 'query',
          effects: { apply: [0, withoutRev(after)], revert: [0, withoutRev(before)] },
          transactionTotalEvents: seen.length,
          transactionCurrentEvent: index + 1,
        })
      })
    }
  }

  return {
    open,
    publish,
    serves: (origin: string) => servers.has(origin),
    close: async () => {
      for (const origin of [...servers.keys()]) close(origin)
    },
  }
}

function send(response: ServerResponse, event: string, id: string | undefined, data: unknown) {
  if (!response.writableEnded && !response.destroyed)
    response.write(`event: ${event}\n${id ? `id: ${id}\n` : ''}data: ${JSON.stringify(data)}\n\n`)
}

function withoutRev(doc: Doc | null) {
  if (!doc) return null
  const { _rev, ...rest } = doc
  return rest
}
