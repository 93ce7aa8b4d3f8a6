import type { LoaderFunctionArgs } from '@remix-run/node'
import { afterEach, expect, test, vi } from 'vitest'

import type { SanityDocument } from '~/lib/content/dataset.server'
import * as notFoundRoute from '~/routes/$'
import * as authorRoute from '~/routes/authors.$slug'
import * as postRoute from '~/routes/blog.$slug'

import { author, post, setupContent } from '../helpers/documents'
import { setupLoadContext } from '../helpers/load-context'

const redirect = (id: string, from: string, to: string, permanent?: boolean): SanityDocument => ({
  _id: id,
  _type: 'redirect',
  from,
  to,
  ...(permanent === undefined ? {} : { permanent }),
})

function setupSite(documents: SanityDocument[]) {
  const context = setupLoadContext(setupContent([author(), ...documents]).content)
  return async (url: string) => {
    const request = new Request(`http://localhost${url}`)
    const [, kind, slug = ''] = /^\/(blog|authors)\/([^/?]+)/.exec(url) ?? []
    const args: LoaderFunctionArgs = { request, params: { slug }, context }
    const loader = kind === 'blog' ? postRoute.loader : kind === 'authors' ? authorRoute.loader : notFoundRoute.loader
    try {
      const response = (await loader(args)) as Response
      return { status: response.status, location: response.headers.get('Location') }
    } catch (thrown) {
      if (!(thrown instanceof Response)) throw thrown
      return { status: thrown.status, location: thrown.headers.get('Location') }
    }
  }
}

afterEach(() => vi.restoreAllMocks())

test('an article’s earlier address answers 301 to its current one, keeping the query string', async () => {
  const get = setupSite([post('new-name', '2024-01-01T00:00:00Z', { previousSlugs: ['first-name', 'second-name'] })])
  expect(await get('/blog/first-name?utm_source=newsletter')).toEqual({
    status: 301,
    location: '/blog/new-name?utm_source=newsletter',
  })
  expect(await get('/blog/second-name')).toEqual({ status: 301, location: '/blog/new-name' })
  expect(await get('/blog/new-name')).toEqual({ status: 200, location: null })
})

test('a live article wins over another article’s earlier address', async () => {
  const get = setupSite([
    post('self-care', '2024-01-01T00:00:00Z'),
    post('renamed', '2024-02-01T00:00:00Z', { previousSlugs: ['self-care'] }),
  ])
  expect(await get('/blog/self-care')).toEqual({ status: 200, location: null })
})

test('a future or draft article’s earlier address does not reveal it', async () => {
  const get = setupSite([
    post('later', '2999-01-01T00:00:00Z', { previousSlugs: ['soon'] }),
    post('drafts.hidden', '2024-01-01T00:00:00Z', { previousSlugs: ['secret'] }),
  ])
  expect((await get('/blog/soon')).status).toBe(404)
  expect((await get('/blog/secret')).status).toBe(404)
})

test('two articles that once had the same address: the newer one gets it', async () => {
  const get = setupSite([
    post('older', '2024-01-01T00:00:00Z', { previousSlugs: ['shared'] }),
    post('newer', '2024-06-01T00:00:00Z', { previousSlugs: ['shared'] }),
  ])
  expect(await get('/blog/shared')).toEqual({ status: 301, location: '/blog/newer' })
})

test('legacy Squarespace addresses follow redirect documents: 301 when permanent, 302 when not', async () => {
  const get = setupSite([
    post('self-care', '2024-01-01T00:00:00Z'),
    redirect('r1', '/blog/category/Self-Care', '/blog'),
    redirect('r2', '/about-1/', '/authors/ada'),
    redirect('r3', '/blog/tag/winter', '/blog/self-care', false),
  ])
  expect(await get('/blog/category/self-care?fbclid=abc')).toEqual({ status: 301, location: '/blog?fbclid=abc' })
  expect(await get('/about-1')).toEqual({ status: 301, location: '/authors/ada' })
  expect(await get('/blog/tag/winter')).toEqual({ status: 302, location: '/blog/self-care' })
})

test('a redirect document to an article that was renamed lands on the article in one hop', async () => {
  const get = setupSite([
    post('current', '2024-01-01T00:00:00Z', { previousSlugs: ['old'] }),
    redirect('r1', '/old-site/post', '/blog/old'),
  ])
  expect(await get('/old-site/post')).toEqual({ status: 301, location: '/blog/current' })
})

test('a live page always wins: a redirect from an existing article’s address is never used', async () => {
  const get = setupSite([post('kept', '2024-01-01T00:00:00Z'), redirect('r1', '/blog/kept', '/blog')])
  expect(await get('/blog/kept')).toEqual({ status: 200, location: null })
})

test('a redirect that loops, or leads to no page, is a 404 and is logged', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const get = setupSite([
    redirect('r1', '/a', '/b'),
    redirect('r2', '/b', '/a'),
    redirect('r3', '/gone', '/blog/never-written'),
    redirect('r4', '/elsewhere', '/topics/never-made'),
  ])
  expect((await get('/a')).status).toBe(404)
  expect((await get('/gone')).status).toBe(404)
  expect((await get('/elsewhere')).status).toBe(404)
  expect(warn.mock.calls.map(call => call[0])).toEqual([
    'Redirect refused (loop): /a → /b → /a',
    'Redirect refused (dead-end): /gone → /blog/never-written',
    'Redirect refused (dead-end): /elsewhere → /topics/never-made',
  ])
})

test('an unknown author address can be redirected too', async () => {
  const get = setupSite([redirect('r1', '/authors/liz', '/authors/ada')])
  expect(await get('/authors/liz')).toEqual({ status: 301, location: '/authors/ada' })
  expect((await get('/authors/nobody')).status).toBe(404)
})
