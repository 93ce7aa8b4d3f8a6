import { expect, test } from 'vitest'

import { setupBundledContent } from '../helpers/bundled'

const { documents, content } = setupBundledContent()

async function listAll() {
  const posts = []
  for (let page = 1; ; page++) {
    const result = await content.listPosts(page)
    if (!result) return posts
    posts.push(...result.posts)
  }
}

test('walking Next from the newest post visits every public post once, in index order, and Previous walks back', async () => {
  const index = (await listAll()).map(p => p.slug)
  expect(index.length).toBeGreaterThanOrEqual(12)

  const forward: string[] = []
  let post = await content.getPost(index[0]!)
  expect(post?.previous).toBeNull()
  while (post) {
    forward.push(post.slug)
    post = post.next ? await content.getPost(post.next.slug) : null
  }
  expect(forward).toEqual(index)

  const backward: string[] = []
  post = await content.getPost(index.at(-1)!)
  expect(post?.next).toBeNull()
  while (post) {
    backward.push(post.slug)
    post = post.previous ? await content.getPost(post.previous.slug) : null
  }
  expect(backward).toEqual([...index].reverse())
})

test('the flagship article sits between the holiday post (Previous) and Self Care (Next)', async () => {
  const post = await content.getPost('ketamine-ketamine-assisted-psychotherapy')
  expect(post?.title).toBe('Ketamine + Ketamine Assisted Psychotherapy')
  expect(post?.previous?.title).toBe('Tips for Navigating Holiday Family Gatherings')
  expect(post?.next?.title).toBe('Self Care')
  expect(post?.author).toMatchObject({
    name: 'Elizabeth Miller',
    credentials: 'Ph.D., LPC-S, LMFT',
    slug: 'elizabeth-miller',
  })
  expect(post?.citations).toHaveLength(10)
})

test('the dataset carries the cases the site must handle: a tie, a draft, a scheduled post', async () => {
  const posts = documents.filter(d => d._type === 'post')
  const published = posts.filter(d => !d._id.startsWith('drafts.'))
  const instants = published.map(d => Date.parse(String(d.publishedAt)))
  expect(new Set(instants).size).toBeLessThan(instants.length)
  expect(posts.some(d => d._id.startsWith('drafts.'))).toBe(true)
  const scheduled = published.filter(d => Date.parse(String(d.publishedAt)) > Date.now())
  expect(scheduled.length).toBeGreaterThan(0)
  const publicSlugs = new Set((await listAll()).map(p => p.slug))
  for (const hidden of [...scheduled, ...posts.filter(d => d._id.startsWith('drafts.'))])
    expect(publicSlugs.has((hidden.slug as { current: string }).current)).toBe(false)
})
