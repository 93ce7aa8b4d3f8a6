// Preview sessions: Dr. Miller sees drafts as readers will see them once published. A session starts only
// through the entry route with the right secret, and lives in a signed, HttpOnly, Secure cookie.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { createCookie } from '@remix-run/node'

const SESSION_SECONDS = 60 * 60

/** The preview session's cookie name: a request that carries it bypasses the page cache. */
export const PREVIEW_COOKIE = 'wmb_preview'

/** Whether a Cookie header carries a preview cookie at all (valid or not: checking it is the session's job). */
export const carriesPreviewCookie = (cookieHeader: string | undefined) =>
  cookieHeader?.includes(`${PREVIEW_COOKIE}=`) ?? false

export interface PreviewSessions {
  /** Whether a request's Cookie header carries a valid session. */
  isActive(cookieHeader: string | null | undefined): Promise<boolean>
  /** Checks the entry URL; the Set-Cookie header and where to go, or null when the secret is wrong or missing. */
  start(request: Request): Promise<{ setCookie: string; to: string } | null>
  /** The Set-Cookie header that ends a session. */
  end(): Promise<string>
}

/** A Studio-made secret (Sanity's preview-url-secret), checked against the project; see source.server.ts. */
export type StudioSecretCheck = (url: string) => Promise<{ isValid: boolean; redirectTo?: string }>

/** Compares in constant time, whatever the lengths. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b) && given.length === expected.length
}

/** Only a path of this site: never another origin ("//evil.example", "https://…", "/\\evil"). */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  return value
}

export function createPreviewSessions({
  secret,
  checkStudioSecret,
}: {
  /** SANITY_PREVIEW_SECRET; without it (and without a Studio check) no session can start. */
  secret: string | null
  checkStudioSecret?: StudioSecretCheck
}): PreviewSessions {
  const signingKey = createHmac('sha256', secret ?? createHash('sha256').update(String(Math.random())).digest('hex'))
    .update('well-mind-body preview cookie')
    .digest('base64url')
  const cookie = createCookie(PREVIEW_COOKIE, {
    httpOnly: true,
    secure: true, // browsers allow Secure cookies on http://localhost too
    sameSite: 'none', // the Studio may show the site in a frame
    path: '/',
    maxAge: SESSION_SECONDS,
    secrets: [signingKey],
  })
  return {
    async isActive(cookieHeader) {
      if (!cookieHeader?.includes('wmb_preview=')) return false
      const value = (await cookie.parse(cookieHeader)) as { until?: number } | null
      return typeof value?.until === 'number' && value.until > Date.now()
    },
    async start(request) {
      const url = new URL(request.url)
      let to: string | null = null
      const given = url.searchParams.get('secret')
      if (given && secret && sameSecret(given, secret)) to = url.searchParams.get('to') ?? '/'
      else if (url.searchParams.has('sanity-preview-secret') && checkStudioSecret) {
        const result = await checkStudioSecret(request.url).catch(() => ({ isValid: false, redirectTo: undefined }))
        if (result.isValid) to = result.redirectTo ?? '/'
      }
      if (to === null) return null
      const setCookie = await cookie.serialize({ until: Date.now() + SESSION_SECONDS * 1000 })
      return { setCookie, to: safeReturnPath(to) }
    },
    end: () => cookie.serialize('', { maxAge: 0 }),
  }
}
