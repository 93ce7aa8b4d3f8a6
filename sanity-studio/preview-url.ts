// Where the Studio's Preview action sends Dr. Miller: the site's preview entry route with a secret that the
// Studio has just written to the project (Sanity's preview-url-secret), never a secret baked into the bundle.
// The site checks that secret against the project (app/lib/preview.server.ts) and opens the page in drafts.
import { urlSearchParamPreviewPathname, urlSearchParamPreviewSecret } from '@sanity/preview-url-secret/constants'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'

export const DEFAULT_PREVIEW_SITE_URL = 'http://localhost:3000'

type Env = Record<string, string | undefined>

/** SANITY_STUDIO_PREVIEW_URL, the site that shows drafts: its origin, or a message naming the variable. */
export function readPreviewSiteUrl(env: Env): { origin: string } | { problem: string } {
  const raw = env.SANITY_STUDIO_PREVIEW_URL?.trim() || DEFAULT_PREVIEW_SITE_URL
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    url = new URL('invalid:')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return {
      problem: `SANITY_STUDIO_PREVIEW_URL must be the site’s address, such as https://wellmindbody.com (it is “${raw}”).`,
    }
  return { origin: url.origin }
}

/** The page a document is read at on the site, or null when it has none yet (an article without a slug). */
export function previewPathOf(document: { _type?: string; slug?: unknown } | null | undefined): string | null {
  const slug = (document?.slug as { current?: unknown } | undefined)?.current
  if (typeof slug !== 'string' || slug.trim() === '') return null
  if (document?._type === 'post') return `/blog/${encodeURIComponent(slug.trim())}`
  if (document?._type === 'author') return `/authors/${encodeURIComponent(slug.trim())}`
  return null
}

/** The address that starts a preview session on the site and lands on `pathname`. */
export function previewUrlFor({ origin, secret, pathname }: { origin: string; secret: string; pathname: string }) {
  const url = new URL('/api/preview', origin)
  url.searchParams.set(urlSearchParamPreviewSecret, secret)
  url.searchParams.set(urlSearchParamPreviewPathname, pathname)
  return url.toString()
}

type SecretClient = Parameters<typeof createPreviewSecret>[0]

/**
 * Writes a new secret to the project (a `sanity.previewUrlSecret` document that lives an hour; the signed-in
 * editor's own rights) and gives the preview address that carries it.
 */
export async function createPreviewLink(
  client: SecretClient,
  { origin, pathname, studioUrl, userId }: { origin: string; pathname: string; studioUrl: string; userId?: string },
): Promise<string> {
  const { secret } = await createPreviewSecret(client, 'well-mind-body-preview-action', studioUrl, userId)
  return previewUrlFor({ origin, secret, pathname })
}
