import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from 'vitest'

import { parseEnv } from '~/lib/env.server'
import { readDataset } from '~/lib/content/dataset.server'
import { createContentSource } from '~/lib/content/source.server'

function writeDataset(lines: string[]) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dataset-')), 'broken.ndjson')
  writeFileSync(file, lines.join('\n'))
  return file
}

const good = JSON.stringify({ _id: 'a', _type: 'post' })

test('a line that is not JSON names the file, the line and the JSON error', () => {
  const file = writeDataset([good, '', '{"_id": "b", "_type": "post",}'])
  expect(() => readDataset(file)).toThrow(new RegExp(`${file}:3: invalid JSON: .+`))
})

test('a document without _id or _type names the line and the field', () => {
  expect(() => readDataset(writeDataset([good, '{"_type": "post"}']))).toThrow(
    /:2: field _id: expected a non-empty string, got nothing/,
  )
  expect(() => readDataset(writeDataset(['{"_id": "x", "_type": 7}']))).toThrow(
    /:1: field _type: expected a non-empty string, got 7/,
  )
  expect(() => readDataset(writeDataset(['[1, 2]']))).toThrow(/:1: expected a JSON object/)
})

test('a duplicated _id names both lines', () => {
  expect(() => readDataset(writeDataset([good, good]))).toThrow(/:2: field _id: "a" is already used on line 1/)
})

test('a missing dataset file says which file and what to set', () => {
  expect(() => readDataset('nowhere/missing.ndjson')).toThrow(
    /nowhere\/missing\.ndjson: no such file\. Set CONTENT_DATASET/,
  )
})

test('CONTENT_DATASET picks the file the local backend reads', async () => {
  const file = writeDataset([JSON.stringify({ _id: 'siteSettings', _type: 'siteSettings', title: 'Elsewhere' })])
  const source = createContentSource(parseEnv({ CONTENT_DATASET: file }))
  expect(source.kind).toBe('local')
  expect(await source.fetch('*[_id == "siteSettings"][0].title')).toBe('Elsewhere')
})

test('the bundled dataset reads cleanly, in Sanity export format', () => {
  const documents = readDataset('content/production.ndjson')
  expect(documents.length).toBeGreaterThan(20)
  for (const doc of documents)
    expect(doc).toMatchObject({
      _createdAt: expect.any(String),
      _updatedAt: expect.any(String),
      _rev: expect.any(String),
    })
})
