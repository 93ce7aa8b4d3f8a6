// Small builders for Sanity documents, as `sanity dataset export` writes them.
import { createContentService } from '~/lib/content/content.server'
import type { SanityDocument } from '~/lib/content/dataset.server'
import { createLocalSource } from '~/lib/content/source.server'

let keys = 0
const key = () => `k${(keys++).toString(16).padStart(11, '0')}`

export const ref = (id: string) => ({ _type: 'reference', _ref: id })

export function block(text: string, options: { style?: string; marks?: string[]; markDefs?: object[] } = {}) {
  return {
    _type: 'block',
    _key: key(),
    style: options.style ?? 'normal',
    markDefs: options.markDefs ?? [],
    children: [{ _type: 'span', _key: key(), text, marks: options.marks ?? [] }],
  }
}

export function post(id: string, publishedAt: string | null, fields: Record<string, unknown> = {}): SanityDocument {
  const slug = id.replace(/^(drafts|versions\.[^.]+)\./, '')
  return {
    _id: id,
    _type: 'post',
    title: `Post ${slug}`,
    slug: { _type: 'slug', current: slug },
    excerpt: `About ${slug}.`,
    publishedAt,
    author: ref('author-ada'),
    body: [block(`Body of ${slug}.`)],
    ...fields,
  }
}

export function author(id = 'author-ada', fields: Record<string, unknown> = {}): SanityDocument {
  return {
    _id: id,
    _type: 'author',
    name: 'Ada Example',
    slug: { _type: 'slug', current: id.replace(/^author-/, '') },
    credentials: 'Ph.D.',
    role: 'Therapist',
    shortBio: 'Writes about examples.',
    bio: [block('A longer bio.')],
    ...fields,
  }
}

export function citation(
  id: string,
  family: string,
  year: number,
  fields: Record<string, unknown> = {},
): SanityDocument {
  return {
    _id: id,
    _type: 'citation',
    type: 'article-journal',
    authors: [{ _type: 'personName', _key: key(), family, given: 'A. B.' }],
    year,
    title: `A study by ${family}`,
    containerTitle: 'Journal of Examples',
    volume: '1',
    issue: '2',
    pages: '3–4',
    doi: `10.1234/${id}`,
    ...fields,
  }
}

/** A content service over the given documents, evaluated with groq-js like the bundled dataset. */
export function setupContent(documents: SanityDocument[], options: { now?: Date } = {}) {
  const now = options.now
  const source = createLocalSource(documents, now ? { now: () => now } : {})
  return { source, content: createContentService({ source }) }
}
