// The CSL-JSON item each download is made from: what a reference manager gets is what the reference holds,
// nothing more (no empty authors, no `author = {}`), nothing the page would not link.
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { expect, test } from 'vitest'

import type { Citation } from '~/lib/citations'
import { toCsl } from '~/lib/citations/to-csl'
import { formatBibtex } from '~/lib/outputs/cite-formats.server'

const work: Citation = {
  id: 'citation-x',
  type: 'book',
  authors: [],
  year: 2019,
  title: 'Sleep',
  publisher: 'Guilford Press',
}

test('a reference without authors goes out with no author at all, not an empty list', () => {
  expect(toCsl(work)).not.toHaveProperty('author')
  const [entry] = parseBibtex(formatBibtex([toCsl(work)])).entries
  expect(entry!.fields.author).toBeUndefined()
  expect(entry!.fields.title).toBe('Sleep')
})

test('an empty name left in a draft’s list of authors is left out, the others kept in order', () => {
  const authors = [{ family: 'Nguyen', given: 'S. A.' }, {}, { family: '', given: '' }, { literal: 'APA' }]
  expect(toCsl({ ...work, authors }).author).toEqual([{ family: 'Nguyen', given: 'S. A.' }, { literal: 'APA' }])
})
