import { expect, test } from 'vitest'

import { BackendUnavailableError, outageAsResponse, withCircuitBreaker } from '~/lib/content/resilient-source.server'
import type { ContentSource } from '~/lib/content/source.server'

/** A backend whose next answers are scripted: 'ok', 'fail', 'hang' or a status code the API returns. */
function scriptedBackend() {
  const script: Array<'ok' | 'fail' | 'hang' | number> = []
  let calls = 0
  const source: ContentSource = {
    kind: 'sanity',
    async fetch() {
      calls++
      const next = script.shift() ?? 'ok'
      if (next === 'ok') return 'result'
      if (next === 'hang') return new Promise(() => {})
      if (next === 'fail') throw new Error('ECONNREFUSED')
      throw Object.assign(new Error(`HTTP ${next}`), { statusCode: next })
    },
  }
  return { source, script, calls: () => calls }
}

test('a backend that does not answer in time is given up on, with an error that says so', async () => {
  const { source, script } = scriptedBackend()
  const guarded = withCircuitBreaker(source, { timeoutMs: 50 })
  script.push('hang')
  const started = Date.now()
  await expect(guarded.fetch('*')).rejects.toThrow('did not answer within 50 ms')
  expect(Date.now() - started).toBeLessThan(1_000)
})

test('after three failures in a row the circuit opens: calls fail at once, without reaching the backend', async () => {
  let clock = 0
  const { source, script, calls } = scriptedBackend()
  const guarded = withCircuitBreaker(source, { openMs: 5_000, now: () => clock })
  script.push('fail', 'fail', 'fail')
  for (let i = 0; i < 3; i++) await expect(guarded.fetch('*')).rejects.toBeInstanceOf(BackendUnavailableError)
  expect(guarded.isOpen()).toBe(true)
  await expect(guarded.fetch('*')).rejects.toThrow('circuit open')
  expect(calls()).toBe(3)
  // Five seconds later one call is let through; its success closes the circuit.
  clock = 5_000
  expect(guarded.isOpen()).toBe(false)
  await expect(guarded.fetch('*')).resolves.toBe('result')
  expect(calls()).toBe(4)
  await expect(guarded.fetch('*')).resolves.toBe('result')
})

test('a failed retry keeps the circuit open for another period', async () => {
  let clock = 0
  const { source, script } = scriptedBackend()
  const guarded = withCircuitBreaker(source, { openMs: 5_000, now: () => clock })
  script.push('fail', 'fail', 'fail', 'fail')
  for (let i = 0; i < 3; i++) await expect(guarded.fetch('*')).rejects.toThrow()
  clock = 5_000
  await expect(guarded.fetch('*')).rejects.toThrow('ECONNREFUSED')
  expect(guarded.isOpen()).toBe(true)
  clock = 9_999
  await expect(guarded.fetch('*')).rejects.toThrow('circuit open')
})

test('a query the backend rejects is our mistake, not an outage: it never opens the circuit', async () => {
  const { source, script } = scriptedBackend()
  const guarded = withCircuitBreaker(source)
  script.push(400, 400, 400, 400)
  for (let i = 0; i < 4; i++) await expect(guarded.fetch('*')).rejects.toThrow('HTTP 400')
  expect(guarded.isOpen()).toBe(false)
})

test('loaders see an outage as a 503 with Retry-After; other errors pass through as they are', async () => {
  const service = outageAsResponse({
    down: async () => {
      throw new BackendUnavailableError('down')
    },
    broken: async () => {
      throw new TypeError('a bug')
    },
  })
  const thrown = await service.down().catch((error: unknown) => error)
  expect(thrown).toBeInstanceOf(Response)
  expect([(thrown as Response).status, (thrown as Response).headers.get('retry-after')]).toEqual([503, '10'])
  await expect(service.broken()).rejects.toBeInstanceOf(TypeError)
})
