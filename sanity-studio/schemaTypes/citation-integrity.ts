// Integrity of an article's sources before it is published: every passage cites a reference the article lists,
// every listed reference is cited somewhere, and the reference library holds each work once. The pure part reads
// the document; the rules ask the dataset (through the Studio's client, drafts and published alike) for the
// names to show and for other references with the same DOI.
import { getPublishedId, type Path, type SanityClient, type ValidationContext } from 'sanity'

import { formatParenthetical, type Citation } from '../../app/lib/citations/index'
import { toCitation, type CitationSelection } from './documents/citation-preview'

const API_VERSION = '2025-02-19'

interface Ref {
  _ref?: unknown
  _key?: unknown
  _weak?: unknown
  _strengthenOnPublish?: unknown
}

/**
 * A reference the body cites, as its cite mark holds it. A reference still a draft is cited weakly, to be made
 * strong when it is published (`_weak`, `_strengthenOnPublish`): the list must point at it the same way, or the
 * Content Lake refuses the list for pointing at a document that does not exist yet.
 */
export interface CitedReference {
  id: string
  _weak?: true
  _strengthenOnPublish?: unknown
}

/** The references the body cites, in the order a reader meets them, each once. */
export function citedReferences(body: unknown): CitedReference[] {
  const cited = new Map<string, CitedReference>()
  for (const block of Array.isArray(body) ? body : []) {
    const markDefs: unknown = (block as { markDefs?: unknown } | null)?.markDefs
    const children: unknown = (block as { children?: unknown } | null)?.children
    if (!Array.isArray(markDefs) || !Array.isArray(children)) continue
    const cites = new Map<string, CitedReference>()
    for (const def of markDefs as { _type?: unknown; _key?: unknown; citation?: Ref }[]) {
      const ref = def?.citation
      if (def?._type !== 'cite' || typeof def._key !== 'string' || typeof ref?._ref !== 'string') continue
      cites.set(def._key, {
        id: getPublishedId(ref._ref),
        ...(ref._weak === true ? { _weak: true as const } : {}),
        ...(ref._strengthenOnPublish ? { _strengthenOnPublish: ref._strengthenOnPublish } : {}),
      })
    }
    // A mark left in the list of definitions but on no text cites nothing the reader sees.
    for (const child of children as { marks?: unknown }[])
      for (const mark of Array.isArray(child?.marks) ? child.marks : []) {
        const reference = cites.get(mark as string)
        if (reference && !cited.has(reference.id)) cited.set(reference.id, reference)
      }
  }
  return [...cited.values()]
}

export function citedIds(body: unknown): string[] {
  return citedReferences(body).map(reference => reference.id)
}

/** The items of the article's list of references: their key and the id they point at. */
export function listedReferences(references: unknown): { key: string; id: string }[] {
  return (Array.isArray(references) ? (references as Ref[]) : []).flatMap(item =>
    typeof item?._ref === 'string' && typeof item._key === 'string'
      ? [{ key: item._key, id: getPublishedId(item._ref) }]
      : [],
  )
}

export function citedButNotListed(body: unknown, references: unknown): string[] {
  return citedReferencesNotListed(body, references).map(reference => reference.id)
}

export function citedReferencesNotListed(body: unknown, references: unknown): CitedReference[] {
  const listed = new Set(listedReferences(references).map(item => item.id))
  return citedReferences(body).filter(reference => !listed.has(reference.id))
}

export function listedButNotCited(body: unknown, references: unknown): { key: string; id: string }[] {
  const cited = new Set(citedIds(body))
  return listedReferences(references).filter(item => !cited.has(item.id))
}

function rawClient(context: ValidationContext): SanityClient {
  return context.getClient({ apiVersion: API_VERSION }).withConfig({ perspective: 'raw' })
}

type Selection = CitationSelection & { _id: string }

// What a person recognises a reference by: its parenthetical, "(Domino & Warner, 2010)", or its id while
// the document has no authors yet.
async function labels(ids: string[], context: ValidationContext): Promise<Map<string, string>> {
  const documents = await rawClient(context).fetch<Selection[]>(
    `*[_type == "citation" && (_id in $ids || _id in $drafts)]{_id, "id": _id, type, authors, year, title}`,
    { ids, drafts: ids.map(id => `drafts.${id}`) },
  )
  const found = new Map<string, string>()
  // The published version names a reference before its draft does.
  for (const document of documents.sort(
    (a, b) => Number(a._id.startsWith('drafts.')) - Number(b._id.startsWith('drafts.')),
  ))
    if (!found.has(getPublishedId(document._id))) found.set(getPublishedId(document._id), label(toCitation(document)))
  return new Map(ids.map(id => [id, found.get(id) ?? id]))
}

function label(citation: Citation): string {
  return citation.authors.length > 0 && citation.year
    ? formatParenthetical(citation)
    : `“${citation.title || citation.id}”`
}

export const ADD_CITED_BUTTON = 'Add the cited references'

/** Error on the list of references: what the text cites and the list leaves out (the site would list it anyway). */
export async function checkCitedAreListed(references: unknown, context: ValidationContext): Promise<true | string> {
  const missing = citedButNotListed(context.document?.body, references)
  if (missing.length === 0) return true
  const names = [...(await labels(missing, context)).values()]
  const what = missing.length === 1 ? 'is cited in the text but is not' : 'are cited in the text but are not'
  return `${names.join(', ')} ${what} in the list of references. Click “${ADD_CITED_BUTTON}” to add ${missing.length === 1 ? 'it' : 'them'}.`
}

/** Warning on each listed reference that no passage cites: readers cannot tell what it supports. */
export async function checkListedAreCited(
  references: unknown,
  context: ValidationContext,
): Promise<true | { message: string; path: Path }[]> {
  const uncited = listedButNotCited(context.document?.body, references)
  if (uncited.length === 0) return true
  const names = await labels(
    uncited.map(item => item.id),
    context,
  )
  return uncited.map(item => ({
    message: `${names.get(item.id)} is listed but never cited in the text. Mark the passage that rests on it with “Cite a reference”, or remove it from the list.`,
    path: [{ _key: item.key }],
  }))
}

/** Warning on a reference whose DOI another reference already has: articles should cite one of them. */
export async function checkDoiIsUnique(doi: unknown, context: ValidationContext): Promise<true | string> {
  if (typeof doi !== 'string' || doi.trim() === '') return true
  const others = await findSameDoi(rawClient(context), doi, context.document?._id ?? '')
  if (others.length === 0) return true
  return `${others.map(other => other.label).join(' and ')} already ${others.length === 1 ? 'has' : 'have'} this DOI. Keep one reference for the work: cite that one in articles, and delete this copy (the link under this field opens it).`
}

export interface SameDoi {
  id: string
  label: string
}

/** The other references (by published id) with this DOI, ignoring case as DOIs do; shared with the DOI field's link. */
export async function findSameDoi(client: SanityClient, doi: string, ownId: string): Promise<SameDoi[]> {
  const documents = await client.fetch<Selection[]>(
    `*[_type == "citation" && !sanity::versionOf($published) && !(_id in path("versions.**")) && lower(doi) == lower($doi)]{_id, "id": _id, type, authors, year, title}`,
    { published: getPublishedId(ownId), doi: doi.trim() },
  )
  const byId = new Map<string, SameDoi>()
  for (const document of documents) {
    const id = getPublishedId(document._id)
    if (!byId.has(id) || !document._id.startsWith('drafts.'))
      byId.set(id, { id, label: label({ ...toCitation(document), id }) })
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id))
}

/** Warning where the kind of work usually has an address readers can follow and this reference has none. */
export function checkHasLink(field: 'doi' | 'url') {
  return (value: unknown, context: ValidationContext): true | string => {
    const document = context.document as { type?: unknown; doi?: unknown; url?: unknown } | undefined
    if (
      !document ||
      (typeof document.doi === 'string' && document.doi) ||
      (typeof document.url === 'string' && document.url)
    )
      return true
    if (field === 'doi' && document.type === 'article-journal')
      return 'A journal article usually has a DOI: find it on the article’s page (or at search.crossref.org) so readers can open the study. If it has none, enter its web address below.'
    if (field === 'url' && document.type === 'webpage')
      return 'Enter the web address of the page, so readers can open it.'
    return true
  }
}
