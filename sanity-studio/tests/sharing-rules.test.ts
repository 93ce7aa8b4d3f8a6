import { expect, test } from 'vitest'

import { image, post, world } from './helpers/documents'
import { errors, setupStudio, warnings } from './helpers/studio'

test('an article with every search and sharing field filled passes', async () => {
  const studio = await setupStudio(world())
  const seo = {
    _type: 'seo',
    title: 'Three breathing practices for anxious days',
    description: 'Slow breathing calms the body’s alarm system: three practices to try anywhere, in a few minutes.',
    image: { ...image(), _key: undefined, alt: 'A woman breathing by a window' },
    noindex: true,
  }
  expect(await studio.validate(post({ seo, previousSlugs: ['breathing-practices'] }))).toEqual([])
})

test('a search title over 60 characters is a warning: search results cut it', async () => {
  const studio = await setupStudio(world())
  expect(await studio.validate(post({ seo: { _type: 'seo', title: 'a'.repeat(60) } }))).toEqual([])
  const markers = await studio.validate(post({ seo: { _type: 'seo', title: 'a'.repeat(61) } }))
  expect(errors(markers)).toEqual([])
  expect(markers.map(m => [m.path, m.level, m.message])).toEqual([
    [
      ['seo', 'title'],
      'warning',
      'The search title is 61 characters long: search results cut it after about 60. Shorten it, or leave it empty to use the article title.',
    ],
  ])
})

test('a description over 160 characters, or under 50, is a warning', async () => {
  const studio = await setupStudio(world())
  const withDescription = (description: string) => post({ seo: { _type: 'seo', description } })
  expect(await studio.validate(withDescription('x'.repeat(50)))).toEqual([])
  expect(await studio.validate(withDescription('x'.repeat(160)))).toEqual([])
  expect(warnings(await studio.validate(withDescription('x'.repeat(161))))).toEqual([
    'The description has 161 characters: search results cut it after about 160. Shorten it, or leave it empty to use the summary.',
  ])
  expect(warnings(await studio.validate(withDescription('Too short to describe it.')))).toEqual([
    'The description has 25 characters. Write at least 50, or leave it empty to use the summary.',
  ])
  expect(errors(await studio.validate(withDescription('x'.repeat(161))))).toEqual([])
})

test('empty search and sharing fields are fine: the article’s own title, summary and image are used', async () => {
  const studio = await setupStudio(world())
  expect(await studio.validate(post({ seo: { _type: 'seo', title: '', description: ' ' } }))).toEqual([])
  expect(await studio.validate(post({ seo: { _type: 'seo', noindex: false } }))).toEqual([])
})

test('an image for shared links needs alternative text', async () => {
  const studio = await setupStudio(world())
  const markers = await studio.validate(post({ seo: { _type: 'seo', image: { ...image(), _key: undefined } } }))
  expect(markers.map(m => [m.path, m.level, m.message])).toEqual([
    [
      ['seo', 'image', 'alt'],
      'error',
      'Describe the image in a sentence for people who cannot see it (screen readers read this aloud), for example “A woman stretching on a yoga mat by a window”.',
    ],
  ])
})

test('a web address that was another article’s before is a warning, naming that article', async () => {
  const renamed = post({
    _id: 'post-renamed',
    title: 'Breathing when you are anxious',
    slug: { _type: 'slug', current: 'breathing-when-anxious' },
    previousSlugs: ['three-breathing-practices'],
  })
  const studio = await setupStudio(world(renamed))
  const markers = await studio.validate(post({ _id: 'drafts.post-new' }))
  expect(errors(markers)).toEqual([])
  expect(markers.map(m => [m.path, m.level, m.message])).toEqual([
    [
      ['slug'],
      'warning',
      'The web address “three-breathing-practices” was the address of “Breathing when you are anxious” before: links shared to it will open this article instead.',
    ],
  ])
})

test('an article’s own earlier addresses do not warn, in its draft or its published version', async () => {
  const published = post({ previousSlugs: ['three-breathing-practices'] })
  const draft = post({ _id: 'drafts.post-breathing', previousSlugs: ['three-breathing-practices'] })
  const studio = await setupStudio(world(published, draft))
  expect(await studio.validate(draft)).toEqual([])
  expect(await studio.validate(published)).toEqual([])
})
