import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from 'vitest'

import { startSiteExpectingFailure } from '../helpers/server'

test('a broken dataset line stops start-up with the file, line and JSON error', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'site-')), 'broken.ndjson')
  writeFileSync(file, '{"_id":"a","_type":"post"}\n{"_id": "b", oops}\n')
  const { code, output } = await startSiteExpectingFailure({ CONTENT_DATASET: file })
  expect(code).toBe(1)
  expect(output).toContain(`Cannot start the site.\n${file}:2: invalid JSON:`)
})

test('a bad environment variable stops start-up and names itself', async () => {
  const { code, output } = await startSiteExpectingFailure({ SANITY_API_VERSION: 'yesterday' })
  expect(code).toBe(1)
  expect(output).toContain('SANITY_API_VERSION: expected a date like 2025-02-19 (got "yesterday")')
})
