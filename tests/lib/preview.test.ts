import { createClient } from '@sanity/client'
import { expect, test } from 'vitest'

import { createSanitySource } from '~/lib/content/source.server'
import { createPreviewSessions, safeReturnPath, sameSecret } from '~/lib/preview.server'

import { author, post } from '../helpers/documents'
import { startFakeSanityApi } from '../helpers/fake-sanity-api'
import { createPreviewLink } from '../../sanity-studio/preview-url'

test('secrets are compared whole, whatever their lengths', () => {
  expect(sameSecret('a-secret-of-some-length', 'a-secret-of-some-length')).toBe(true)
  expect(sameSecret('a-secret-of-some-length', 'a-secret-of-some-lengtH')).toBe(false)
  expect(sameSecret('a-secret', 'a-secret-of-some-length')).toBe(false)
  expect(sameSecret('', 'a-secret-of-some-length')).toBe(false)
})

test('a preview returns only to a page of this site', () => {
  expect(safeReturnPath('/blog/self-care?x=1')).toBe('/blog/self-care?x=1')
  for (const unsafe of ['//evil.example', 'https://evil.example', '/\\evil.example', 'blog', '', null])
    expect(safeReturnPath(unsafe)).toBe('/')
})

test('a session cookie signed with another secret is refused, and leaving the preview ends the session', async () => {
  const sessions = createPreviewSessions({ secret: 'the-preview-secret-123' })
  const other = createPreviewSessions({ secret: 'another-preview-secret' })
  const started = await sessions.start(new Request('http://localhost/api/preview?secret=the-preview-secret-123'))
  const cookie = started?.setCookie.split(';')[0] ?? ''
  expect(started?.to).toBe('/')
  expect(await sessions.isActive(cookie)).toBe(true)
  expect(await other.isActive(cookie)).toBe(false)
  expect(await sessions.isActive((await sessions.end()).split(';')[0])).toBe(false)
  expect(
    await createPreviewSessions({ secret: null }).start(new Request('http://localhost/api/preview?secret=x')),
  ).toBeNull()
})

test('a preview URL made by the Studio is checked against the project’s secret document', async () => {
  const secretDoc = {
    _id: 'sanity-preview-url-secret.abc',
    _type: 'sanity.previewUrlSecret',
    _updatedAt: new Date().toISOString(),
    secret: 'studio-made-secret-1234',
    source: 'studio',
    studioUrl: 'https://wellmindbody.sanity.studio',
  }
  const api = await startFakeSanityApi([author(), post('b', '2024-02-01T00:00:00Z'), secretDoc])
  const source = createSanitySource({
    SANITY_PROJECT_ID: 'test1234',
    SANITY_DATASET: 'production',
    SANITY_API_VERSION: '2025-02-19',
    SANITY_READ_TOKEN: 'viewer-token',
    SANITY_API_HOST: api.apiHost,
  })
  const sessions = createPreviewSessions({ secret: null, checkStudioSecret: source.checkStudioSecret })
  const entry = (secret: string) =>
    new Request(`http://localhost/api/preview?sanity-preview-secret=${secret}&sanity-preview-pathname=%2Fblog%2Fb`)
  const started = await sessions.start(entry('studio-made-secret-1234'))
  expect(started?.to).toBe('/blog/b')
  expect(await sessions.isActive(started?.setCookie.split(';')[0])).toBe(true)
  expect(await sessions.start(entry('guessed-secret-0000000'))).toBeNull()
  await api.close()
})

test('the Studio’s Preview writes a secret to the project, and its link opens a preview of that page on the site, once', async () => {
  const api = await startFakeSanityApi([author(), post('b', '2024-02-01T00:00:00Z')])
  // The signed-in editor's client in the Studio: it may write to the project.
  const studioClient = createClient({
    projectId: 'test1234',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: api.apiHost,
    useProjectHostname: false,
    token: 'editor-session',
    useCdn: false,
  })
  const link = await createPreviewLink(studioClient, {
    origin: 'https://wellmindbody.com',
    pathname: '/blog/b',
    studioUrl: 'https://wellmindbody.sanity.studio',
    userId: 'editor-1',
  })
  expect(link).toMatch(
    /^https:\/\/wellmindbody\.com\/api\/preview\?sanity-preview-secret=[^&]+&sanity-preview-pathname=%2Fblog%2Fb$/,
  )
  const source = createSanitySource({
    SANITY_PROJECT_ID: 'test1234',
    SANITY_DATASET: 'production',
    SANITY_API_VERSION: '2025-02-19',
    SANITY_READ_TOKEN: 'viewer-token',
    SANITY_API_HOST: api.apiHost,
  })
  const sessions = createPreviewSessions({ secret: null, checkStudioSecret: source.checkStudioSecret })
  const started = await sessions.start(new Request(link))
  expect(started?.to).toBe('/blog/b')
  expect(await sessions.isActive(started?.setCookie.split(';')[0])).toBe(true)
  // A link with the secret changed by one character opens nothing.
  const forged = link.replace(
    /sanity-preview-secret=(.)/,
    (_, c: string) => `sanity-preview-secret=${c === 'a' ? 'b' : 'a'}`,
  )
  expect(await sessions.start(new Request(forged))).toBeNull()
  await api.close()
})
