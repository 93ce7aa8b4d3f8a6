// zod schemas for every query result: content that drifts from the model fails loudly, here, with a path.
import { z } from 'zod'

import { latestInstant } from '../dates.ts'
import { isImageUrl } from '../images.ts'
import type { ImageRef } from './types.ts'

const text = z
  .string()
  .nullable()
  .optional()
  .transform(value => value ?? null)
const body = z.array(z.looseObject({ _type: z.string(), _key: z.string().optional() }))

const fraction = z.number().min(0).max(1)
const crop = z.object({ top: fraction, bottom: fraction, left: fraction, right: fraction }).nullish()
const hotspot = z.object({ x: fraction, y: fraction, width: fraction, height: fraction }).nullish()

const image = z
  .object({
    url: z.string().nullable().optional(),
    alt: text,
    width: z.number().nullish(),
    height: z.number().nullish(),
    crop,
    hotspot,
  })
  .nullable()
  .optional()
  .transform((value): ImageRef | null =>
    value && isImageUrl(value.url)
      ? {
          url: value.url,
          alt: value.alt ?? '',
          width: value.width ?? null,
          height: value.height ?? null,
          crop: value.crop ?? null,
          hotspot: value.hotspot ?? null,
        }
      : null,
  )

const authorSummary = z.object({ id: z.string(), name: z.string(), slug: text, credentials: text })
const author = authorSummary.extend({ role: text, shortBio: text, bio: body, image })

const topicLink = z.object({ id: z.string(), title: z.string(), slug: z.string() })
const topics = z
  .array(topicLink.extend({ slug: z.string().nullish() }).nullable())
  .nullish()
  .transform(list =>
    (list ?? []).flatMap(topic => (topic?.slug ? [{ id: topic.id, title: topic.title, slug: topic.slug }] : [])),
  )

const postLink = z.object({ id: z.string(), title: z.string(), slug: z.string(), publishedAt: z.string() })
const postSummary = postLink.extend({ excerpt: text, author: authorSummary.nullable() })

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
  originalText: text,
})

type ParsedCitation = z.output<typeof citation>

// A citation both cited inline and listed comes back twice; a dangling reference comes back as null.
function uniqueCitations(citations: Array<ParsedCitation | null>): ParsedCitation[] {
  const byId = new Map<string, ParsedCitation>()
  for (const entry of citations) if (entry && !byId.has(entry.id)) byId.set(entry.id, entry)
  return [...byId.values()]
}

const instant = z.string().nullish()

/** updatedAt when set, else _updatedAt, else publishedAt; an edit dated before publication counts as publication. */
export function modifiedAt(publishedAt: string, updatedAt?: string | null, systemUpdatedAt?: string | null): string {
  const candidate = updatedAt || systemUpdatedAt || publishedAt
  const time = Date.parse(candidate)
  return Number.isNaN(time) || time < Date.parse(publishedAt) ? publishedAt : candidate
}

const seo = z
  .object({ title: text, description: text, noindex: z.boolean().nullish(), image })
  .nullish()
  .transform(value => ({
    title: value?.title?.trim() || null,
    description: value?.description?.trim() || null,
    image: value?.image ?? null,
    noindex: value?.noindex === true,
  }))

// Shared by every query that selects postMachineFields (queries.ts); publishedAt comes from the post link.
const machineFields = { rev: text, updatedAt: text, systemUpdatedAt: instant, seo }
type WithMachineFields = { publishedAt: string; updatedAt: string | null; systemUpdatedAt?: string | null }
function withModifiedAt<T extends WithMachineFields>({ systemUpdatedAt, ...post }: T) {
  return { ...post, modifiedAt: modifiedAt(post.publishedAt, post.updatedAt, systemUpdatedAt) }
}

export const postPageResult = z.array(postSummary)

export const postResult = postSummary
  .extend({
    ...machineFields,
    author: author.nullable(),
    body,
    mainImage: image,
    topics,
    reviewedBy: authorSummary.nullish().transform(value => value ?? null),
    lastReviewed: text,
    sensitiveTopic: z.boolean(),
    citations: z.array(citation.nullable()).transform(uniqueCitations),
  })
  .transform(withModifiedAt)
  .nullable()

export const postOrderResult = z.array(postLink)

export const authorPageResult = z
  .object({ author, rev: text, modifiedAt: text, posts: z.array(postSummary) })
  .nullable()

export const siteSettingsResult = z
  .object({
    title: z.string().nullish(),
    description: text,
    siteUrl: text,
    rev: text,
    modifiedAt: text,
    intro: text,
    specialties: z.array(z.string()).nullish(),
    phone: text,
    email: text,
    address: text,
    disclaimer: text,
    founderSlug: text,
  })
  .nullable()

export const feedResult = z.array(
  postSummary
    .extend({ ...machineFields, body, topics, citations: z.array(citation.nullable()).transform(uniqueCitations) })
    .transform(withModifiedAt),
)

const dated = z.object({ publishedAt: z.string(), updatedAt: text, systemUpdatedAt: instant })
const modified = ({ publishedAt, updatedAt, systemUpdatedAt }: z.output<typeof dated>) =>
  modifiedAt(publishedAt, updatedAt, systemUpdatedAt)

export const sitemapResult = z.object({
  posts: z.array(
    dated.extend({ slug: z.string(), noindex: z.boolean() }).transform(post => ({
      slug: post.slug,
      publishedAt: post.publishedAt,
      modifiedAt: modified(post),
      noindex: post.noindex,
    })),
  ),
  authors: z.array(
    z.object({ slug: z.string(), modifiedAt: text, posts: z.array(dated) }).transform(author => ({
      slug: author.slug,
      // An author page changes with her bio and with each of her posts.
      modifiedAt: latestInstant([author.modifiedAt, ...author.posts.map(modified)]),
    })),
  ),
  siteModifiedAt: text,
  founder: z
    .object({ slug: text, modifiedAt: text })
    .nullish()
    .transform(value => (value?.slug ? { slug: value.slug, modifiedAt: value.modifiedAt } : null)),
  topics: z.array(
    z.object({ slug: z.string(), modifiedAt: text, posts: z.array(dated) }).transform(topic => ({
      slug: topic.slug,
      // A topic page changes with its description and with each of its posts.
      modifiedAt: latestInstant([topic.modifiedAt, ...topic.posts.map(modified)]),
    })),
  ),
  services: z.array(z.object({ slug: z.string(), modifiedAt: text })),
  pages: z.array(z.object({ slug: z.string(), modifiedAt: text })),
})

const serviceSummary = z.object({ id: z.string(), title: z.string(), slug: z.string(), summary: text })

export const homeResult = z.object({
  latest: z.array(postSummary),
  services: z.array(serviceSummary),
  topics: z.array(topicLink),
})

export const servicesResult = z.array(serviceSummary)

export const serviceResult = serviceSummary
  .extend({ modifiedAt: text, body, relatedPosts: z.array(postSummary) })
  .nullable()

export const topicPageResult = topicLink
  .extend({ description: text, modifiedAt: text, posts: z.array(postSummary) })
  .nullable()

export const pageResult = z
  .object({
    id: z.string(),
    title: z.string(),
    slug: z.string(),
    summary: text,
    updatedAt: text,
    modifiedAt: text,
    body,
  })
  .nullable()

export const redirectsResult = z.array(z.object({ from: z.string(), to: z.string(), permanent: z.boolean() }))

export const renamedPostResult = z.string().nullable()

export const pathIsLiveResult = z.boolean()

export const neighbourIdsResult = z
  .object({ previous: z.string().nullable().optional(), next: z.string().nullable().optional() })
  .nullable()
  .transform(value => [value?.previous, value?.next].filter((id): id is string => typeof id === 'string'))

export const nextScheduledResult = z.object({ id: z.string(), publishedAt: z.string() }).nullable()

export const searchResult = z.array(
  z.object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    excerpt: z.string(),
    body: z
      .string()
      .nullish()
      .transform(value => value ?? ''),
    // A topic that was deleted leaves a null behind.
    topics: z
      .array(z.object({ title: z.string().nullish(), slug: z.string().nullish() }).nullable())
      .transform(topics =>
        topics.flatMap(topic => (topic?.title && topic.slug ? [{ title: topic.title, slug: topic.slug }] : [])),
      ),
    author: text,
    publishedAt: z.string(),
    citations: z.array(z.string().nullable()).transform(ids => ids.filter((id): id is string => Boolean(id))),
  }),
)
