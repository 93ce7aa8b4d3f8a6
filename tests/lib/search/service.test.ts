// The search service over versions of the published posts, as the site uses it: what readers find follows the
// dataset's version, an article's related list leaves out its Previous and Next, and an article page is filed
// under the articles it shows, not under every post (so editing one article keeps the others' cached pages).
import { expect, test } from 'vitest'

import type { SearchDocument } from '~/lib/search/search-index'
import { createSearchService } from '~/lib/search/service.server'
import { currentRequestScope, runInRequestScope } from '~/lib/server/request-scope'

function post(id: string, title: string, topics: string[], publishedAt: string): SearchDocument {
  return {
    id,
    slug: id,
    title,
    excerpt: `${title}, in a few calm paragraphs for readers who want to understand it.`,
    body: `${title}. ${topics.join(' ')}`,
    topics: topics.map(slug => ({ slug, title: slug })),
    author: 'Elizabeth Miller',
    publishedAt,
    citations: [],
  }
}

const first = [
  post('sleep', 'Sleep and the anxious mind', ['sleep', 'anxiety'], '2024-03-01T10:00:00Z'),
  post('breathing', 'Breathing for anxious days', ['anxiety'], '2024-02-01T10:00:00Z'),
  post('rest', 'Rest without guilt', ['sleep'], '2024-01-01T10:00:00Z'),
  post('worry', 'When worry keeps you up', ['anxiety', 'sleep'], '2023-12-01T10:00:00Z'),
  post('grief', 'Grief has no timetable', ['grief'], '2023-11-01T10:00:00Z'),
]

function serviceOver(versions: SearchDocument[][]) {
  let current = versions[0]!
  const content = { listSearchDocuments: async () => current }
  return { service: createSearchService(content), next: (index: number) => (current = versions[index]!) }
}

test('what a search finds follows the version of the posts: a new article is found once the version changes', async () => {
  const zinnia = post('zinnia', 'Zinnia walks', ['movement'], '2024-04-01T10:00:00Z')
  const { service, next } = serviceOver([first, [...first, zinnia]])
  expect((await service.search('zinnia', 1))?.total).toBe(0)
  next(1)
  expect((await service.search('zinnia', 1))?.hits.map(hit => hit.id)).toEqual(['zinnia'])
})

test('related articles leave out the article itself and its Previous and Next, most shared topics first', async () => {
  const { service } = serviceOver([first])
  expect((await service.related('sleep', [])).map(doc => doc.id)).toEqual(['worry', 'breathing', 'rest'])
  expect((await service.related('sleep', ['worry'])).map(doc => doc.id)).toEqual(['breathing', 'rest'])
  expect(await service.related('grief', [])).toEqual([])
  expect(await service.related('no-such-post', [])).toEqual([])
})

test('an article page is filed under the articles its related list shows, not under every post', async () => {
  const { service } = serviceOver([first])
  const scope = { generation: 0, pageKey: 'localhost/blog/sleep' }
  const tags = await runInRequestScope(scope, async () => {
    await service.related('sleep', ['worry'])
    return [...currentRequestScope()!.tags].sort()
  })
  expect(tags).toEqual(['doc:breathing', 'doc:rest', 'doc:sleep'])
})
