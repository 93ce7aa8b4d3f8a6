import type { InitialValueResolverContext, Reference } from 'sanity'

// The practice's author, as imported from content/production.ndjson.
export const PRACTICE_AUTHOR_ID = 'author-elizabeth-miller'

// New articles are by the practice's author; a project without her document falls back to its first author.
export async function practiceAuthor(
  _params: unknown,
  { getClient }: Pick<InitialValueResolverContext, 'getClient'>,
): Promise<Reference> {
  const id = await getClient({ apiVersion: '2025-02-19' }).fetch<string | null>(
    `coalesce(*[_id == $id][0]._id, *[_type == "author" && !(_id in path("drafts.**"))] | order(name asc)[0]._id)`,
    { id: PRACTICE_AUTHOR_ID },
  )
  // No author at all: no default (Sanity leaves a field empty when its initial value is undefined).
  return (id ? { _type: 'reference', _ref: id } : undefined) as Reference
}
