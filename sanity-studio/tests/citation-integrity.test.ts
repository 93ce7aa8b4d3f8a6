import { expect, test } from 'vitest'

import { referenceItem } from '../components/reference-list-input'
import { citedButNotListed, citedReferencesNotListed, listedButNotCited } from '../schemaTypes/citation-integrity'
import { block, citation, post, world } from './helpers/documents'
import { errors, setupStudio, warnings } from './helpers/studio'

const cite = (key: string, ref: string) => ({ _type: 'cite', _key: key, citation: { _type: 'reference', _ref: ref } })
const listed = (key: string, ref: string) => ({ _type: 'reference', _key: key, _ref: ref })

const jones = citation({
  _id: 'citation-jones2019',
  authors: [
    { _type: 'personName', _key: 'a1', family: 'Jones', given: 'R.' },
    { _type: 'personName', _key: 'a2', family: 'Patel', given: 'K.' },
  ],
  year: 2019,
  doi: '10.1037/abc0000456',
})

/** An article whose second paragraph cites the references given. */
function citing(refs: string[], references: object[]) {
  return post({
    body: [
      block('Slow breathing lowers the heart rate.', {
        markDefs: refs.map((ref, index) => cite(`c${index}`, ref)),
        marks: refs.map((_, index) => `c${index}`),
      }),
    ],
    references,
  })
}

test('a passage citing a reference that was deleted is an error at the citation, in plain words', async () => {
  const studio = await setupStudio(world())
  const markers = await studio.validate(citing(['citation-deleted'], [listed('r1', 'citation-deleted')]))
  const atCite = markers.filter(marker => marker.path.includes('markDefs'))
  expect(atCite.map(marker => [marker.level, marker.message])).toEqual([
    [
      'error',
      'This points to a document that is not published: it was deleted, or it is still a draft. Publish that document first, or choose another (or remove this one).',
    ],
  ])
})

test('a reference cited in the text but not listed is an error on the list, naming it and the fix', async () => {
  const studio = await setupStudio(world(jones))
  const article = citing(['citation-smith2021', 'citation-jones2019'], [listed('r1', 'citation-smith2021')])
  const markers = await studio.validate(article)
  expect(markers.filter(marker => marker.level === 'error').map(marker => [marker.path, marker.message])).toEqual([
    [
      ['references'],
      '(Jones & Patel, 2019) is cited in the text but is not in the list of references. Click “Add the cited references” to add it.',
    ],
  ])
})

test('two cited references missing from the list are named together, in the order the text cites them', async () => {
  const studio = await setupStudio(world(jones))
  const article = citing(['citation-jones2019', 'citation-smith2021'], [])
  expect(errors(await studio.validate(article))).toEqual([
    '(Jones & Patel, 2019), (Smith, 2021) are cited in the text but are not in the list of references. Click “Add the cited references” to add them.',
  ])
})

test('what the fix adds makes the article pass: the cited references, after those already listed', async () => {
  const studio = await setupStudio(world(jones))
  const references = [listed('r1', 'citation-smith2021')]
  const article = citing(['citation-smith2021', 'citation-jones2019'], references)
  expect(citedButNotListed(article.body, references)).toEqual(['citation-jones2019'])
  const fixed = { ...article, references: [...references, listed('r2', 'citation-jones2019')] }
  expect(await studio.validate(fixed)).toEqual([])
})

test('a listed reference that no passage cites is a warning on that item, and does not block publishing', async () => {
  const studio = await setupStudio(world(jones))
  const article = citing(
    ['citation-smith2021'],
    [listed('r1', 'citation-smith2021'), listed('r2', 'citation-jones2019')],
  )
  const markers = await studio.validate(article)
  expect(errors(markers)).toEqual([])
  expect(markers.map(marker => [marker.level, marker.path, marker.message])).toEqual([
    [
      'warning',
      ['references', { _key: 'r2' }],
      '(Jones & Patel, 2019) is listed but never cited in the text. Mark the passage that rests on it with “Cite a reference”, or remove it from the list.',
    ],
  ])
})

test('a cite mark left on no text does not count as citing', () => {
  const body = [
    {
      ...block('No citation here.'),
      markDefs: [cite('c1', 'citation-jones2019')],
    },
  ]
  expect(listedButNotCited(body, [listed('r1', 'citation-jones2019')])).toEqual([
    { key: 'r1', id: 'citation-jones2019' },
  ])
  expect(citedButNotListed(body, [])).toEqual([])
})

test('a draft’s id in a cite mark or the list counts as the reference itself', () => {
  const body = citing(['drafts.citation-jones2019'], []).body
  expect(citedButNotListed(body, [listed('r1', 'citation-jones2019')])).toEqual([])
})

test('two references with the same DOI: a warning on each, naming the other', async () => {
  const copy = citation({ _id: 'citation-smith2021-copy', doi: '10.1037/ABC0000123' })
  const studio = await setupStudio(world(copy))
  const message = (name: string) =>
    `${name} already has this DOI. Keep one reference for the work: cite that one in articles, and delete this copy (the link under this field opens it).`
  const onOriginal = await studio.validate(citation())
  const onCopy = await studio.validate(copy)
  expect(onOriginal.map(marker => [marker.level, marker.path, marker.message])).toEqual([
    ['warning', ['doi'], message('(Smith, 2021)')],
  ])
  expect(warnings(onCopy)).toEqual([message('(Smith, 2021)')])
  expect(errors(onOriginal)).toEqual([])
})

test('a reference’s own draft and published version do not count as two with the same DOI', async () => {
  const studio = await setupStudio(world({ ...citation(), _id: 'drafts.citation-smith2021' }))
  expect(await studio.validate({ ...citation(), _id: 'drafts.citation-smith2021' })).toEqual([])
})

test('a journal article with neither DOI nor web address is a warning; a web page needs its address', async () => {
  const studio = await setupStudio(world())
  expect(await studio.validate(citation({ doi: undefined, url: 'https://example.org/study' }))).toEqual([])
  expect(warnings(await studio.validate(citation({ doi: undefined })))).toEqual([
    'A journal article usually has a DOI: find it on the article’s page (or at search.crossref.org) so readers can open the study. If it has none, enter its web address below.',
  ])
  const page = citation({ type: 'webpage', doi: undefined, containerTitle: 'American Psychological Association' })
  expect(warnings(await studio.validate(page))).toEqual(['Enter the web address of the page, so readers can open it.'])
  const book = citation({ type: 'book', doi: undefined, containerTitle: undefined, publisher: 'Guilford Press' })
  expect(await studio.validate(book)).toEqual([])
})

test('the fix points at a reference still a draft the way the text does: weak until it is published', () => {
  const draftOnly = {
    _type: 'reference',
    _ref: 'citation-new',
    _weak: true,
    _strengthenOnPublish: { type: 'citation' },
  }
  const body = [
    block('Breathing slows the heart.', {
      markDefs: [{ _type: 'cite', _key: 'c1', citation: draftOnly }, cite('c2', 'citation-smith2021')],
      marks: ['c1', 'c2'],
    }),
  ]
  expect(citedReferencesNotListed(body, []).map(reference => referenceItem(reference, 'k1'))).toEqual([
    { _type: 'reference', _key: 'k1', _ref: 'citation-new', _weak: true, _strengthenOnPublish: { type: 'citation' } },
    { _type: 'reference', _key: 'k1', _ref: 'citation-smith2021' },
  ])
})
