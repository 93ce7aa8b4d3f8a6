// The domain types routes and components see. No Sanity or zod types leak past the content layer.
import type { Citation } from '../citations/index.ts'

export type { Citation }

/** Portable Text as stored: blocks and custom blocks, rendered by app/components/portable-text. */
export type PortableTextBody = Array<{ _type: string; _key?: string; [field: string]: unknown }>

export interface ImageRef {
  url: string
  alt: string
  width: number | null
  height: number | null
  /** As the Studio stores them: fractions cut from each side, and the point to keep in view. */
  crop: { top: number; bottom: number; left: number; right: number } | null
  hotspot: { x: number; y: number; width: number; height: number } | null
}

/** Her overrides for search and sharing; each null falls back to the article's own value. */
export interface SeoOverrides {
  title: string | null
  description: string | null
  image: ImageRef | null
  noindex: boolean
}

export interface AuthorSummary {
  id: string
  name: string
  slug: string | null
  credentials: string | null
}

export interface Author extends AuthorSummary {
  role: string | null
  shortBio: string | null
  bio: PortableTextBody
  image: ImageRef | null
}

export interface PostLink {
  id: string
  title: string
  slug: string
  publishedAt: string
}

export interface PostSummary extends PostLink {
  excerpt: string | null
  author: AuthorSummary | null
}

/** What machines read of a post besides its text: revision, modified date, overrides. */
export interface PostMachineFields {
  /** The document revision (`_rev`; the dataset reader fills in a content hash where a line has none). */
  rev: string | null
  /** updatedAt when set, else _updatedAt, else publishedAt; never before publishedAt. */
  modifiedAt: string
  seo: SeoOverrides
}

export interface TopicLink {
  id: string
  title: string
  slug: string
}

export interface Post extends PostSummary, PostMachineFields {
  updatedAt: string | null
  author: Author | null
  topics: TopicLink[]
  /** The clinician who last reviewed the article, and the day (YYYY-MM-DD); both or neither. */
  reviewedBy: AuthorSummary | null
  lastReviewed: string | null
  /** Puts crisis help at the top of the article too. */
  sensitiveTopic: boolean
  body: PortableTextBody
  mainImage: ImageRef | null
  /** Every citation the post cites inline or lists, resolved; dangling references are left out. */
  citations: Citation[]
  /** The newer neighbour in index order (publishedAt desc, _id desc). */
  previous: PostLink | null
  /** The older neighbour in index order. */
  next: PostLink | null
}

export interface PostPage {
  posts: PostSummary[]
  page: number
  pageCount: number
  total: number
}

export interface AuthorPage {
  author: Author
  rev: string | null
  modifiedAt: string | null
  posts: PostSummary[]
}

export interface SiteSettings {
  title: string
  description: string | null
  siteUrl: string | null
  rev: string | null
  modifiedAt: string | null
  /** The home page's opening: who the practice serves and how it works. */
  intro: string | null
  specialties: string[]
  contact: { phone: string | null; email: string | null; address: string | null }
  /** Shown under every article. */
  disclaimer: string
  /** The author page of the practice lead, which the About page presents. */
  founderSlug: string | null
}

export interface ServiceSummary {
  id: string
  title: string
  slug: string
  summary: string | null
}

export interface Service extends ServiceSummary {
  modifiedAt: string | null
  body: PortableTextBody
  relatedPosts: PostSummary[]
}

export interface HomePage {
  latest: PostSummary[]
  services: ServiceSummary[]
  topics: TopicLink[]
}

export interface TopicPage extends TopicLink {
  description: string | null
  modifiedAt: string | null
  posts: PostSummary[]
}

export interface Page {
  id: string
  title: string
  slug: string
  summary: string | null
  /** The day she last revised it (YYYY-MM-DD), if she set one. */
  updatedAt: string | null
  modifiedAt: string | null
  body: PortableTextBody
}

/** A post as the feeds carry it: the whole text, rendered like the article page. */
export interface FeedPost extends PostSummary, PostMachineFields {
  updatedAt: string | null
  body: PortableTextBody
  topics: TopicLink[]
  citations: Citation[]
}

export interface SitemapEntries {
  posts: Array<{ slug: string; publishedAt: string; modifiedAt: string; noindex: boolean }>
  authors: Array<{ slug: string; modifiedAt: string | null }>
  siteModifiedAt: string | null
  /** The practice lead the About page presents; without one there is no About page. */
  founder: { slug: string; modifiedAt: string | null } | null
  topics: Array<{ slug: string; modifiedAt: string | null }>
  services: Array<{ slug: string; modifiedAt: string | null }>
  pages: Array<{ slug: string; modifiedAt: string | null }>
}
