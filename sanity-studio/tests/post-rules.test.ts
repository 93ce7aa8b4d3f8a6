import { expect, test } from 'vitest'

import { image, post, world } from './helpers/documents'
import { errors, setupStudio } from './helpers/studio'

test('a complete article passes', async () => {
  const studio = await setupStudio(world())
  expect(await studio.validate(post({ mainImage: { ...image(), alt: 'A woman breathing by a window' } }))).toEqual([])
})

test('an article without a title is rejected', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate(post({ title: undefined })))).toEqual(['Give the article a title.'])
})

test('a title over 120 characters is rejected, saying how long it is', async () => {
  const studio = await setupStudio(world())
  expect(await studio.validate(post({ title: 'a'.repeat(120) }))).toEqual([])
  expect(errors(await studio.validate(post({ title: 'a'.repeat(121) })))).toEqual([
    'The title is 121 characters long. Shorten it to 120 or fewer: long titles are cut off in search results and when the article is shared.',
  ])
})

test('an article without a web address is told to generate one', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate(post({ slug: undefined })))).toEqual([
    'Give the article a web address: click “Generate” to make one from the title.',
  ])
})

test('a web address used by another article is rejected', async () => {
  const other = post({ _id: 'post-other', title: 'Another article' })
  const studio = await setupStudio(world(other))
  expect(errors(await studio.validate(post({ _id: 'drafts.post-new' })))).toEqual([
    'The web address “three-breathing-practices” is already used by another page. Change it, for example by adding a word, so that each page has its own address.',
  ])
})

test('an article’s own published version and draft do not count as duplicates', async () => {
  const studio = await setupStudio(world(post(), post({ _id: 'drafts.post-breathing' })))
  expect(await studio.validate(post({ _id: 'drafts.post-breathing' }))).toEqual([])
})

test('the summary must be 50 to 200 characters', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate(post({ excerpt: undefined })))).toEqual([
    'Write a short summary of the article (50–200 characters).',
  ])
  expect(errors(await studio.validate(post({ excerpt: 'Too short.' })))).toEqual([
    'The summary has 10 characters. Write at least 50: it is the description people see in search results and when the article is shared.',
  ])
  expect(errors(await studio.validate(post({ excerpt: 'x'.repeat(201) })))).toEqual([
    'The summary has 201 characters. Shorten it to 200 or fewer, or search engines will cut it off.',
  ])
  expect(await studio.validate(post({ excerpt: 'x'.repeat(50) }))).toEqual([])
  expect(await studio.validate(post({ excerpt: 'x'.repeat(200) }))).toEqual([])
})

test('an article needs a publication date, an author and a text', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate(post({ publishedAt: undefined })))).toEqual([
    'Set the publication date (a date in the future schedules the article).',
  ])
  expect(errors(await studio.validate(post({ author: undefined })))).toEqual(['Choose who wrote the article.'])
  expect(errors(await studio.validate(post({ body: undefined })))).toEqual(['Write the article: the text is empty.'])
  expect(errors(await studio.validate(post({ body: [] })))).toEqual(['Write the article: the text is empty.'])
})

test('a main image without alternative text is rejected', async () => {
  const studio = await setupStudio(world())
  const markers = await studio.validate(post({ mainImage: image({ alt: ' ' }) }))
  expect(markers.map(m => [m.path, m.message])).toEqual([
    [
      ['mainImage', 'alt'],
      'Describe the image in a sentence for people who cannot see it (screen readers read this aloud), for example “A woman stretching on a yoga mat by a window”.',
    ],
  ])
})

test('the same reference listed twice under an article is rejected', async () => {
  const studio = await setupStudio(world())
  const twice = [
    { _type: 'reference', _key: 'r1', _ref: 'citation-smith2021' },
    { _type: 'reference', _key: 'r2', _ref: 'citation-smith2021' },
  ]
  expect(errors(await studio.validate(post({ references: twice })))).toContain(
    'This reference is listed twice: remove one of them.',
  )
})
