import { expect, test } from 'vitest'

import {
  checkRedirectPath,
  classifyPath,
  findRedirectProblem,
  followRedirects,
  redirectKey,
  withQuery,
} from '~/lib/redirects'

const table =
  (rules: Record<string, string>, permanent = true) =>
  (path: string) => {
    const to = rules[redirectKey(path)]
    return to ? { to, permanent } : null
  }

test('an old address matches whatever its case, trailing slash or escapes', () => {
  expect(redirectKey('/About-1/')).toBe('/about-1')
  expect(redirectKey('/blog/caf%C3%A9')).toBe('/blog/café')
  expect(redirectKey('/')).toBe('/')
  expect(redirectKey('/bad%E0%A4%A')).toBe('/bad%e0%a4%a')
})

test('paths are sorted into the pages the site can check', () => {
  expect(classifyPath('/blog/self-care?utm_source=x')).toEqual({ kind: 'post', slug: 'self-care' })
  expect(classifyPath('/authors/elizabeth-miller/')).toEqual({ kind: 'author', slug: 'elizabeth-miller' })
  expect(classifyPath('/blog')).toEqual({ kind: 'page' })
  expect(classifyPath('/')).toEqual({ kind: 'page' })
  expect(classifyPath('/blog/category/anxiety')).toEqual({ kind: 'other' })
  expect(classifyPath('/about-1')).toEqual({ kind: 'standalone', slug: 'about-1' })
  expect(classifyPath('/Topics/Anxiety/')).toEqual({ kind: 'topic', slug: 'anxiety' })
  expect(classifyPath('/services/couples-therapy')).toEqual({ kind: 'service', slug: 'couples-therapy' })
  expect(classifyPath('/about')).toEqual({ kind: 'page' })
  expect(classifyPath('/blog/2024/11/5/old-post')).toEqual({ kind: 'other' })
})

test('a redirect path must be a path of this site, and "from" carries no query', () => {
  expect(checkRedirectPath('/blog/category/anxiety', 'from')).toBeNull()
  expect(checkRedirectPath('/blog?page=2', 'to')).toBeNull()
  expect(checkRedirectPath('https://wellmindbody.co/blog', 'to')).toMatch(/without “https:\/\/” and the domain/)
  expect(checkRedirectPath('//evil.example/x', 'to')).toMatch(/without “https:\/\/” and the domain/)
  expect(checkRedirectPath('blog/x', 'from')).toMatch(/starts with “\/”/)
  expect(checkRedirectPath('/a b', 'from')).toMatch(/no spaces/)
  expect(checkRedirectPath('/old?x=1', 'from')).toMatch(/Leave out the “\?…”/)
  expect(checkRedirectPath('', 'to')).toMatch(/Enter a path/)
})

test('a chain of redirects is answered in one hop, to its end', async () => {
  const outcome = await followRedirects('/about-1', table({ '/about-1': '/blog/old', '/blog/old': '/blog/new' }))
  expect(outcome).toEqual({
    kind: 'redirect',
    to: '/blog/new',
    permanent: true,
    via: ['/about-1', '/blog/old', '/blog/new'],
  })
})

test('a chain is temporary if any of its hops is', async () => {
  const rules: Record<string, { to: string; permanent: boolean }> = {
    '/a': { to: '/b', permanent: true },
    '/b': { to: '/blog', permanent: false },
  }
  expect(await followRedirects('/a', path => rules[path] ?? null)).toMatchObject({ to: '/blog', permanent: false })
})

test('a loop is refused, naming every step', async () => {
  const outcome = await followRedirects('/a', table({ '/a': '/b', '/b': '/A/' }))
  expect(outcome).toEqual({ kind: 'loop', via: ['/a', '/b', '/A/'] })
})

test('an address with no redirect is left alone', async () => {
  expect(await followRedirects('/nothing', table({}))).toBeNull()
})

test('a chain longer than five hops is refused', async () => {
  const rules = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/p${i}`, `/p${i + 1}`]))
  expect(await followRedirects('/p0', table(rules))).toMatchObject({ kind: 'too-long' })
  const five = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`/p${i}`, `/p${i + 1}`]))
  expect(await followRedirects('/p0', table(five))).toMatchObject({ kind: 'redirect', to: '/p5' })
})

test('the Studio refuses a duplicate, a redirect to itself, a loop and a chain, saying what to do', () => {
  const others = [
    { from: '/old', to: '/blog', permanent: true },
    { from: '/b', to: '/c', permanent: true },
    { from: '/c', to: '/a', permanent: true },
    { from: '/d', to: '/blog/self-care', permanent: true },
  ]
  expect(findRedirectProblem({ from: '/Old/', to: '/blog' }, others)).toBe(
    'Another redirect already sends /old to /blog: keep only one of them.',
  )
  expect(findRedirectProblem({ from: '/x', to: '/x?utm=1' }, others)).toBe(
    'This redirect points to itself: choose a different page to send visitors to.',
  )
  expect(findRedirectProblem({ from: '/a', to: '/b' }, others)).toBe(
    'These redirects go round in a circle (/a → /b → /c → /a): visitors would never arrive.',
  )
  expect(findRedirectProblem({ from: '/e', to: '/d' }, others)).toBe(
    '/d itself redirects (/d → /blog/self-care). Point this redirect straight to /blog/self-care.',
  )
  expect(findRedirectProblem({ from: '/e', to: '/blog' }, others)).toBeNull()
})

test('the visitor’s query string survives a redirect; the target’s own parameters win', () => {
  expect(withQuery('/blog/new', '?utm_source=newsletter')).toBe('/blog/new?utm_source=newsletter')
  expect(withQuery('/blog?page=2', '?page=5&fbclid=x')).toBe('/blog?page=2&fbclid=x')
  expect(withQuery('/blog/new#references', '?a=1')).toBe('/blog/new?a=1#references')
  expect(withQuery('/blog/new', '')).toBe('/blog/new')
})
