// Every GROQ query of the app, and nothing else. The same strings run against a Sanity project and,
// offline, through groq-js over the bundled NDJSON dataset (see source.server.ts).
import { defineQuery } from 'groq'

// Public: a post with a slug, published, not in the future. Compare and order through dateTime(): as plain
// strings "…00.000Z" sorts before "…00Z", and dateTime(x) <= now() is null (now() is a string).
// Drafts and versions are excluded by the perspective, not here, so preview can reuse these queries.
const isPublicPost = /* groq */ `_type == "post" && defined(slug.current) && dateTime(publishedAt) <= dateTime(now())`

const postLink = /* groq */ `"title": coalesce(title, slug.current), "slug": slug.current, publishedAt`
const authorSummary = /* groq */ `name, "slug": slug.current, credentials`
const image = /* groq */ `"url": asset->url, alt, "width": asset->metadata.dimensions.width, "height": asset->metadata.dimensions.height`
const citationFields = /* groq */ `"id": _id, type, "authors": coalesce(authors, [])[]{family, given, literal}, year,
  "title": coalesce(title, ""), containerTitle, volume, issue, pages, edition, publisher, doi, url`
const postSummary = /* groq */ `"id": _id, ${postLink}, excerpt, "author": author->{${authorSummary}}`

// One total order everywhere: newest first, ties by _id descending. The index and Previous/Next agree.
export const POST_PAGE_QUERY = defineQuery(`{
  "total": count(*[${isPublicPost}]),
  "posts": *[${isPublicPost}] | order(dateTime(publishedAt) desc, _id desc) [$start...$end] {${postSummary}}
}`)

export const POST_BY_SLUG_QUERY = defineQuery(`*[${isPublicPost} && slug.current == $slug]
  | order(dateTime(publishedAt) desc, _id desc) [0] {
  ${postSummary},
  updatedAt,
  "author": author->{${authorSummary}, role, shortBio, "bio": coalesce(bio, []), "image": image{${image}}},
  "body": coalesce(body, [])[]{
    ...,
    _type == "image" => {${image}, caption}
  },
  "mainImage": mainImage{${image}},
  // Dereferenced, not joined: a join over every citation costs groq-js ~20 ms a post; duplicates and
  // dangling references (null) are removed when the result is parsed.
  "citations": [
    ...coalesce(references, [])[]->{${citationFields}},
    ...coalesce(body, [])[].markDefs[_type == "cite"].citation->{${citationFields}}
  ],
  "previous": *[${isPublicPost} && (dateTime(publishedAt) > dateTime(^.publishedAt)
      || (dateTime(publishedAt) == dateTime(^.publishedAt) && _id > ^._id))]
    | order(dateTime(publishedAt) asc, _id asc) [0] {${postLink}},
  "next": *[${isPublicPost} && (dateTime(publishedAt) < dateTime(^.publishedAt)
      || (dateTime(publishedAt) == dateTime(^.publishedAt) && _id < ^._id))]
    | order(dateTime(publishedAt) desc, _id desc) [0] {${postLink}}
}`)

export const AUTHOR_BY_SLUG_QUERY = defineQuery(`*[_type == "author" && slug.current == $slug][0] {
  "author": {${authorSummary}, role, shortBio, "bio": coalesce(bio, []), "image": image{${image}}},
  "posts": *[${isPublicPost} && author._ref == ^._id] | order(dateTime(publishedAt) desc, _id desc) {${postSummary}}
}`)

export const SITE_SETTINGS_QUERY = defineQuery(
  `*[_type == "siteSettings" && _id == "siteSettings"][0] {title, description, siteUrl}`,
)
