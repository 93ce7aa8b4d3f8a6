import { prepareForPreview, type SchemaType } from 'sanity'
import { expect, test } from 'vitest'

import { citation, post, redirect } from './helpers/documents'
import { readDataset, setupStudio } from './helpers/studio'

async function preview(document: Record<string, unknown>) {
  const { workspace } = await setupStudio()
  return prepareForPreview(document, workspace.schema.get(document._type as string) as SchemaType)
}

test('a reference shows as the APA line the site prints', async () => {
  const domino = readDataset().find(document => document._id === 'citation-domino2010')!
  expect(await preview(domino)).toMatchObject({
    title:
      'Domino, E. F., & Warner, D. S. (2010). Taming the ketamine tiger. Anesthesiology, 113(3), 678–684. https://doi.org/10.1097/ALN.0b013e3181ed09a2',
    subtitle: 'Journal article',
  })
})

test('a reference by an organisation, or still empty, previews sensibly', async () => {
  const apa = citation({
    type: 'webpage',
    authors: [{ _type: 'personName', _key: 'a', literal: 'American Psychological Association' }],
    year: 2022,
    title: 'Stress effects on the body',
    containerTitle: undefined,
    doi: undefined,
    url: 'https://www.apa.org/topics/stress/body',
  })
  expect((await preview(apa)).title).toMatch(
    /^American Psychological Association\. \(2022\)\. Stress effects on the body/,
  )
  expect(await preview({ _id: 'x', _type: 'citation' })).toMatchObject({
    title: 'New reference',
    subtitle: 'Journal article',
  })
})

test('an article shows its date and author, and says when it is scheduled', async () => {
  const byHer = { author: { name: 'Elizabeth Miller' } }
  expect(await preview(post({ ...byHer, publishedAt: '2023-02-14T15:00:00Z' }))).toMatchObject({
    title: 'Three breathing practices for anxious days',
    subtitle: 'Feb 14, 2023 · Elizabeth Miller',
  })
  expect((await preview(post({ ...byHer, publishedAt: '2999-03-03T09:00:00Z' }))).subtitle).toBe(
    'Scheduled for Mar 3, 2999 · Elizabeth Miller',
  )
  expect((await preview({ _id: 'x', _type: 'post' })).subtitle).toBe('No publication date · No author')
})

test('a redirect shows where it leads and whether it is permanent', async () => {
  expect(await preview(redirect())).toMatchObject({ title: '/blog/category/anxiety → /blog', subtitle: '301 permanent' })
  expect(await preview(redirect({ permanent: false }))).toMatchObject({ subtitle: '302 temporary' })
  expect(await preview({ _id: 'x', _type: 'redirect' })).toMatchObject({
    title: 'No old address → No new address',
    subtitle: '301 permanent',
  })
})
