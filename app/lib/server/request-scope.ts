// What one request's render was built from, gathered as it runs (Node's AsyncLocalStorage follows the
// request through loaders and rendering): the tags of every query it read, so that the page cache can
// store the page under them and the invalidation module can drop it with the queries (ADR 012).
// server.ts and the Remix build are bundled apart, each with a copy of this module: the scope reaches
// Remix through load context (`requestScope`), never through this module's storage.
import { AsyncLocalStorage } from 'node:async_hooks'

export interface RequestScope {
  tags: Set<string>
  /** False once the render read something that no tag describes: such a page is never stored. */
  cacheable: boolean
  /** The page cache's generation when the request began: an invalidation since means the page may be old. */
  generation: number
  /** Where the page cache would keep this request's page, or null when it may not (a preview, a POST). */
  pageKey: string | null
}

const storage = new AsyncLocalStorage<RequestScope>()

export function runInRequestScope<T>(scope: Pick<RequestScope, 'generation' | 'pageKey'>, fn: () => T): T {
  return storage.run({ ...scope, tags: new Set(), cacheable: true }, fn)
}

export const currentRequestScope = (): RequestScope | undefined => storage.getStore()

/** Called by the query cache for each result a request reads. */
export function noteTags(tags: readonly string[]): void {
  const scope = storage.getStore()
  if (scope) for (const tag of tags) scope.tags.add(tag)
}

/** Called for a read that is not cached by tag (drafts, uncached queries). */
export function noteUntagged(): void {
  const scope = storage.getStore()
  if (scope) scope.cacheable = false
}
