// The content layer's query cache: one per process, bounded, keyed by query, params and perspective, each
// result tagged with what it shows so that the invalidation module drops exactly what a change affects.
import { createTaggedMap, type Invalidation } from '../invalidation/index.ts'

export interface QueryCache {
  /** The cached value for key, or load() once (concurrent callers share the load). */
  get<T>(key: string, load: () => Promise<{ value: T; tags: string[] }>): Promise<T>
}

const DEFAULT_LIMIT = 5000

export function createQueryCache(invalidation: Invalidation, limit = DEFAULT_LIMIT): QueryCache {
  const results = createTaggedMap<unknown>(limit)
  const loading = new Map<string, Promise<unknown>>()
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
    async get<T>(key: string, load: () => Promise<{ value: T; tags: string[] }>): Promise<T> {
      const hit = results.get(key)
      if (hit !== undefined) return hit as T
      const pending = loading.get(key)
      if (pending) return pending as Promise<T>
      const started = generation
      const promise = load().then(({ value, tags }) => {
        if (generation === started) results.set(key, value ?? null, tags)
        return value
      })
      loading.set(key, promise)
      try {
        return await promise
      } finally {
        if (loading.get(key) === promise) loading.delete(key)
      }
    },
  }
}
