import { expect, test } from 'vitest'

import { segmentsText } from '~/lib/citations'
import { articleCsl, articleReferenceSegments, highwireTags } from '~/lib/outputs/article-citation'

const site = { title: 'Well Mind Body', origin: 'https://wellmindbody.co' }
const flagship = {
  title: 'Ketamine + Ketamine Assisted Psychotherapy',
  slug: 'ketamine-ketamine-assisted-psychotherapy',
  publishedAt: '2024-11-05T15:00:00Z',
  author: { name: 'Elizabeth Miller' },
}

test('the article’s APA 7 reference: author, full date, title, the site in italics, the address', () => {
  const segments = articleReferenceSegments(flagship, site)
  expect(segmentsText(segments)).toBe(
    'Miller, E. (2024, November 5). Ketamine + Ketamine Assisted Psychotherapy. Well Mind Body. https://wellmindbody.co/blog/ketamine-ketamine-assisted-psychotherapy',
  )
  expect(segments.filter(segment => segment.italic).map(segment => segment.text)).toEqual(['Well Mind Body'])
  expect(segments.at(-1)).toEqual({
    text: 'https://wellmindbody.co/blog/ketamine-ketamine-assisted-psychotherapy',
    href: 'https://wellmindbody.co/blog/ketamine-ketamine-assisted-psychotherapy',
  })
})

test('the date is the calendar day the site prints (UTC), late in the evening too', () => {
  const late = { ...flagship, publishedAt: '2024-12-31T23:30:00.000Z' }
  expect(segmentsText(articleReferenceSegments(late, site))).toContain('(2024, December 31).')
  expect(highwireTags(late, site)).toContainEqual({ name: 'citation_publication_date', content: '2024/12/31' })
})

test('a title ending in a question mark takes no period; without an author the title comes first', () => {
  const question = { ...flagship, title: 'Is it stress or anxiety?', author: null }
  expect(segmentsText(articleReferenceSegments(question, site))).toBe(
    'Is it stress or anxiety? (2024, November 5). Well Mind Body. https://wellmindbody.co/blog/ketamine-ketamine-assisted-psychotherapy',
  )
})

test('a name of several given names keeps each initial; a one-word name is kept whole', () => {
  const two = { ...flagship, author: { name: 'Mary Ann Jones' } }
  expect(segmentsText(articleReferenceSegments(two, site))).toMatch(/^Jones, M\. A\. \(2024/)
  const one = { ...flagship, author: { name: 'Cher' } }
  expect(segmentsText(articleReferenceSegments(one, site))).toMatch(/^Cher\. \(2024/)
  expect(highwireTags(one, site)).toContainEqual({ name: 'citation_author', content: 'Cher' })
})

test('the CSL-JSON item is a blog post with its day, site and address', () => {
  expect(articleCsl(flagship, site)).toEqual({
    id: 'ketamine-ketamine-assisted-psychotherapy',
    type: 'post-weblog',
    author: [{ family: 'Miller', given: 'Elizabeth' }],
    issued: { 'date-parts': [[2024, 11, 5]] },
    title: 'Ketamine + Ketamine Assisted Psychotherapy',
    'container-title': 'Well Mind Body',
    publisher: 'Well Mind Body',
    URL: 'https://wellmindbody.co/blog/ketamine-ketamine-assisted-psychotherapy',
  })
})

test('the Highwire tags Zotero and Google Scholar read: title, author as “Family, Given”, date, publisher', () => {
  expect(highwireTags(flagship, site)).toEqual([
    { name: 'citation_title', content: 'Ketamine + Ketamine Assisted Psychotherapy' },
    { name: 'citation_author', content: 'Miller, Elizabeth' },
    { name: 'citation_publication_date', content: '2024/11/05' },
    { name: 'citation_publisher', content: 'Well Mind Body' },
    { name: 'citation_public_url', content: 'https://wellmindbody.co/blog/ketamine-ketamine-assisted-psychotherapy' },
    { name: 'citation_language', content: 'en' },
  ])
})
