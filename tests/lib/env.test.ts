import { expect, test } from 'vitest'

import { parseEnv } from '~/lib/env.server'
import { createContentSource } from '~/lib/content/source.server'

test('with nothing set the site runs on the bundled dataset on port 3000', () => {
  const env = parseEnv({})
  expect(env).toMatchObject({ PORT: 3000, CONTENT_DATASET: 'content/production.ndjson', SANITY_DATASET: 'production' })
  expect(createContentSource(env).kind).toBe('local')
})

test('an empty SANITY_PROJECT_ID means "not set"', () => {
  expect(createContentSource(parseEnv({ SANITY_PROJECT_ID: '' })).kind).toBe('local')
})

test('SANITY_PROJECT_ID selects the Sanity backend', () => {
  expect(createContentSource(parseEnv({ SANITY_PROJECT_ID: 'abc123de' })).kind).toBe('sanity')
})

test('every bad variable is named, with what it expects and what it got', () => {
  let message = ''
  try {
    parseEnv({
      PORT: 'eighty',
      SANITY_PROJECT_ID: 'My Project',
      SANITY_API_VERSION: '2021-06-07',
      SANITY_API_HOST: 'ftp://x',
    })
  } catch (error) {
    message = (error as Error).message
  }
  expect(message).toContain('PORT: expected a port number from 1 to 65535 (got "eighty")')
  expect(message).toContain('SANITY_PROJECT_ID: expected a Sanity project id')
  expect(message).toContain('SANITY_API_VERSION: expected 2025-02-19 or later (got "2021-06-07")')
  expect(message).toContain('SANITY_API_HOST: expected an http(s) URL')
})

test('a token without a project is refused, and the token is never echoed', () => {
  expect(() => parseEnv({ SANITY_READ_TOKEN: 'sk-secret' })).toThrow(
    /SANITY_READ_TOKEN: is set but SANITY_PROJECT_ID is not/,
  )
  expect(() => parseEnv({ SANITY_READ_TOKEN: 'sk-secret' })).not.toThrow(/sk-secret/)
})

test('a dataset name Sanity would refuse is refused here first', () => {
  expect(() => parseEnv({ SANITY_DATASET: 'Production!' })).toThrow(/SANITY_DATASET: expected a dataset name/)
})

test('PUBLIC_SITE_URL is an origin: a trailing slash is dropped, a path or another scheme is refused', () => {
  expect(parseEnv({ PUBLIC_SITE_URL: 'http://localhost:3000/' }).PUBLIC_SITE_URL).toBe('http://localhost:3000')
  expect(parseEnv({}).PUBLIC_SITE_URL).toBeUndefined()
  expect(() => parseEnv({ PUBLIC_SITE_URL: 'https://wellmindbody.co/blog' })).toThrow(
    'PUBLIC_SITE_URL: expected an origin only, without a path, e.g. https://wellmindbody.co (got "https://wellmindbody.co/blog")',
  )
  expect(() => parseEnv({ PUBLIC_SITE_URL: 'ftp://wellmindbody.co' })).toThrow(
    /PUBLIC_SITE_URL: expected an http\(s\) origin/,
  )
})

test('the webhook and preview secrets must be long enough, are never echoed, and preview with Sanity needs a token', () => {
  let message = ''
  try {
    parseEnv({ SANITY_WEBHOOK_SECRET: 'short', SANITY_PREVIEW_SECRET: 'tiny' })
  } catch (error) {
    message = (error as Error).message
  }
  expect(message).toContain('SANITY_WEBHOOK_SECRET: expected at least 16 characters')
  expect(message).toContain('SANITY_PREVIEW_SECRET: expected at least 16 characters')
  expect(message).not.toMatch(/short|tiny/)
  expect(() => parseEnv({ SANITY_PROJECT_ID: 'abc123de', SANITY_PREVIEW_SECRET: 'x'.repeat(32) })).toThrow(
    /SANITY_PREVIEW_SECRET: is set but SANITY_READ_TOKEN is not/,
  )
  expect(parseEnv({ SANITY_PREVIEW_SECRET: 'x'.repeat(16) }).SANITY_PREVIEW_SECRET).toHaveLength(16)
})
