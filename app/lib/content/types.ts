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
}

export interface AuthorSummary {
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
  title: string
  slug: string
  publishedAt: string
}

export interface PostSummary extends PostLink {
  id: string
  excerpt: string | null
  author: AuthorSummary | null
}

export interface Post extends PostSummary {
  updatedAt: string | null
  author: Author | null
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
  posts: PostSummary[]
}

export interface SiteSettings {
  title: string
  description: string | null
  siteUrl: string | null
}
