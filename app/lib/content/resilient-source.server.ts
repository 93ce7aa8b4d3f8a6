// A content backend that can fail without taking the site with it (ADR 012): every call gives up after
// BACKEND_TIMEOUT_MS, and after FAILURES_TO_OPEN failures in a row the circuit opens: calls fail at once
// for OPEN_MS, then one call is let through to try again, and its success closes the circuit. While it is
// open, server.ts answers from the page cache's stale copies, and pages never cached are a 503.
import type { ContentSource } from './source.server.ts'

export const BACKEND_TIMEOUT_MS = 2_000
const FAILURES_TO_OPEN = 3
const OPEN_MS = 5_000

export class BackendUnavailableError extends Error {
  override name = 'BackendUnavailableError'
}

export interface Breaker {
  /** Whether calls are being refused now (the backend failed FAILURES_TO_OPEN times in a row). */
  isOpen(): boolean
}

export function withCircuitBreaker<S extends ContentSource>(
  source: S,
  { timeoutMs = BACKEND_TIMEOUT_MS, failuresToOpen = FAILURES_TO_OPEN, openMs = OPEN_MS, now = Date.now } = {},
): S & Breaker {
  let failures = 0
  let openUntil = 0
  let trial = false

  async function guarded<T>(call: () => Promise<T>): Promise<T> {
    if (failures >= failuresToOpen) {
      if (now() < openUntil || trial)
        throw new BackendUnavailableError('The content backend is unavailable (circuit open)')
      trial = true // half open: this call decides
    }
    let timer: NodeJS.Timeout | undefined
    try {
      const result = await Promise.race([
        call(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new BackendUnavailableError(`The content backend did not answer within ${timeoutMs} ms`)),
            timeoutMs,
          )
        }),
      ])
      failures = 0
      return result
    } catch (error) {
      // A query the backend rejects (a 4xx) is our mistake, not an outage.
      const status = (error as { statusCode?: number }).statusCode
      if (status !== undefined && status >= 400 && status < 500 && status !== 429) throw error
      failures++
      if (failures >= failuresToOpen) openUntil = now() + openMs
      throw error instanceof BackendUnavailableError
        ? error
        : new BackendUnavailableError(`The content backend failed: ${(error as Error).message}`)
    } finally {
      clearTimeout(timer)
      trial = false
    }
  }

  return {
    ...source,
    fetch: (...args: Parameters<ContentSource['fetch']>) => guarded(() => source.fetch(...args)),
    ...(source.fetchTagged
      ? {
          fetchTagged: (...args: Parameters<NonNullable<ContentSource['fetchTagged']>>) =>
            guarded(() => source.fetchTagged!(...args)),
        }
      : {}),
    isOpen: () => failures >= failuresToOpen && now() < openUntil,
  }
}

export const RETRY_AFTER_SECONDS = 10

/** What a reader gets while the backend is down and the page was never cached: a 503 that says when to retry. */
export function serviceUnavailable(): Response {
  return new Response('The site cannot reach its articles just now. Please try again in a minute.', {
    status: 503,
    statusText: 'Service Unavailable',
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' },
  })
}

/**
 * The content service as loaders see it: a backend outage becomes a thrown 503 response (Remix renders the
 * error page with that status), not a 500. Background work (webhook, share images) keeps the plain errors.
 */
export function outageAsResponse<T extends object>(service: T): T {
  return new Proxy(service, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)
        } catch (error) {
          if (error instanceof BackendUnavailableError) throw serviceUnavailable()
          throw error
        }
      }
    },
  })
}
