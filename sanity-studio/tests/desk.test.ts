import { evaluate, parse } from 'groq-js'
import { resolveInitialValue, type SanityDocument, type TemplateItem } from 'sanity'
import { createStructureBuilder, type StructureResolverContext } from 'sanity/structure'
import { expect, test, vi } from 'vitest'

import { PRACTICE_AUTHOR_ID } from '../schemaTypes/documents/practice-author'
import { singletonActions, withoutSingletonTemplates } from '../singletons'
import { ARTICLE_FILTERS, structure } from '../structure'
import { author, post } from './helpers/documents'
import { setupStudio } from './helpers/studio'

interface Pane {
  id: string
  title?: string
  type: string
  items?: Pane[]
  child?: Pane | (() => unknown)
  options?: { filter?: string; params?: unknown; defaultOrdering?: unknown; id?: string; type?: string }
}

async function setupDesk() {
  const studio = await setupStudio()
  const source = studio.workspace.unstable_sources[0]!
  const S = createStructureBuilder({ source, perspectiveStack: ['drafts'] })
  const root = (structure(S, {} as StructureResolverContext) as { serialize(): Pane }).serialize()
  return { studio, root }
}

// The Studio lists documents through its drafts perspective: a draft stands in for its published document,
// under the published id, and `_originalId` keeps where it came from.
function draftsPerspective(documents: SanityDocument[]) {
  const drafts = new Map(documents.filter(d => d._id.startsWith('drafts.')).map(d => [d._id.slice(7), d]))
  const published = documents.filter(d => !d._id.startsWith('drafts.'))
  const onlyDrafts = [...drafts.entries()].filter(([id]) => !published.some(d => d._id === id))
  return [
    ...published.map(d => ({ ...(drafts.get(d._id) ?? d), _id: d._id, _originalId: drafts.get(d._id)?._id ?? d._id })),
    ...onlyDrafts.map(([id, d]) => ({ ...d, _id: id, _originalId: d._id })),
  ]
}

async function listed(filter: string, documents: SanityDocument[], now: string) {
  const query = `*[${filter}] | order(publishedAt desc)._id`
  return (await evaluate(parse(query), { dataset: draftsPerspective(documents), timestamp: new Date(now) })).get()
}

test('the desk shows Articles, Authors, References, Topics, Services, Pages, Redirects and Site settings', async () => {
  const { root } = await setupDesk()
  expect(root.items?.filter(item => item.type !== 'divider').map(item => item.title)).toEqual([
    'Articles',
    'Authors',
    'References',
    'Topics',
    'Services',
    'Pages',
    'Redirects',
    'Site settings',
  ])
})

test('Redirects lists the redirect documents by their old address', async () => {
  const { root } = await setupDesk()
  const redirects = root.items!.find(item => item.title === 'Redirects')!.child as Pane
  expect(redirects.options?.filter).toBe('_type == $type')
  expect(redirects.options?.params).toEqual({ type: 'redirect' })
  expect(redirects.options?.defaultOrdering).toEqual([{ field: 'from', direction: 'asc' }])
})

test('Articles lists All, Published, Drafts and Scheduled, newest first', async () => {
  const { root } = await setupDesk()
  const articles = root.items![0]!.child as Pane
  expect(articles.items?.map(item => item.title)).toEqual(['All articles', 'Published', 'Drafts', 'Scheduled'])
  for (const item of articles.items!) {
    const list = item.child as Pane
    expect(list.options?.defaultOrdering).toEqual([{ field: 'publishedAt', direction: 'desc' }])
    expect(list.options?.filter).toBe(ARTICLE_FILTERS[item.id as keyof typeof ARTICLE_FILTERS])
  }
})

test('each article list holds the articles its name promises', async () => {
  const now = '2025-06-01T00:00:00Z'
  const documents = [
    post({ _id: 'post-old', publishedAt: '2024-01-01T00:00:00Z' }),
    post({ _id: 'post-new', publishedAt: '2025-05-01T00:00:00Z' }),
    post({ _id: 'post-edited', publishedAt: '2024-06-01T00:00:00Z' }),
    post({ _id: 'drafts.post-edited', publishedAt: '2024-06-01T00:00:00Z', title: 'Edited' }),
    post({ _id: 'drafts.post-unpublished', publishedAt: '2025-05-15T00:00:00Z' }),
    post({ _id: 'post-next-week', publishedAt: '2025-06-08T00:00:00Z' }),
    author,
  ] as SanityDocument[]
  expect(await listed(ARTICLE_FILTERS.all, documents, now)).toEqual([
    'post-next-week',
    'post-unpublished',
    'post-new',
    'post-edited',
    'post-old',
  ])
  expect(await listed(ARTICLE_FILTERS.published, documents, now)).toEqual(['post-new', 'post-old'])
  expect(await listed(ARTICLE_FILTERS.drafts, documents, now)).toEqual(['post-unpublished', 'post-edited'])
  expect(await listed(ARTICLE_FILTERS.scheduled, documents, now)).toEqual(['post-next-week'])
})

test('References are sorted by the first author’s family name', async () => {
  const { root } = await setupDesk()
  const references = root.items!.find(item => item.title === 'References')!.child as Pane
  expect(references.options?.filter).toBe('_type == $type')
  expect(references.options?.defaultOrdering).toEqual([
    { field: 'authors[0].family', direction: 'asc' },
    { field: 'authors[0].literal', direction: 'asc' },
    { field: 'year', direction: 'asc' },
  ])
})

test('Site settings opens the one settings document directly', async () => {
  const { root } = await setupDesk()
  const settings = root.items!.find(item => item.title === 'Site settings')!.child as Pane
  expect(settings.type).toBe('document')
  expect(settings.options).toEqual({ id: 'siteSettings', type: 'siteSettings' })
})

test('site settings can be published, but not created, duplicated or deleted', async () => {
  const { studio } = await setupDesk()
  const context = { schemaType: 'siteSettings' } as Parameters<typeof singletonActions>[1]
  const actions = [
    { action: 'publish' },
    { action: 'delete' },
    { action: 'duplicate' },
    { action: 'discardChanges' },
    { action: 'unpublish' },
  ]
  expect(singletonActions(actions as never, context).map(a => a.action)).toEqual(['publish', 'discardChanges'])
  expect(singletonActions(actions as never, { ...context, schemaType: 'post' })).toHaveLength(5)
  const templates = studio.workspace.templates.map(template => ({ templateId: template.id }) as TemplateItem)
  const offered = withoutSingletonTemplates(templates).map(t => t.templateId)
  expect(offered).toEqual(expect.arrayContaining(['post', 'author', 'citation']))
  expect(offered).not.toContain('siteSettings')
})

test('a new article is by the practice’s author and dated now', async () => {
  vi.stubGlobal('window', {}) // resolveInitialValue schedules through window.scheduler when there is one
  try {
    const studio = await setupStudio([author] as SanityDocument[])
    const source = studio.workspace.unstable_sources[0]!
    const template = studio.workspace.templates.find(t => t.id === 'post')!
    const before = Date.now()
    const value = await resolveInitialValue(studio.workspace.schema, template, {}, source)
    expect(value.author).toEqual({ _type: 'reference', _ref: PRACTICE_AUTHOR_ID })
    expect(Date.parse(value.publishedAt as string)).toBeGreaterThanOrEqual(before - 1000)
  } finally {
    vi.unstubAllGlobals()
  }
})
