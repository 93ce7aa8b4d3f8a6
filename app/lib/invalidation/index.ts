// THE one place that drops cached things. Every cache of the process registers here, created once in
// server.ts and reached through load context; inputs that learn of a change (a webhook, Sanity's live events,
// a file watcher: later) only call invalidate(). A tag names what an entry was built from: `post:<id>`,
// `author:<id>`, `site`, or `*` for everything.

export interface TaggedCache {
  /** Drops every entry built from any of these tags ("*" drops all). */
  drop(tags: readonly string[]): void
}

export interface Invalidation {
  register(name: string, cache: TaggedCache): void
  invalidate(tags: readonly string[]): void
}

export function createInvalidation(): Invalidation {
  const caches = new Map<string, TaggedCache>()
  return {
    register(name, cache) {
      if (caches.has(name)) throw new Error(`A cache named "${name}" is already registered: each cache exists once.`)
      caches.set(name, cache)
    },
    invalidate(tags) {
      for (const cache of caches.values()) cache.drop(tags)
    },
  }
}

/** A bounded map whose entries carry tags; the least recently used entry goes first when it is full. */
export function createTaggedMap<V>(limit: number) {
  const entries = new Map<string, { value: V; tags: readonly string[] }>()
  /** The value with the tags it was stored under, now the most recently used. */
  function entry(key: string): { value: V; tags: readonly string[] } | undefined {
    const found = entries.get(key)
    if (!found) return undefined
    entries.delete(key)
    entries.set(key, found)
    return found
  }
  return {
    get: (key: string): V | undefined => entry(key)?.value,
    entry,
    set(key: string, value: V, tags: readonly string[]) {
      entries.delete(key)
      entries.set(key, { value, tags })
      if (entries.size > limit) entries.delete(entries.keys().next().value as string)
    },
    get size() {
      return entries.size
    },
    drop(tags: readonly string[]) {
      const wanted = new Set(tags)
      for (const [key, entry] of entries)
        if (wanted.has('*') || entry.tags.some(tag => wanted.has(tag))) entries.delete(key)
    },
  }
}
