import { expect, test } from 'vitest'

import { block, image, post, world } from './helpers/documents'
import { errors, setupStudio } from './helpers/studio'

const UNSAFE_LINK =
  'This link would not work on the site. A link can go to a web address (https://…), an email address (mailto:…), a phone number (tel:…), a page of this site (/blog/…) or a heading on the page (#…). Other kinds, such as “javascript:”, are not allowed.'

// These bodies cite nothing, so their posts list no references (a listed reference never cited is a warning).
const linked = (href: string | undefined) =>
  post({ body: [block('Call us', { markDefs: [{ _type: 'link', _key: 'l1', href }], marks: ['l1'] })], references: [] })

test('links to the web, email, phone, this site and in-page headings are accepted', async () => {
  const studio = await setupStudio(world())
  for (const href of [
    'https://www.apa.org',
    'http://example.com',
    'mailto:hello@wellmindbody.co',
    'tel:+15125550100',
    '/blog',
    '#breathing',
  ])
    expect(await studio.validate(linked(href)), href).toEqual([])
})

test('a javascript: link, and other kinds the site would not render, are rejected', async () => {
  const studio = await setupStudio(world())
  for (const href of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,hi',
    '//evil.example',
  ])
    expect(errors(await studio.validate(linked(href))), href).toEqual([UNSAFE_LINK])
})

test('a link with nowhere to go is rejected', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate(linked(undefined)))).toEqual(['Enter where the link goes, or remove the link.'])
})

test('a citation mark must point to a reference', async () => {
  const studio = await setupStudio(world())
  const cite = { _type: 'cite', _key: 'c1', locator: 'p. 4' }
  const markers = await studio.validate(
    post({ body: [block('As research shows', { markDefs: [cite], marks: ['c1'] })] }),
  )
  expect(errors(markers)).toEqual(['Choose the reference this passage cites, or remove the citation from the text.'])
})

test('an image in the text without alternative text is rejected; with it, accepted', async () => {
  const studio = await setupStudio(world())
  const withoutAlt = await studio.validate(post({ body: [block('Before the image.'), image()], references: [] }))
  expect(withoutAlt.map(marker => [marker.path, marker.level])).toEqual([[['body', { _key: 'img1' }, 'alt'], 'error']])
  expect(withoutAlt[0]?.message).toMatch(/^Describe the image in a sentence for people who cannot see it/)
  const withAlt = image({ alt: 'A woman breathing slowly', caption: 'Box breathing' })
  expect(await studio.validate(post({ body: [block('Before the image.'), withAlt], references: [] }))).toEqual([])
})

test('an image field left empty does not ask for alternative text', async () => {
  const studio = await setupStudio(world())
  expect(await studio.validate(post({ mainImage: { _type: 'image', alt: '' } }))).toEqual([])
})
