// Small, valid documents to break one field at a time.
import type { SanityDocument } from 'sanity'

type Doc = Partial<SanityDocument> & { _id: string; _type: string; [field: string]: unknown }

export const author: Doc = {
  _id: 'author-elizabeth-miller',
  _type: 'author',
  name: 'Elizabeth Miller',
  slug: { _type: 'slug', current: 'elizabeth-miller' },
  credentials: 'Ph.D., LPC-S, LMFT',
}

export function citation(fields: Record<string, unknown> = {}): Doc {
  return {
    _id: 'citation-smith2021',
    _type: 'citation',
    type: 'article-journal',
    authors: [{ _type: 'personName', _key: 'a1', family: 'Smith', given: 'Jane A.' }],
    year: 2021,
    title: 'Breathing and the stress response',
    containerTitle: 'Journal of Calm',
    volume: '12',
    issue: '3',
    pages: '45–67',
    doi: '10.1037/abc0000123',
    ...fields,
  }
}

export function block(text: string, { markDefs = [], marks = [] }: { markDefs?: object[]; marks?: string[] } = {}) {
  return {
    _type: 'block',
    _key: `b-${text.length}`,
    style: 'normal',
    markDefs,
    children: [{ _type: 'span', _key: 's1', text, marks }],
  }
}

export function post(fields: Record<string, unknown> = {}): Doc {
  return {
    _id: 'post-breathing',
    _type: 'post',
    title: 'Three breathing practices for anxious days',
    slug: { _type: 'slug', current: 'three-breathing-practices' },
    excerpt:
      'Slow breathing calms the body’s alarm system. Here are three practices you can try anywhere, in a few minutes.',
    publishedAt: '2024-03-01T09:00:00Z',
    author: { _type: 'reference', _ref: author._id },
    body: [
      block('Slow breathing lowers the heart rate.', {
        markDefs: [
          { _type: 'cite', _key: 'c1', citation: { _type: 'reference', _ref: 'citation-smith2021' }, locator: 'p. 50' },
        ],
        marks: ['c1'],
      }),
      block('Read more on our blog.', { markDefs: [{ _type: 'link', _key: 'l1', href: '/blog' }], marks: ['l1'] }),
    ],
    references: [{ _type: 'reference', _key: 'r1', _ref: 'citation-smith2021' }],
    ...fields,
  }
}

export const image = (fields: Record<string, unknown> = {}) => ({
  _type: 'image',
  _key: 'img1',
  asset: { _type: 'reference', _ref: 'image-abc123-800x600-jpg' },
  ...fields,
})

/** A dataset in which the documents above exist (what the Studio's reference checks look up). */
export function world(...extra: Doc[]): SanityDocument[] {
  return [
    author,
    citation(),
    { _id: 'image-abc123-800x600-jpg', _type: 'sanity.imageAsset' },
    ...extra,
  ] as SanityDocument[]
}

export function redirect(fields: Record<string, unknown> = {}): Doc {
  return {
    _id: 'redirect-anxiety',
    _type: 'redirect',
    from: '/blog/category/anxiety',
    to: '/blog',
    permanent: true,
    ...fields,
  }
}
