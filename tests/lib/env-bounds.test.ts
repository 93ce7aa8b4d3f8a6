// Values just inside and just outside each variable's range: a typo in a bound would stop a good deploy or
// let a bad one start.
import { expect, test } from 'vitest'

import { parseEnv } from '~/lib/env.server'

const refusal = (env: Record<string, string>) => {
  try {
    parseEnv(env)
    return null
  } catch (error) {
    return (error as Error).message
  }
}

test('PORT takes 1 to 65535; 0, 65536, 80.5 and a blank are refused with the range', () => {
  expect(parseEnv({ PORT: '1' }).PORT).toBe(1)
  expect(parseEnv({ PORT: '65535' }).PORT).toBe(65535)
  for (const port of ['0', '65536', '80.5', ' ', '-1'])
    expect(refusal({ PORT: port }), port).toBe(
      `Invalid environment:\n  PORT: expected a port number from 1 to 65535 (got ${JSON.stringify(port)})`,
    )
})

test('an empty PORT means the default port', () => {
  expect(parseEnv({ PORT: '' }).PORT).toBe(3000)
})

test('SANITY_API_VERSION takes 2025-02-19 or later; the day before is refused', () => {
  expect(parseEnv({ SANITY_API_VERSION: '2025-02-19' }).SANITY_API_VERSION).toBe('2025-02-19')
  expect(parseEnv({ SANITY_API_VERSION: '2026-01-01' }).SANITY_API_VERSION).toBe('2026-01-01')
  expect(refusal({ SANITY_API_VERSION: '2025-02-18' })).toContain(
    'SANITY_API_VERSION: expected 2025-02-19 or later (got "2025-02-18")',
  )
  for (const version of ['2025-2-19', 'v2025-02-19', '2025-02-19x', 'latest'])
    expect(refusal({ SANITY_API_VERSION: version }), version).toContain(
      'SANITY_API_VERSION: expected a date like 2025-02-19',
    )
})

test('a project id of 64 characters is taken and one of 65 refused; no capitals or underscores', () => {
  expect(parseEnv({ SANITY_PROJECT_ID: 'a'.repeat(64) }).SANITY_PROJECT_ID).toBe('a'.repeat(64))
  for (const id of ['a'.repeat(65), 'abc_123', 'Abc123', ' abc123'])
    expect(refusal({ SANITY_PROJECT_ID: id }), id).toContain('SANITY_PROJECT_ID: expected a Sanity project id')
})

test('a dataset name of 64 characters is taken and one of 65 refused; it starts with a letter or digit', () => {
  expect(parseEnv({ SANITY_DATASET: 'a'.repeat(64) }).SANITY_DATASET).toBe('a'.repeat(64))
  expect(parseEnv({ SANITY_DATASET: 'staging_2-b' }).SANITY_DATASET).toBe('staging_2-b')
  for (const name of ['a'.repeat(65), '-staging', '_staging', 'staging!'])
    expect(refusal({ SANITY_DATASET: name }), name).toContain('SANITY_DATASET: expected a dataset name')
})

test('NODE_ENV is development, production or test, and development when unset', () => {
  expect(parseEnv({}).NODE_ENV).toBe('development')
  expect(parseEnv({ NODE_ENV: 'production' }).NODE_ENV).toBe('production')
  expect(refusal({ NODE_ENV: 'staging' })).toContain('NODE_ENV:')
})

test('an http API host is taken (the tests’ local fake); a token with a project is taken', () => {
  const env = parseEnv({
    SANITY_API_HOST: 'http://127.0.0.1:4000',
    SANITY_PROJECT_ID: 'abc123de',
    SANITY_READ_TOKEN: 'sk-secret',
  })
  expect(env).toMatchObject({ SANITY_API_HOST: 'http://127.0.0.1:4000', SANITY_READ_TOKEN: 'sk-secret' })
})

test('every bad variable is listed on its own line, and a secret value is never printed', () => {
  expect(refusal({ PORT: '0', SANITY_READ_TOKEN: 'sk-secret' })).toBe(
    'Invalid environment:\n' +
      '  PORT: expected a port number from 1 to 65535 (got "0")\n' +
      '  SANITY_READ_TOKEN: is set but SANITY_PROJECT_ID is not: set the project id too, or remove the token',
  )
})
