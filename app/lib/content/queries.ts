// Every GROQ query of the app, and nothing else. The same strings run against a Sanity project and,
// offline, through groq-js over the bundled NDJSON dataset (see source.server.ts).
import { defineQuery } from 'groq'

// Public: a post with a slug, published, not in the future. Compare and order through dateTime(): as plain
// strings "…00.000Z" sorts before "…00Z", and dateTime(x) <= now() is null (now() is a string).
// Drafts and versions are excluded by the perspective, not here, so preview can reuse these queries.
const isPublicPost = /* groq */ `_type == "post" && defined(slug.current) && dateTime(publishedAt) <= dateTime(now())`

const postLink = /* groq */ `"id": _id, "title": coalesce(title, slug.current), "slug": slug.current, publishedAt`
const authorSummary = /* groq */ `"id": _id, name, "slug": slug.current, credentials`
const image = /* groq */ `"url": asset->url, alt, "width": asset->metadata.dimensions.width, "height": asset->metadata.dimensions.height,
  crop, hotspot`
const citationFields = /* groq */ `"id": _id, type, "authors": coalesce(authors, [])[]{family, given, literal}, year,
  "title": coalesce(title, ""), containerTitle, volume, issue, pages, edition, publisher, doi, url, originalText`
const topicLink = /* groq */ `"id": _id, title, "slug": slug.current`
// In her order; a topic without a web address (no page to link to) or deleted is dropped when parsed.
const postTopics = /* groq */ `"topics": coalesce(topics, [])[]->{${topicLink}}`
const postSummary = /* groq */ `${postLink}, excerpt, "author": author->{${authorSummary}}`
// Listed in the sitemap and the feeds, unless she hid the post from search engines.
const isIndexable = /* groq */ `!(seo.noindex == true)`
// What search and sharing read: the modified date (updatedAt, else _updatedAt, else publishedAt; see
// schemas.server.ts), the revision that versions the share image, and her overrides.
const modifiedFields = /* groq */ `updatedAt, "systemUpdatedAt": _updatedAt`
const postMachineFields = /* groq */ `"rev": _rev, ${modifiedFields},
  "seo": seo{title, description, "noindex": noindex == true, "image": image{${image}}}`
const postBody = /* groq */ `"body": coalesce(body, [])[]{
    ...,
    _type == "image" => {${image}, caption}
  }`
// Dereferenced, not joined: a join over every citation costs groq-js ~20 ms a post; duplicates and
// dangling references (null) are removed when the result is parsed.
const postCitations = /* groq */ `"citations": [
    ...coalesce(references, [])[]->{${citationFields}},
    ...coalesce(body, [])[].markDefs[_type == "cite"].citation->{${citationFields}}
  ]`
const fullAuthor = /* groq */ `{${authorSummary}, role, shortBio, "bio": coalesce(bio, []), "image": image{${image}}}`

// One total order everywhere: newest first, ties by _id descending. The index and Previous/Next agree.
// The neighbours of the post in scope (^): Previous is the next newer post, Next the next older one.
const newerNeighbour = /* groq */ `*[${isPublicPost} && (dateTime(publishedAt) > dateTime(^.publishedAt)
      || (dateTime(publishedAt) == dateTime(^.publishedAt) && _id > ^._id))]
    | order(dateTime(publishedAt) asc, _id asc) [0]`
const olderNeighbour = /* groq */ `*[${isPublicPost} && (dateTime(publishedAt) < dateTime(^.publishedAt)
      || (dateTime(publishedAt) == dateTime(^.publishedAt) && _id < ^._id))]
    | order(dateTime(publishedAt) desc, _id desc) [0]`

// One page of the index: the posts the order puts on it (a page is ten ids from POST_ORDER_QUERY).
export const POST_PAGE_QUERY = defineQuery(`*[_id in $ids] | order(dateTime(publishedAt) desc, _id desc) {
  ${postSummary}
}`)

// The order of every public post, newest first: computed once per dataset version (the query cache keeps it
// until a post changes), it gives each article its Previous and Next and maps a slug to its post, so that
// an article's own query is a lookup by id instead of a scan and two sorts of every post (ADR 014).
export const POST_ORDER_QUERY = defineQuery(`*[${isPublicPost}] | order(dateTime(publishedAt) desc, _id desc) {
  ${postLink}
}`)

// One article, by the id the order gave for its slug.
export const POST_BY_ID_QUERY = defineQuery(`*[_id == $id][0] {
  ${postSummary},
  ${postMachineFields},
  "author": author->${fullAuthor},
  ${postBody},
  "mainImage": mainImage{${image}},
  ${postTopics},
  "reviewedBy": reviewedBy->{${authorSummary}},
  lastReviewed,
  "sensitiveTopic": sensitiveTopic == true,
  ${postCitations}
}`)

export const AUTHOR_BY_SLUG_QUERY = defineQuery(`*[_type == "author" && slug.current == $slug][0] {
  "author": ${fullAuthor},
  "rev": _rev,
  "modifiedAt": _updatedAt,
  "posts": *[${isPublicPost} && author._ref == ^._id] | order(dateTime(publishedAt) desc, _id desc) {${postSummary}}
}`)

export const SITE_SETTINGS_QUERY = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0] {
  title, description, siteUrl, "rev": _rev, "modifiedAt": _updatedAt,
  intro, specialties, phone, email, address, disclaimer, "founderSlug": founder->slug.current
}`)

// The feeds: the newest public posts, in the index's order, with everything an article page renders.
export const FEED_QUERY = defineQuery(`*[${isPublicPost} && ${isIndexable}]
  | order(dateTime(publishedAt) desc, _id desc) [0...$limit] {
  ${postSummary},
  ${postMachineFields},
  ${postBody},
  ${postTopics},
  ${postCitations}
}`)

// Site search and related articles: every public post search engines may show, as plain text, with its topics,
// author and the references it lists or cites. The index is built from this once per dataset version.
export const SEARCH_QUERY = defineQuery(`*[${isPublicPost} && ${isIndexable}]
  | order(dateTime(publishedAt) desc, _id desc) {
  "id": _id, "slug": slug.current, "title": coalesce(title, slug.current), "excerpt": coalesce(excerpt, ""),
  "body": pt::text(coalesce(body, [])),
  "topics": coalesce(topics, [])[]->{title, "slug": slug.current},
  "author": author->name,
  publishedAt,
  "citations": array::unique(coalesce(references, [])[]._ref + coalesce(body, [])[].markDefs[_type == "cite"].citation._ref)
}`)

// The sitemap: every public post (the index pages list the hidden ones too, so they count for its pages),
// every author page, and when the settings last changed.
export const SITEMAP_QUERY = defineQuery(`{
  "posts": *[${isPublicPost}] | order(dateTime(publishedAt) desc, _id desc) {
    "slug": slug.current, publishedAt, ${modifiedFields}, "noindex": seo.noindex == true
  },
  "authors": *[_type == "author" && defined(slug.current)] | order(slug.current asc) {
    "slug": slug.current, "modifiedAt": _updatedAt,
    "posts": *[${isPublicPost} && author._ref == ^._id] {publishedAt, ${modifiedFields}}
  },
  "siteModifiedAt": *[_type == "siteSettings" && _id == "siteSettings"][0]._updatedAt,
  "founder": *[_type == "siteSettings" && _id == "siteSettings"][0].founder->{"slug": slug.current, "modifiedAt": _updatedAt},
  "topics": *[_type == "topic" && defined(slug.current)] | order(slug.current asc) {
    "slug": slug.current, "modifiedAt": _updatedAt,
    "posts": *[${isPublicPost} && ^._id in topics[]._ref] {publishedAt, ${modifiedFields}}
  },
  "services": *[_type == "service" && defined(slug.current)] | order(slug.current asc) {"slug": slug.current, "modifiedAt": _updatedAt},
  "pages": *[_type == "page" && defined(slug.current)] | order(slug.current asc) {"slug": slug.current, "modifiedAt": _updatedAt}
}`)

// The practice's pages around the blog. Services in the order she gives them, then by name.
const serviceSummary = /* groq */ `"id": _id, title, "slug": slug.current, summary`
const servicesInOrder = /* groq */ `*[_type == "service" && defined(slug.current)] | order(coalesce(order, 1000) asc, title asc)`
const topicsByName = /* groq */ `*[_type == "topic" && defined(slug.current)] | order(title asc)`

export const HOME_QUERY = defineQuery(`{
  "latest": *[${isPublicPost}] | order(dateTime(publishedAt) desc, _id desc) [0...3] {${postSummary}},
  "services": ${servicesInOrder} {${serviceSummary}},
  "topics": ${topicsByName} {${topicLink}}
}`)

export const SERVICES_QUERY = defineQuery(`${servicesInOrder} {${serviceSummary}}`)

export const SERVICE_BY_SLUG_QUERY = defineQuery(`*[_type == "service" && slug.current == $slug][0] {
  ${serviceSummary}, "modifiedAt": _updatedAt, "body": coalesce(body, []),
  "relatedPosts": *[${isPublicPost} && _id in ^.relatedPosts[]._ref]
    | order(dateTime(publishedAt) desc, _id desc) {${postSummary}}
}`)

export const TOPIC_BY_SLUG_QUERY = defineQuery(`*[_type == "topic" && slug.current == $slug][0] {
  ${topicLink}, description, "modifiedAt": _updatedAt,
  "posts": *[${isPublicPost} && ^._id in topics[]._ref] | order(dateTime(publishedAt) desc, _id desc) {${postSummary}}
}`)

export const PAGE_BY_SLUG_QUERY = defineQuery(`*[_type == "page" && slug.current == $slug][0] {
  "id": _id, title, "slug": slug.current, summary, updatedAt, "modifiedAt": _updatedAt, "body": coalesce(body, [])
}`)

// Redirects: the whole table is small (legacy addresses), and only read for an address that has no page.
export const REDIRECTS_QUERY = defineQuery(`*[_type == "redirect" && defined(from) && defined(to)] {
  from, to, "permanent": permanent != false
}`)

// The live post whose earlier address this was; the newest one should two posts have used the same slug.
export const RENAMED_POST_QUERY = defineQuery(`*[${isPublicPost} && $slug in previousSlugs]
  | order(dateTime(publishedAt) desc, _id desc) [0].slug.current`)

export const PATH_IS_LIVE_QUERY = defineQuery(`select(
  $kind == "post" => count(*[${isPublicPost} && slug.current == $slug]) > 0,
  $kind == "author" => count(*[_type == "author" && slug.current == $slug]) > 0,
  $kind == "topic" => count(*[_type == "topic" && slug.current == $slug]) > 0,
  $kind == "service" => count(*[_type == "service" && slug.current == $slug]) > 0,
  $kind == "standalone" => count(*[_type == "page" && slug.current == $slug]) > 0,
  false
)`)

// What a change to a post touches besides itself: the public posts now on either side of it.
export const NEIGHBOUR_IDS_QUERY = defineQuery(`*[${isPublicPost} && _id == $id][0] {
  "previous": ${newerNeighbour}._id,
  "next": ${olderNeighbour}._id
}`)

// The next scheduled post: when its moment comes, what shows it must be refreshed without any edit.
export const NEXT_SCHEDULED_QUERY = defineQuery(`*[_type == "post" && defined(slug.current)
  && dateTime(publishedAt) > dateTime(now())] | order(dateTime(publishedAt) asc, _id asc) [0] {"id": _id, publishedAt}`)
