// What “Fill in the fields” writes: the patches make the reference’s fields exactly what was read, and leave
// nothing of what was there before (a pasted reference replaces a half-typed one, field by field).
import { readFileSync } from 'node:fs'

import type { FormPatch } from 'sanity'
import { expect, test } from 'vitest'

import type { CitationFields } from '../../app/lib/citations/from-csl'
import { fillPatches } from '../components/reference-paste-input'
import { readPastedReference } from '../references/read-pasted'

type Doc = Record<string, unknown>

function apply(document: Doc, patches: FormPatch[]): Doc {
  const next = { ...document }
  for (const patch of patches) {
    const [field] = patch.path as string[]
    if (patch.type === 'set') next[field!] = patch.value
    else if (patch.type === 'unset') delete next[field!]
    else throw new Error(`unexpected patch ${patch.type}`)
  }
  return next
}

const flagship = readFileSync(new URL('../../content/production.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(line => line.includes('"_type":"citation"'))
  .map(line => JSON.parse(line) as Doc & { authors: Doc[] })
const bibtex = readFileSync(new URL('../../tests/fixtures/references/flagship.bib', import.meta.url), 'utf8').split(
  /\n(?=@)/,
)

test('filling from each pasted BibTeX entry gives the document of the bundled dataset, names keyed as Sanity wants', () => {
  for (const [index, entry] of bibtex.entries()) {
    const reading = readPastedReference(entry)
    if (reading.kind !== 'fields') throw new Error(`entry ${index} not read`)
    let key = 0
    const filled = apply(
      {},
      fillPatches(reading.fields, () => `k${++key}`),
    )
    const { _id, _type, _createdAt, _updatedAt, _rev, authors, ...fields } = flagship.find(
      doc => doc.doi === reading.fields.doi,
    )!
    expect(filled).toEqual({
      ...fields,
      authors: authors.map((name, at) => ({ ...name, _key: `k${at + 1}` })),
    })
  }
})

test('a field the paste does not give is cleared, not kept from before', () => {
  const halfTyped = { title: 'Taming the tiger', publisher: 'Someone', edition: '2', url: 'https://example.org' }
  const fields: CitationFields = { type: 'book', authors: [], title: 'Ketamine', year: 2020 }
  expect(apply(halfTyped, fillPatches(fields))).toEqual({ type: 'book', title: 'Ketamine', year: 2020 })
})
