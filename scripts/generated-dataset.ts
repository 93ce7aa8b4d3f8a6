// A generated dataset of N posts for the scale benchmarks: the bundled dataset's posts, copied with new
// ids, slugs and dates (one a day going back), their authors, references and topics shared as they are.
import type { SanityDocument } from '../app/lib/content/dataset.server.ts'
import { readDataset } from '../app/lib/content/dataset.server.ts'

export function generateDataset(posts: number, file = 'content/production.ndjson'): SanityDocument[] {
  const documents = readDataset(file)
  const templates = documents.filter(doc => doc._type === 'post' && !doc._id.startsWith('drafts.'))
  const others = documents.filter(doc => doc._type !== 'post')
  const start = Date.parse('2026-01-01T09:00:00Z')
  const generated = Array.from({ length: posts }, (_, i) => {
    const template = templates[i % templates.length]!
    return {
      ...template,
      _id: `post-generated-${i}`,
      _rev: `gen-${i}`,
      slug: { _type: 'slug', current: `generated-${i}` },
      title: `${String(template.title)} (${i})`,
      publishedAt: new Date(start - i * 86_400_000).toISOString(),
      previousSlugs: [],
    } as SanityDocument
  })
  return [...others, ...generated]
}
