// What a change to one document drops, whichever input reports it (file watcher, webhook, the clock).
// Cached results carry `doc:<id>` for every document they show and a list tag for the lists they are:
// `posts` (index pages, author, topic and service pages, home, feeds, sitemap), `authors`, `topics`, `services`,
// `pages`, `redirects`, `site`.

export interface DocumentChange {
  id: string
  /** The document's type, before or after the change. */
  type: string
}

export const isDraftOrVersion = (id: string) => id.startsWith('drafts.') || id.startsWith('versions.')

/**
 * The tags to drop for a change. `neighbourIds` are the public posts on either side of a changed post as it
 * is now: their pages show it from now on. Those that showed it before carry its own tag already.
 */
export function tagsForChange(change: DocumentChange, neighbourIds: readonly string[] = []): string[] {
  if (isDraftOrVersion(change.id)) return [] // published content is unchanged; previews are never cached
  const own = `doc:${change.id}`
  switch (change.type) {
    case 'post':
      return [own, 'posts', ...neighbourIds.map(id => `doc:${id}`)]
    case 'author':
      return [own, 'posts', 'authors']
    case 'citation':
      return [own]
    case 'topic':
      return [own, 'topics']
    case 'service':
      return [own, 'services']
    case 'page':
      return [own, 'pages']
    case 'siteSettings':
      return ['site']
    case 'redirect':
      return ['redirects']
    default:
      return ['*'] // an image asset or a type this site does not know: whatever may show it
  }
}

/** The documents that were added, removed or changed between two versions of a dataset. */
export function diffDocuments(
  before: ReadonlyArray<{ _id: string; _type: string }>,
  after: ReadonlyArray<{ _id: string; _type: string }>,
): DocumentChange[] {
  const old = new Map(before.map(doc => [doc._id, doc]))
  const changes: DocumentChange[] = []
  for (const doc of after) {
    const previous = old.get(doc._id)
    old.delete(doc._id)
    if (!previous || JSON.stringify(previous) !== JSON.stringify(doc)) changes.push({ id: doc._id, type: doc._type })
    // A document whose type changed is also gone from what its old type showed.
    if (previous && previous._type !== doc._type) changes.push({ id: doc._id, type: previous._type })
  }
  for (const doc of old.values()) changes.push({ id: doc._id, type: doc._type })
  return changes
}
