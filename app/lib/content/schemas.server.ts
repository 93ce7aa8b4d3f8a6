// zod schemas for every query result: content that drifts from the model fails loudly, here, with a path.
import { z } from 'zod'

import { isImageUrl } from '../images.ts'
import type { ImageRef } from './types.ts'

const text = z
  .string()
  .nullable()
  .optional()
  .transform(value => value ?? null)
const body = z.array(z.looseObject({ _type: z.string(), _key: z.string().optional() }))

const image = z
  .object({
    url: z.string().nullable().optional(),
    alt: text,
    width: z.number().nullish(),
    height: z.number().nullish(),
  })
  .nullable()
  .optional()
  .transform((value): ImageRef | null =>
    value && isImageUrl(value.url)
      ? { url: value.url, alt: value.alt ?? '', width: value.width ?? null, height: value.height ?? null }
      : null,
  )

const authorSummary = z.object({ name: z.string(), slug: text, credentials: text })
const author = authorSummary.extend({ role: text, shortBio: text, bio: body, image })

const postLink = z.object({ title: z.string(), slug: z.string(), publishedAt: z.string() })
const postSummary = postLink.extend({ id: z.string(), excerpt: text, author: authorSummary.nullable() })

const personName = z.object({ family: text, given: text, literal: text })
const citation = z.object({
  id: z.string(),
  type: z.enum(['article-journal', 'book', 'chapter', 'webpage']),
  authors: z.array(personName),
  year: z
    .number()
    .int()
    .nullable()
    .optional()
    .transform(value => value ?? null),
  title: z.string(),
  containerTitle: text,
  volume: text,
  issue: text,
  pages: text,
  edition: text,
  publisher: text,
  doi: text,
  url: text,
})

type ParsedCitation = z.output<typeof citation>

// A citation both cited inline and listed comes back twice; a dangling reference comes back as null.
function uniqueCitations(citations: Array<ParsedCitation | null>): ParsedCitation[] {
  const byId = new Map<string, ParsedCitation>()
  for (const entry of citations) if (entry && !byId.has(entry.id)) byId.set(entry.id, entry)
  return [...byId.values()]
}

export const postPageResult = z.object({ total: z.number().int(), posts: z.array(postSummary) })

export const postResult = postSummary
  .extend({
    updatedAt: text,
    author: author.nullable(),
    body,
    mainImage: image,
    citations: z.array(citation.nullable()).transform(uniqueCitations),
    previous: postLink.nullable(),
    next: postLink.nullable(),
  })
  .nullable()

export const authorPageResult = z.object({ author, posts: z.array(postSummary) }).nullable()

export const siteSettingsResult = z.object({ title: z.string().nullish(), description: text, siteUrl: text }).nullable()
