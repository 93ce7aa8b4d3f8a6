import { expect, test } from 'vitest'

import { author, post, redirect, world } from './helpers/documents'
import { errors, setupStudio, warnings } from './helpers/studio'

const fromMarkers = async (studio: Awaited<ReturnType<typeof setupStudio>>, fields: Record<string, unknown>) =>
  (await studio.validate(redirect(fields))).map(m => [m.path, m.level, m.message])

test('a redirect from a legacy address to a page of the site passes', async () => {
  const studio = await setupStudio(world(post()))
  expect(await studio.validate(redirect())).toEqual([])
  expect(await studio.validate(redirect({ from: '/about-1', to: '/authors/elizabeth-miller' }))).toEqual([])
  expect(await studio.validate(redirect({ from: '/blog/old-breathing', to: '/blog/three-breathing-practices' }))).toEqual(
    [],
  )
  expect(await studio.validate(redirect({ from: '/blog/tag/calm', to: '/blog?topic=calm#latest' }))).toEqual([])
})

test('a new redirect is permanent (301) by default', async () => {
  const studio = await setupStudio()
  const field = (studio.workspace.schema.get('redirect') as unknown as {
    fields: { name: string; type: { initialValue?: unknown } }[]
  }).fields.find(f => f.name === 'permanent')!
  expect(field.type.initialValue).toBe(true)
})

test('both addresses are required', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate(redirect({ from: undefined, to: undefined })))).toEqual([
    'Enter a path of this site, starting with “/”.',
    'Enter a path of this site, starting with “/”.',
  ])
})

test('an address with the domain, without “/”, with spaces, or a “from” with “?…” is refused', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate(redirect({ from: 'https://wellmindbody.co/about-1' })))).toEqual([
    'Enter a path of this site only, without “https://” and the domain: for example /blog/self-care.',
  ])
  expect(errors(await studio.validate(redirect({ from: 'about-1' })))).toEqual([
    'A path starts with “/”: for example /blog/self-care.',
  ])
  expect(errors(await studio.validate(redirect({ to: '/blog/self care' })))).toEqual(['A path has no spaces.'])
  expect(errors(await studio.validate(redirect({ from: '/blog?category=anxiety' })))).toEqual([
    'Leave out the “?…” or “#…” part: the address is matched without it, and visitors keep their own.',
  ])
})

test('two redirects from the same address are refused, whatever the case or final slash', async () => {
  const studio = await setupStudio(world(redirect({ _id: 'redirect-other', to: '/blog/three-breathing-practices' })))
  expect(await fromMarkers(studio, { from: '/Blog/Category/Anxiety/' })).toEqual([
    [
      ['from'],
      'error',
      'Another redirect already sends /blog/category/anxiety to /blog/three-breathing-practices: keep only one of them.',
    ],
  ])
})

test('a redirect’s own draft and published version are not another redirect', async () => {
  const studio = await setupStudio(world(redirect(), redirect({ _id: 'drafts.redirect-anxiety', to: '/' })))
  expect(await studio.validate(redirect({ _id: 'drafts.redirect-anxiety', to: '/' }))).toEqual([])
  expect(await studio.validate(redirect())).toEqual([])
})

test('a redirect to itself, or round a loop, is refused', async () => {
  const studio = await setupStudio(world(redirect({ _id: 'redirect-back', from: '/about-2', to: '/about-1' })))
  expect(errors(await studio.validate(redirect({ from: '/about-1', to: '/About-1/' })))).toEqual([
    'This redirect points to itself: choose a different page to send visitors to.',
  ])
  expect(errors(await studio.validate(redirect({ from: '/about-1', to: '/about-2' })))).toEqual([
    'These redirects go round in a circle (/about-1 → /about-2 → /about-1): visitors would never arrive.',
  ])
})

test('a redirect to an address that itself redirects is refused, naming the end of the chain', async () => {
  const studio = await setupStudio(world(redirect({ _id: 'redirect-about', from: '/about-2', to: '/authors/elizabeth-miller' })))
  expect(errors(await studio.validate(redirect({ from: '/about-1', to: '/about-2' })))).toEqual([
    '/about-2 itself redirects (/about-2 → /authors/elizabeth-miller). Point this redirect straight to /authors/elizabeth-miller.',
  ])
})

test('another redirect’s draft counts as it will be published', async () => {
  const studio = await setupStudio(
    world(
      redirect({ _id: 'redirect-about', from: '/about-2', to: '/blog' }),
      redirect({ _id: 'drafts.redirect-about', from: '/about-2', to: '/about-1' }),
    ),
  )
  expect(errors(await studio.validate(redirect({ from: '/about-1', to: '/about-2' })))).toEqual([
    'These redirects go round in a circle (/about-1 → /about-2 → /about-1): visitors would never arrive.',
  ])
})

test('a redirect from a live page is a warning: the page wins', async () => {
  const scheduled = post({ _id: 'post-later', slug: { _type: 'slug', current: 'later' }, publishedAt: '2999-01-01T00:00:00Z' })
  const draftOnly = post({ _id: 'drafts.post-draft', slug: { _type: 'slug', current: 'unpublished' } })
  const studio = await setupStudio(world(post(), scheduled, draftOnly))
  expect(await fromMarkers(studio, { from: '/blog/three-breathing-practices' })).toEqual([
    [['from'], 'warning', '/blog/three-breathing-practices is a live page: the page wins and this redirect is never used.'],
  ])
  expect(warnings(await studio.validate(redirect({ from: '/authors/elizabeth-miller' })))).toEqual([
    '/authors/elizabeth-miller is a live page: the page wins and this redirect is never used.',
  ])
  expect(warnings(await studio.validate(redirect({ from: '/rss.xml' })))).toEqual([
    '/rss.xml is a live page: the page wins and this redirect is never used.',
  ])
  expect(await studio.validate(redirect({ from: '/blog/later' }))).toEqual([])
  expect(await studio.validate(redirect({ from: '/blog/unpublished' }))).toEqual([])
})

test('a redirect to an article or author page that does not exist is refused', async () => {
  const draftOnly = post({ _id: 'drafts.post-draft', slug: { _type: 'slug', current: 'unpublished' } })
  const studio = await setupStudio(world(draftOnly))
  expect(await fromMarkers(studio, { to: '/blog/unpublished?utm_source=newsletter' })).toEqual([
    [['to'], 'error', 'No published article has the address /blog/unpublished: a redirect must lead to a page that exists.'],
  ])
  expect(errors(await studio.validate(redirect({ to: '/authors/jane-doe' })))).toEqual([
    'No author page has the address /authors/jane-doe: a redirect must lead to a page that exists.',
  ])
  expect(errors(await studio.validate(redirect({ to: `/authors/${(author.slug as { current: string }).current}` })))).toEqual(
    [],
  )
})

test('a redirect to an address the site has no page for is an error, since the site would answer it with a 404', async () => {
  const studio = await setupStudio(world())
  expect(await fromMarkers(studio, { to: '/blog/2024/5/1/old-post?ref=old-site' })).toEqual([
    [
      ['to'],
      'error',
      '/blog/2024/5/1/old-post is not a page of this site: send visitors to /, /blog, an article (/blog/…), an author page (/authors/…), a topic (/topics/…), a service (/services/…) or a page (/…).',
    ],
  ])
  expect(await fromMarkers(studio, { to: '/topics/never-made' })).toEqual([
    [['to'], 'error', 'No topic page has the address /topics/never-made: a redirect must lead to a page that exists.'],
  ])
  // The practice's own pages are pages: the migration sends old category pages to topics, old pages to pages.
  expect(await fromMarkers(studio, { to: '/contact?ref=old-site' })).toEqual([])
})
