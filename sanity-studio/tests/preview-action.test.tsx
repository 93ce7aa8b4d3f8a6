import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { DocumentActionDescription, DocumentActionProps } from 'sanity'
import { expect, test, vi } from 'vitest'

import { createPreviewAction } from '../actions/preview'
import { previewPathOf, previewUrlFor, readPreviewSiteUrl } from '../preview-url'
import { author, post } from './helpers/documents'

test('the preview opens on the site named by SANITY_STUDIO_PREVIEW_URL, or the local site by default', () => {
  expect(readPreviewSiteUrl({})).toEqual({ origin: 'http://localhost:3000' })
  expect(readPreviewSiteUrl({ SANITY_STUDIO_PREVIEW_URL: ' https://wellmindbody.com/blog ' })).toEqual({
    origin: 'https://wellmindbody.com',
  })
  expect(readPreviewSiteUrl({ SANITY_STUDIO_PREVIEW_URL: 'wellmindbody.com' })).toEqual({
    problem:
      'SANITY_STUDIO_PREVIEW_URL must be the site’s address, such as https://wellmindbody.com (it is “wellmindbody.com”).',
  })
})

test('an article previews at its address on the blog, an author at their page; without a slug there is none', () => {
  expect(previewPathOf(post())).toBe('/blog/three-breathing-practices')
  expect(previewPathOf(author)).toBe('/authors/elizabeth-miller')
  expect(previewPathOf(post({ slug: { _type: 'slug', current: 'ça va' } }))).toBe('/blog/%C3%A7a%20va')
  expect(previewPathOf(post({ slug: undefined }))).toBeNull()
  expect(previewPathOf(null)).toBeNull()
})

test('the preview address carries the secret and the page as the site’s entry route reads them', () => {
  const url = new URL(previewUrlFor({ origin: 'https://wellmindbody.com', secret: 's3cr3t', pathname: '/blog/a' }))
  expect(url.origin + url.pathname).toBe('https://wellmindbody.com/api/preview')
  expect(Object.fromEntries(url.searchParams)).toEqual({
    'sanity-preview-secret': 's3cr3t',
    'sanity-preview-pathname': '/blog/a',
  })
})

interface Tab {
  location: { href: string }
  opener: unknown
  close: () => void
}

function describeAction(
  document: Record<string, unknown> | null,
  { env = {}, link = () => Promise.resolve('https://site/api/preview?x'), tab = null as Tab | null } = {},
) {
  const createLink = vi.fn(link)
  const action = createPreviewAction({
    createLink,
    useStudioClient: () => ({}) as never,
    useUserId: () => 'editor-1',
    env,
    open: () => tab,
    studioUrl: () => 'https://wellmindbody.sanity.studio',
  })
  const onComplete = vi.fn()
  let description: DocumentActionDescription | null = null
  const props = { id: 'post-breathing', type: 'post', draft: document, published: null, onComplete }
  renderToStaticMarkup(
    createElement(() => {
      description = action(props as unknown as DocumentActionProps) ?? null
      return null
    }),
  )
  return { description: description as unknown as DocumentActionDescription, createLink, onComplete }
}

test('Preview opens a new tab at the article’s preview address, made at the click for the signed-in editor', async () => {
  const tab: Tab = { location: { href: 'about:blank' }, opener: 'the Studio', close: vi.fn() }
  const { description, createLink, onComplete } = describeAction(post({ _id: 'drafts.post-breathing' }), {
    env: { SANITY_STUDIO_PREVIEW_URL: 'https://wellmindbody.com' },
    link: () => Promise.resolve('https://wellmindbody.com/api/preview?sanity-preview-secret=abc'),
    tab,
  })
  expect(description).toMatchObject({
    label: 'Preview',
    disabled: false,
    title: 'Open /blog/three-breathing-practices on the site, showing this draft',
  })
  expect(createLink).not.toHaveBeenCalled() // no secret exists until she asks for a preview
  description.onHandle?.()
  await vi.waitFor(() => expect(onComplete).toHaveBeenCalled())
  expect(createLink).toHaveBeenCalledWith(expect.anything(), {
    origin: 'https://wellmindbody.com',
    pathname: '/blog/three-breathing-practices',
    studioUrl: 'https://wellmindbody.sanity.studio',
    userId: 'editor-1',
  })
  expect(tab.location.href).toBe('https://wellmindbody.com/api/preview?sanity-preview-secret=abc')
  expect(tab.opener).toBeNull() // the site's page cannot reach back into the Studio
})

test('when the secret cannot be written, the blank tab closes again', async () => {
  const tab: Tab = { location: { href: 'about:blank' }, opener: null, close: vi.fn() }
  const { description, onComplete } = describeAction(post(), {
    link: () => Promise.reject(new Error('Forbidden')),
    tab,
  })
  description.onHandle?.()
  await vi.waitFor(() => expect(onComplete).toHaveBeenCalled())
  expect(tab.close).toHaveBeenCalled()
  expect(tab.location.href).toBe('about:blank')
})

test('Preview is off, saying why, for an article without a slug or a site address that is not one', () => {
  expect(describeAction(post({ slug: undefined })).description).toMatchObject({
    disabled: true,
    title: 'Give it a slug first: the preview opens at its address.',
  })
  expect(describeAction(post(), { env: { SANITY_STUDIO_PREVIEW_URL: 'ftp://example.com' } }).description).toMatchObject(
    { disabled: true, title: expect.stringContaining('SANITY_STUDIO_PREVIEW_URL must be') },
  )
})
