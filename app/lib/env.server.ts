import { z } from 'zod'

// The oldest Sanity API version whose query semantics this site is written against.
export const MIN_SANITY_API_VERSION = '2025-02-19'
export const DEFAULT_CONTENT_DATASET = 'content/production.ndjson'

// An empty variable (PROJECT_ID= in a .env file) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(value => (value === '' ? undefined : value), schema.optional())

const envSchema = z
  .object({
    NODE_ENV: optional(z.enum(['development', 'production', 'test'])).default('development'),
    PORT: optional(
      z.coerce
        .number({ error: 'expected a port number from 1 to 65535' })
        .int('expected a port number from 1 to 65535')
        .min(1, 'expected a port number from 1 to 65535')
        .max(65535, 'expected a port number from 1 to 65535'),
    ).default(3000),
    SANITY_PROJECT_ID: optional(
      z
        .string()
        .regex(
          /^[a-z0-9-]{1,64}$/,
          'expected a Sanity project id: lowercase letters, digits and dashes, e.g. "abc123de"',
        ),
    ),
    SANITY_DATASET: optional(
      z
        .string()
        .regex(
          /^[a-z0-9][a-z0-9_-]{0,63}$/,
          'expected a dataset name: lowercase letters, digits, "_" and "-", e.g. "production"',
        ),
    ).default('production'),
    SANITY_API_VERSION: optional(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, `expected a date like ${MIN_SANITY_API_VERSION}`)
        .refine(v => v >= MIN_SANITY_API_VERSION, `expected ${MIN_SANITY_API_VERSION} or later`),
    ).default(MIN_SANITY_API_VERSION),
    SANITY_READ_TOKEN: optional(z.string()),
    SANITY_API_HOST: optional(
      z.url({ protocol: /^https?$/, error: 'expected an http(s) URL, e.g. https://api.sanity.io' }),
    ),
    CONTENT_DATASET: optional(z.string()).default(DEFAULT_CONTENT_DATASET),
    // The origin of canonical URLs, share images, feeds and the sitemap; overrides siteSettings.siteUrl.
    PUBLIC_SITE_URL: optional(
      z
        .url({ protocol: /^https?$/, error: 'expected an http(s) origin, e.g. https://wellmindbody.co' })
        .refine(
          v => /^https?:\/\/[^/?#]+\/?$/.test(v),
          'expected an origin only, without a path, e.g. https://wellmindbody.co',
        )
        .transform(v => v.replace(/\/$/, '')),
    ),
    // With a Sanity project, each process follows the Live Content API; "off" where streams cannot stay open
    // (then the webhook keeps the caches fresh).
    SANITY_LIVE: optional(z.enum(['on', 'off'], { error: 'expected "on" or "off"' }))
      .default('on')
      .transform(value => value === 'on'),
    // How many server processes share the port (1: no supervisor).
    WEB_CONCURRENCY: optional(
      z.coerce
        .number({ error: 'expected a number of processes from 1 to 64' })
        .int('expected a number of processes from 1 to 64')
        .min(1, 'expected a number of processes from 1 to 64')
        .max(64, 'expected a number of processes from 1 to 64'),
    ).default(1),
    // The full-page cache's bound, in megabytes (0 turns it off).
    PAGE_CACHE_MB: optional(
      z.coerce.number({ error: 'expected a number of megabytes, e.g. 64' }).min(0).max(4096),
    ).default(64),
    // The Studio's address (e.g. https://wellmindbody.sanity.studio): only it may frame preview pages.
    SANITY_STUDIO_URL: optional(
      z.url({
        protocol: /^https?$/,
        error: 'expected the Studio’s http(s) URL, e.g. https://wellmindbody.sanity.studio',
      }),
    ),
    // Shared secrets: the webhook's signing secret, and the one that opens a preview session.
    SANITY_WEBHOOK_SECRET: optional(z.string().min(16, 'expected at least 16 characters (e.g. openssl rand -hex 32)')),
    SANITY_PREVIEW_SECRET: optional(z.string().min(16, 'expected at least 16 characters (e.g. openssl rand -hex 32)')),
  })
  .superRefine((env, ctx) => {
    if (env.SANITY_PROJECT_ID && env.SANITY_PREVIEW_SECRET && !env.SANITY_READ_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['SANITY_PREVIEW_SECRET'],
        message: 'is set but SANITY_READ_TOKEN is not: a preview reads drafts, which needs a read token',
      })
    if (!env.SANITY_PROJECT_ID && env.SANITY_READ_TOKEN)
      ctx.addIssue({
        code: 'custom',
        path: ['SANITY_READ_TOKEN'],
        message: 'is set but SANITY_PROJECT_ID is not: set the project id too, or remove the token',
      })
  })

const SECRET = new Set(['SANITY_READ_TOKEN', 'SANITY_WEBHOOK_SECRET', 'SANITY_PREVIEW_SECRET'])

export type Env = z.infer<typeof envSchema>

/** Parses an environment; throws one error that lists every bad variable and what it expects. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  if (result.success) return result.data
  const problems = result.error.issues.map(issue => {
    const name = issue.path.join('.')
    const value = source[name]
    const got = value === undefined || SECRET.has(name) ? '' : ` (got ${JSON.stringify(value)})`
    return `  ${name}: ${issue.message}${got}`
  })
  throw new Error(`Invalid environment:\n${problems.join('\n')}`)
}
