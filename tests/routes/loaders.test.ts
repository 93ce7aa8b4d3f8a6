import type { LoaderFunctionArgs } from '@remix-run/node'
import { expect, test } from 'vitest'

import * as notFoundRoute from '~/routes/$'
import * as authorRoute from '~/routes/authors.$slug'
import * as postRoute from '~/routes/blog.$slug'
import * as blogRoute from '~/routes/blog._index'

import { setupBundledContent } from '../helpers/bundled'
import { setupLoadContext } from '../helpers/load-context'

const { content } = setupBundledContent()
const context = setupLoadContext(content)

function args(url: string, params: Record<string, string> = {}): LoaderFunctionArgs {
  return { request: new Request(`http://localhost${url}`), params, context }
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    const result = await promise
    return result instanceof Response ? result.status : 200
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status
    throw thrown
  }
}

test.each(['?page=0', '?page=-1', '?page=abc', '?page=1.5', '?page=01', '?page=', '?page=3', '?page=999999999'])(
  '/blog%s is a 404, not an empty page',
  async query => expect(await statusOf(blogRoute.loader(args(`/blog${query}`)))).toBe(404),
)

test('/blog and /blog?page=2 answer with posts', async () => {
  for (const url of ['/blog', '/blog?page=1', '/blog?page=2']) {
    const response = await blogRoute.loader(args(url))
    expect(response.status).toBe(200)
    expect((await response.json()).posts.length).toBeGreaterThan(0)
  }
})

test('an unknown article slug is a 404', async () => {
  expect(await statusOf(postRoute.loader(args('/blog/no-such-post', { slug: 'no-such-post' })))).toBe(404)
})

test('the draft and the scheduled post are 404s', async () => {
  for (const slug of ['perimenopause-and-mood', 'gentle-new-year-intentions'])
    expect(await statusOf(postRoute.loader(args(`/blog/${slug}`, { slug })))).toBe(404)
})

test('an unknown author is a 404 and the practice’s author is found', async () => {
  expect(await statusOf(authorRoute.loader(args('/authors/nobody', { slug: 'nobody' })))).toBe(404)
  expect(await statusOf(authorRoute.loader(args('/authors/elizabeth-miller', { slug: 'elizabeth-miller' })))).toBe(200)
})

test('any other address is a 404', async () => {
  expect(await statusOf(notFoundRoute.loader(args('/no/such/page')))).toBe(404)
})

test('pages are cacheable for a short while', async () => {
  const response = await postRoute.loader(args('/blog/self-care', { slug: 'self-care' }))
  expect(response.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+/)
})
