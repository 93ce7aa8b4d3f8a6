import type { SanityDocument } from 'sanity'
import { expect, test } from 'vitest'

import { PRACTICE_AUTHOR_ID, practiceAuthor } from '../schemaTypes/documents/practice-author'
import { author } from './helpers/documents'
import { createLocalClient } from './helpers/studio'

const authorDefault = (documents: object[]) =>
  practiceAuthor({}, { getClient: () => createLocalClient(documents as SanityDocument[]) })

test('new articles default to the practice’s author', async () => {
  const other = { _id: 'author-aaron', _type: 'author', name: 'Aaron Able' }
  expect(await authorDefault([other, author])).toEqual({ _type: 'reference', _ref: PRACTICE_AUTHOR_ID })
})

test('in a project without her, new articles default to its first author by name, never to a draft', async () => {
  const authors = [
    { _id: 'drafts.author-aaron', _type: 'author', name: 'Aaron Able' },
    { _id: 'author-zoe', _type: 'author', name: 'Zoe Zed' },
    { _id: 'author-mia', _type: 'author', name: 'Mia Mid' },
  ]
  expect(await authorDefault(authors)).toEqual({ _type: 'reference', _ref: 'author-mia' })
  expect(await authorDefault([])).toBeUndefined()
})
