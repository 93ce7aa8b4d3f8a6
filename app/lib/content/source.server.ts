import { createClient, type LiveEvent } from '@sanity/client'
import { validatePreviewUrl } from '@sanity/preview-url-secret'
import { evaluate, parse } from 'groq-js'

import type { Env } from '../env.server.ts'
import { readDataset, type SanityDocument } from './dataset.server.ts'

/** Which documents a query sees: published only, or drafts in place of their published versions. */
export type Perspective = 'published' | 'drafts'

export type QueryParams = Record<string, unknown>

export interface ContentSource {
  readonly kind: 'sanity' | 'local'
  fetch(query: string, params?: QueryParams, options?: { perspective?: Perspective }): Promise<unknown>
  /** After a webhook: read past Sanity's API CDN for a while, since it may still hold the old version. */
  readPastCdn?(forMs: number): void
  /** Checks a preview URL made by the Studio (a short-lived secret document in the project; needs a token). */
  checkStudioSecret?(url: string): Promise<{ isValid: boolean; redirectTo?: string }>
  /** Sanity: the result with the sync tags the Live Content API will name when it changes. */
  fetchTagged?(query: string, params?: QueryParams): Promise<{ result: unknown; syncTags: string[] }>
  /** Sanity's Live Content API: an event names the sync tags of what changed. */
  liveEvents?(): Observable<LiveEvent>
  /** After a live event: later queries ask for at least that version, never an older cached one. */
  setLastLiveEventId?(id: string): void
}

type Observable<T> = {
  subscribe(observer: Partial<{ next(value: T): void; error(error: unknown): void }>): { unsubscribe(): void }
}

export function createContentSource(env: Env): ContentSource | LocalSource {
  if (env.SANITY_PROJECT_ID) return createSanitySource({ ...env, SANITY_PROJECT_ID: env.SANITY_PROJECT_ID })
  return createLocalSource(readDataset(env.CONTENT_DATASET))
}

type SanityEnv = Pick<Env, 'SANITY_DATASET' | 'SANITY_API_VERSION' | 'SANITY_READ_TOKEN' | 'SANITY_API_HOST'> & {
  SANITY_PROJECT_ID: string
}

export function createSanitySource(env: SanityEnv): ContentSource {
  const client = createClient({
    projectId: env.SANITY_PROJECT_ID,
    dataset: env.SANITY_DATASET,
    apiVersion: env.SANITY_API_VERSION,
    token: env.SANITY_READ_TOKEN,
    perspective: 'published',
    useCdn: true,
    // Two quick retries (about 100 and 200 ms) cover a blip; the client's default five (3 s of back-off)
    // would outlast the circuit breaker's 2 s timeout, so a refused connection took 2 s to become a 503.
    maxRetries: 2,
    ...(env.SANITY_API_HOST ? { apiHost: env.SANITY_API_HOST, useProjectHostname: false } : {}),
  })
  let cdnAfter = 0
  let lastLiveEventId: string | undefined
  const published = () => ({ useCdn: Date.now() >= cdnAfter, ...(lastLiveEventId ? { lastLiveEventId } : {}) })
  return {
    kind: 'sanity',
    fetch: (query, params = {}, { perspective = 'published' } = {}) =>
      perspective === 'published'
        ? client.fetch(query, params, published())
        : // Drafts need a token and must bypass the CDN.
          client.fetch(query, params, { perspective: 'drafts', useCdn: false }),
    async fetchTagged(query, params = {}) {
      const response = await client.fetch(query, params, { ...published(), filterResponse: false })
      return { result: response.result, syncTags: response.syncTags ?? [] }
    },
    liveEvents: () => client.live.events(),
    setLastLiveEventId(id) {
      lastLiveEventId = id
    },
    readPastCdn(forMs) {
      cdnAfter = Math.max(cdnAfter, Date.now() + forMs)
    },
    ...(env.SANITY_READ_TOKEN ? { checkStudioSecret: (url: string) => validatePreviewUrl(client, url) } : {}),
  }
}

const isDraft = (id: string) => id.startsWith('drafts.')
const isVersion = (id: string) => id.startsWith('versions.')

/** The documents a perspective sees, as Sanity's Content Lake would show them. */
export function viewDataset(documents: SanityDocument[], perspective: Perspective): SanityDocument[] {
  const published = documents.filter(doc => !isDraft(doc._id) && !isVersion(doc._id))
  if (perspective === 'published') return published
  const byId = new Map(published.map(doc => [doc._id, doc]))
  for (const draft of documents.filter(doc => isDraft(doc._id))) {
    const id = draft._id.slice('drafts.'.length)
    byId.set(id, { ...draft, _id: id, _originalId: draft._id })
  }
  return [...byId.values()]
}

// Parsing the article query costs groq-js more than evaluating it, so parsed trees are kept, per process.
// groq-js only folds `[$start...$end]` slices when the params are given to parse() too, so a tree belongs
// to its query and params; the bound keeps arbitrary slugs in requests from growing the map.
const PARSED_QUERIES_LIMIT = 1000
const parsedQueries = new Map<string, ReturnType<typeof parse>>()

function parseQuery(query: string, params: QueryParams) {
  const key = `${query}\u0000${JSON.stringify(params)}`
  let tree = parsedQueries.get(key)
  if (!tree) {
    if (parsedQueries.size >= PARSED_QUERIES_LIMIT) parsedQueries.clear()
    parsedQueries.set(key, (tree = parse(query, { params })))
  }
  return tree
}

export interface LocalSource extends ContentSource {
  readonly kind: 'local'
  documents(): SanityDocument[]
  /** Serves another version of the dataset from the next query on (the file watcher's reload). */
  replace(documents: SanityDocument[]): void
}

/** Evaluates GROQ with groq-js over documents in memory: the offline twin of the Sanity source. */
export function createLocalSource(documents: SanityDocument[], options: { now?: () => Date } = {}): LocalSource {
  let current = documents
  let views = new Map<Perspective, SanityDocument[]>()
  const view = (perspective: Perspective) => {
    let docs = views.get(perspective)
    if (!docs) views.set(perspective, (docs = viewDataset(current, perspective)))
    return docs
  }
  return {
    kind: 'local',
    documents: () => current,
    replace(next) {
      current = next
      views = new Map()
    },
    async fetch(query, params = {}, { perspective = 'published' } = {}) {
      const tree = parseQuery(query, params)
      const value = await evaluate(tree, { dataset: view(perspective), params, timestamp: options.now?.() })
      return value.get()
    },
  }
}
