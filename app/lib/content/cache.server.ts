// The content layer's query cache: one per process, bounded, keyed by query, params and perspective, each
// result tagged with what it shows so that the invalidation module drops exactly what a change affects.
import { createTaggedMap, type Invalidation } from '../invalidation/index.ts'
import { noteTags as noteRequestTags } from '../server/request-scope.ts'

export interface QueryCache {
  /**
   * The cached value for key, or load() once (concurrent callers share the load). Its tags are noted in the
   * request's scope (the page is built from it) unless `note` is false: the caller then notes what it uses.
   */
  get<T>(key: string, load: () => Promise<{ value: T; tags: string[] }>, options?: { note?: boolean }): Promise<T>
}

const DEFAULT_LIMIT = 5000

export function createQueryCache(invalidation: Invalidation, limit = DEFAULT_LIMIT): QueryCache {
  const results = createTaggedMap<unknown>(limit)
  const loading = new Map<string, Promise<{ value: unknown; tags: string[] }>>()
  // A load that began before an invalidation may hold the old version: it is answered, never kept.
  let generation = 0
  invalidation.register('content-queries', {
    drop(tags) {
      generation++
      loading.clear()
      results.drop(tags)
    },
  })
  return {
    async get<T>(key: string, load: () => Promise<{ value: T; tags: string[] }>, { note = true } = {}): Promise<T> {
      const noteTags = note ? noteRequestTags : () => {}
      // Each result a request reads is noted with its tags, so that the page built from it is dropped with it.
      const hit = results.entry(key)
      if (hit !== undefined) {
        noteTags(hit.tags)
        return hit.value as T
      }
      const pending = loading.get(key)
      if (pending) {
        const { value, tags } = await pending
        noteTags(tags)
        return value as T
      }
      const started = generation
      const promise = load().then(loaded => {
        if (generation === started) results.set(key, loaded.value ?? null, loaded.tags)
        return loaded
      })
      loading.set(key, promise)
      try {
        const { value, tags } = await promise
        noteTags(tags)
        return value
      } finally {
        if (loading.get(key) === promise) loading.delete(key)
      }
    },
  }
}
