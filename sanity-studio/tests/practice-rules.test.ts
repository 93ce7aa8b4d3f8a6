import { expect, test } from 'vitest'

import { author, block, post, world } from './helpers/documents'
import { errors, setupStudio } from './helpers/studio'

const review = { reviewedBy: { _type: 'reference', _ref: author._id }, lastReviewed: '2024-10-01' }

test('an article reviewed by a clinician on a date passes', async () => {
  const studio = await setupStudio(world())
  expect(await studio.validate(post(review))).toEqual([])
})

test('a review with a reviewer but no date, or a date but no reviewer, is rejected', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate(post({ reviewedBy: review.reviewedBy })))).toEqual([
    'Enter the day of the review, or clear who reviewed it.',
  ])
  expect(errors(await studio.validate(post({ lastReviewed: review.lastReviewed })))).toEqual([
    'Choose who reviewed the article, or clear the review date.',
  ])
})

test('a topic needs a name and a web address', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate({ _id: 'topic-x', _type: 'topic' }))).toEqual([
    'Name the topic, e.g. “Anxiety”.',
    'Give the topic a web address: click “Generate” to make one from its name.',
  ])
})

test('a page cannot take the address of a section of the site', async () => {
  const studio = await setupStudio(world())
  const page = { _id: 'page-x', _type: 'page', title: 'About us', body: [block('Text.')] }
  expect(errors(await studio.validate({ ...page, slug: { _type: 'slug', current: 'privacy' } }))).toEqual([])
  expect(errors(await studio.validate({ ...page, slug: { _type: 'slug', current: 'blog' } }))).toEqual([
    '“/blog” is already a section of the site. Choose another address for this page.',
  ])
})

test('a service needs a summary and a text', async () => {
  const studio = await setupStudio(world())
  const service = { _id: 'service-x', _type: 'service', title: 'Couples therapy', slug: { _type: 'slug', current: 'couples' } }
  expect(errors(await studio.validate(service))).toEqual([
    'Write a short summary of the service (50–200 characters).',
    'Describe the service: the text is empty.',
  ])
})

test('the site settings refuse a phone number readers could not dial and an address that is not an email', async () => {
  const studio = await setupStudio(world())
  const settings = { _id: 'siteSettings', _type: 'siteSettings', title: 'Well Mind Body', disclaimer: 'Not advice.' }
  expect(await studio.validate({ ...settings, phone: '(555) 010-0100', email: 'hello@example.com' })).toEqual([])
  expect(errors(await studio.validate({ ...settings, phone: 'call us', email: 'hello' }))).toEqual([
    'Enter a phone number with its area code, using digits, spaces, dashes or brackets, e.g. (555) 010-0100.',
    'Enter an email address, e.g. hello@example.com.',
  ])
})
