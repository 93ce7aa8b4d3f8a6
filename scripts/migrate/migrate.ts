// The Squarespace export → the documents of this site. Pure of I/O except through `options` (images, DOI
// lookups), so the tests run it over a fixture as the command does.
import { createHash } from 'node:crypto'

import { FALLBACK_DISCLAIMER } from '../../app/lib/disclaimer.ts'
import { redirectKey } from '../../app/lib/redirects.ts'
import type { CitableReference } from '../../app/lib/citations/find-in-text.ts'
import { parseApaReference } from '../../app/lib/citations/parse-apa.ts'
import { RESERVED_PAGE_SLUGS } from '../../sanity-studio/schemaTypes/documents/page.ts'
import { convertBody, type BodySchemaType, type BodyBlock, type ImageBlock, type TextBlock } from './body.ts'
import { citableReference, isTextBlock, linkCitations, ReferenceRegistry, type SanityDoc } from './references.ts'
import type { WxrExport, WxrItem } from './wxr.ts'

export interface MigrationOptions {
  schemaType: BodySchemaType
  /** The documents of the `--into` dataset: reused, never duplicated. */
  existing?: SanityDoc[]
  /** Called once per item, for progress on a terminal. */
  onItem?: (index: number, total: number, item: WxrItem) => void
}

export interface PostReport {
  id: string
  title: string
  status: 'published' | 'draft'
  notes: string[]
}

export interface MigrationResult {
  /** New documents only, in the order they are written. */
  documents: SanityDoc[]
  /** Image addresses on the old CDN that bodies point at, with the image objects to fill. */
  images: Map<string, Array<{ target: ImageBlock | Record<string, unknown> }>>
  report: {
    posts: PostReport[]
    pages: { title: string; outcome: string }[]
    skipped: { line: number; title: string; reason: string }[]
    references: {
      parsed: number
      unsure: { id: string; text: string; notes: string[] }[]
      reused: number
      created: number
    }
    citations: { linked: number; unmatched: number }
    authorsCreated: string[]
    topicsCreated: string[]
    redirects: number
    settingsCreated: boolean
  }
}

const hash = (text: string, length = 12) => createHash('sha256').update(text).digest('hex').slice(0, length)

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}

const foldName = (name: string) => slugify(name.replace(/,.*$/, ''))

/** "2024-11-05 15:00:00" (GMT) → "2024-11-05T15:00:00Z"; Squarespace writes zeros for never-published drafts. */
export function gmtDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value.trim())
  if (!match || match[1] === '0000') return null
  const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`
  return Number.isNaN(Date.parse(iso)) ? null : iso
}

/** A Sanity id from the export's own identity for the item: its guid, else its old address. */
export function documentId(prefix: string, item: Pick<WxrItem, 'guid' | 'link' | 'postId'>): string {
  const guid = item.guid.trim()
  const readable = /^[A-Za-z0-9_-]{6,60}$/.test(guid) ? guid.toLowerCase() : null
  return `${prefix}-${readable ?? hash(guid || item.link || item.postId)}`
}

function oldPath(link: string): string | null {
  try {
    return new URL(link, 'https://example.invalid').pathname
  } catch {
    return null
  }
}

function excerptFrom(item: WxrItem, blocks: BodyBlock[], notes: string[]): string {
  const given = item.excerpt
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (given && (given.length < 50 || given.length > 200))
    notes.push(
      `The excerpt has ${given.length} characters: the Studio asks for 50–200, as search results and shares show it.`,
    )
  if (given) return given
  const first = blocks.find(
    (block): block is TextBlock => isTextBlock(block) && block.style === 'normal' && !block.listItem,
  )
  const text =
    first?.children
      .map(child => child.text)
      .join('')
      .trim() ?? ''
  const sentences = text.match(/[^.!?]+[.!?]+/g) ?? [text]
  let excerpt = ''
  for (const sentence of sentences) {
    if ((excerpt + sentence).trim().length > 200) break
    excerpt = (excerpt + sentence).trim()
  }
  excerpt ||= `${text.slice(0, 197).replace(/\s+\S*$/, '')}…`
  notes.push(
    excerpt.length < 50
      ? `The excerpt was taken from the first paragraph and has only ${excerpt.length} characters: write one of 50–200 for search results and shares.`
      : 'The excerpt was taken from the first paragraph: check that it reads well in search results and on shares.',
  )
  return excerpt
}

export function migrate(wxr: WxrExport, options: MigrationOptions): MigrationResult {
  const existing = options.existing ?? []
  const existingIds = new Set(existing.map(doc => doc._id))
  const documents: SanityDoc[] = []
  const images: MigrationResult['images'] = new Map()
  const report: MigrationResult['report'] = {
    posts: [],
    pages: [],
    skipped: [],
    references: { parsed: 0, unsure: [], reused: 0, created: 0 },
    citations: { linked: 0, unmatched: 0 },
    authorsCreated: [],
    topicsCreated: [],
    redirects: 0,
    settingsCreated: false,
  }
  const registry = new ReferenceRegistry(existing)
  const oldOrigins = [wxr.link, ...wxr.items.map(item => item.link)]
    .map(link => {
      try {
        return new URL(link).origin
      } catch {
        return null
      }
    })
    .filter((origin, index, all): origin is string => Boolean(origin) && all.indexOf(origin) === index)

  const authors = new Map<string, SanityDoc>()
  for (const doc of existing)
    if (doc._type === 'author' && typeof doc.name === 'string') authors.set(foldName(doc.name), doc)
  const topics = new Map<string, SanityDoc>()
  for (const doc of existing)
    if (doc._type === 'topic') {
      const slug = (doc.slug as { current?: string } | undefined)?.current
      if (slug) topics.set(slug, doc)
      if (typeof doc.title === 'string') topics.set(slugify(doc.title), doc)
    }
  const takenSlugs = new Map<string, string>()
  for (const doc of existing)
    if (doc._type === 'post') {
      const slug = (doc.slug as { current?: string } | undefined)?.current
      if (slug) takenSlugs.set(slug, doc._id)
    }
  const redirects = new Map<string, SanityDoc>()
  for (const doc of existing)
    if (doc._type === 'redirect' && typeof doc.from === 'string') redirects.set(redirectKey(doc.from), doc)

  const add = (doc: SanityDoc) => {
    if (existingIds.has(doc._id) || documents.some(other => other._id === doc._id)) return false
    documents.push(doc)
    return true
  }
  const addRedirect = (from: string, to: string) => {
    const key = redirectKey(from)
    if (key === redirectKey(to) || redirects.has(key)) return
    const doc = { _id: `redirect-${hash(key)}`, _type: 'redirect', from: key, to, permanent: true }
    redirects.set(key, doc)
    if (add(doc)) report.redirects++
  }
  const wantImage = (url: string | undefined, target: ImageBlock | Record<string, unknown>) => {
    if (!url) return
    images.set(url, [...(images.get(url) ?? []), { target }])
  }

  function authorFor(item: WxrItem, box: { name: string; credentials: string; bio: string } | null): SanityDoc {
    const display = wxr.authors.get(item.creator) ?? (item.creator.includes('@') ? '' : item.creator)
    const names = [display, box?.name].filter((name): name is string => Boolean(name))
    for (const name of names) {
      const found = authors.get(foldName(name))
      if (!found) continue
      // Created by this run from a post without the author box: a later post's box completes it.
      if (box && foldName(box.name) === foldName(String(found.name)) && documents.includes(found)) {
        if (box.credentials && !found.credentials) found.credentials = box.credentials
        if (box.bio && !found.shortBio) found.shortBio = box.bio
      }
      return found
    }
    const name = box?.name ?? display ?? 'Unknown author'
    const slug = slugify(name) || 'author'
    const doc: SanityDoc = { _id: `author-${slug}`, _type: 'author', name, slug: { _type: 'slug', current: slug } }
    if (box && foldName(box.name) === foldName(name)) {
      if (box.credentials) doc.credentials = box.credentials
      if (box.bio) doc.shortBio = box.bio
    }
    authors.set(foldName(name), doc)
    if (add(doc)) report.authorsCreated.push(name)
    return doc
  }

  function topicFor(category: { nicename: string; name: string; domain: string }): SanityDoc {
    const slug = slugify(category.nicename || category.name)
    const found = topics.get(slug) ?? topics.get(slugify(category.name))
    const doc = found ?? {
      _id: `topic-${slug}`,
      _type: 'topic',
      title: category.name,
      slug: { _type: 'slug', current: slug },
    }
    if (!found) {
      topics.set(slug, doc)
      if (add(doc)) report.topicsCreated.push(category.name)
    }
    const current = (doc.slug as { current: string }).current
    const section = category.domain === 'post_tag' ? 'tag' : 'category'
    addRedirect(`/blog/${section}/${category.nicename || slug}`, `/topics/${current}`)
    if (category.name && slugify(category.name) !== category.nicename)
      addRedirect(`/blog/${section}/${category.name}`, `/topics/${current}`)
    return doc
  }

  const items = wxr.items
  items.forEach((item, index) => {
    options.onItem?.(index, items.length, item)
    const label =
      item.title || item.postName || (item.postId ? `wp:post_id ${item.postId}` : `the item on line ${item.line}`)
    try {
      if (item.postType === 'attachment') return
      if (item.postType === 'page') return migratePage(item)
      if (item.postType !== 'post')
        return void report.skipped.push({
          line: item.line,
          title: label,
          reason: `its kind “${item.postType || 'none'}” is not a post or a page`,
        })
      migratePost(item)
    } catch (error) {
      report.skipped.push({ line: item.line, title: label, reason: (error as Error).message })
    }
  })

  function migratePage(item: WxrItem) {
    const slug = slugify(item.postName || item.title)
    if (!slug || !item.title) throw new Error('it has no title or address')
    if (RESERVED_PAGE_SLUGS.includes(slug)) {
      report.pages.push({
        title: item.title,
        outcome: `not migrated: this site builds /${slug} itself (from the settings and author documents); copy anything still needed by hand`,
      })
      return
    }
    const converted = convertBody(item.content, options.schemaType, documentId('page', item), oldOrigins)
    if (converted.blocks.length === 0) throw new Error('its text is empty')
    const id = documentId('page', item)
    converted.blocks.forEach(block => block._type === 'image' && wantImage(block.sourceUrl, block))
    add({
      _id: item.status === 'draft' ? `drafts.${id}` : id,
      _type: 'page',
      title: item.title,
      slug: { _type: 'slug', current: slug },
      body: converted.blocks,
    })
    const path = oldPath(item.link)
    if (path && item.status !== 'draft') addRedirect(path, `/${slug}`)
    report.pages.push({
      title: item.title,
      outcome: `migrated to /${slug} (${id}): read it through, legal text especially`,
    })
  }

  function migratePost(item: WxrItem) {
    if (!item.title) throw new Error('it has no title')
    const slug = slugify(item.postName || item.title)
    if (!slug) throw new Error('it has no address (wp:post_name)')
    if (!item.content.trim()) throw new Error('its text is empty')
    const draft = item.status !== 'publish'
    const baseId = documentId('post', item)
    const id = draft ? `drafts.${baseId}` : baseId
    const notes: string[] = []
    if (existingIds.has(id) || existingIds.has(baseId)) {
      report.skipped.push({ line: item.line, title: item.title, reason: `already migrated (${baseId})` })
      return
    }
    const holder = takenSlugs.get(slug)
    if (holder && holder !== baseId) {
      report.skipped.push({
        line: item.line,
        title: item.title,
        reason: `the dataset already has a post at /blog/${slug} (${holder})`,
      })
      return
    }
    const publishedAt = gmtDate(item.postDateGmt)
    if (!publishedAt && !draft) throw new Error(`its date “${item.postDateGmt}” (wp:post_date_gmt) cannot be read`)

    const converted = convertBody(item.content, options.schemaType, baseId, oldOrigins)
    notes.push(...converted.notes)
    const author = authorFor(item, converted.authorBox)

    // References, then the cites that point at them.
    const cited: CitableReference[] = []
    const references: Array<{ _type: 'reference'; _key: string; _ref: string }> = []
    for (const line of converted.referenceLines) {
      const parsed = parseApaReference(line)
      report.references.parsed++
      const { doc, isNew } = registry.resolve(parsed)
      if (isNew) {
        add(doc)
        if (!parsed.sure) report.references.unsure.push({ id: doc._id, text: parsed.original, notes: parsed.notes })
      }
      if (!parsed.sure)
        notes.push(`Reference not read with confidence, check its fields (${doc._id}): “${parsed.original}”`)
      for (const note of parsed.sure ? parsed.notes : []) notes.push(`${note} (${doc._id})`)
      if (!references.some(ref => ref._ref === doc._id))
        references.push({ _type: 'reference', _key: hash(`${baseId}:ref:${doc._id}`), _ref: doc._id })
      cited.push(citableReference(doc._id, parsed))
    }
    let keyCounter = 0
    const citeKey = () => hash(`${baseId}:cite:${keyCounter++}`)
    const body: BodyBlock[] = converted.blocks.map(block => {
      if (!isTextBlock(block)) return block
      const linked = linkCitations(block, cited, citeKey)
      report.citations.linked += linked.linked
      report.citations.unmatched += linked.unmatched.length
      for (const typed of linked.unmatched)
        notes.push(`In-text citation left as typed, it matches no reference in the list: “${typed}”`)
      return linked.block
    })
    if (
      converted.referenceLines.length === 0 &&
      /\(\s*[A-Z][^()]*,\s*(\d{4}[a-z]?|n\.d\.)\s*\)/.test(JSON.stringify(body))
    )
      notes.push('The text seems to cite sources but no “References” list was found under it.')

    // A leading image is the article's main image; the others stay where they are.
    let mainImage: Record<string, unknown> | undefined
    if (body[0]?._type === 'image') {
      const { sourceUrl, alt, caption } = body.shift() as ImageBlock
      mainImage = { _type: 'image', ...(alt ? { alt } : {}), ...(caption ? { caption } : {}) }
      wantImage(sourceUrl, mainImage)
    }
    for (const block of body) if (block._type === 'image') wantImage(block.sourceUrl, block)

    const topicRefs = item.categories.map(category => {
      const topic = topicFor(category)
      return { _type: 'reference', _key: hash(`${baseId}:topic:${topic._id}`), _ref: topic._id }
    })
    const doc: SanityDoc = {
      _id: id,
      _type: 'post',
      title: item.title,
      slug: { _type: 'slug', current: slug },
      excerpt: excerptFrom(item, body, notes),
      ...(publishedAt ? { publishedAt } : {}),
      author: { _type: 'reference', _ref: author._id },
      ...(mainImage ? { mainImage } : {}),
      body,
      ...(references.length ? { references } : {}),
      ...(topicRefs.length
        ? { topics: topicRefs.filter((ref, i, all) => all.findIndex(other => other._ref === ref._ref) === i) }
        : {}),
    }
    add(doc)
    takenSlugs.set(slug, baseId)
    const path = oldPath(item.link)
    if (path && !draft) addRedirect(path, `/blog/${slug}`)
    report.posts.push({ id: baseId, title: item.title, status: draft ? 'draft' : 'published', notes })
  }

  // Links between posts: an old address of the old site goes straight to where it lives now, with no hop.
  for (const doc of documents)
    for (const block of Array.isArray(doc.body) ? (doc.body as BodyBlock[]) : [])
      if (isTextBlock(block))
        for (const def of block.markDefs)
          if (def._type === 'link' && typeof def.href === 'string' && def.href.startsWith('/')) {
            const [path = '', rest = ''] = def.href.split(/(?=[?#])/)
            const moved = redirects.get(redirectKey(path))
            if (moved) def.href = `${String(moved.to)}${rest}`
          }

  report.references.reused = registry.reused.size
  report.references.created = registry.created.length

  // Alone, the output is a whole site: it needs its settings, founded by the first author.
  if (!existing.some(doc => doc._type === 'siteSettings')) {
    const founder = documents.find(doc => doc._type === 'author')
    let siteUrl = 'https://wellmindbody.co'
    try {
      siteUrl = new URL(wxr.link).origin
    } catch {
      // keep the default
    }
    documents.unshift({
      _id: 'siteSettings',
      _type: 'siteSettings',
      title: wxr.title || 'Well Mind Body',
      siteUrl,
      ...(founder ? { founder: { _type: 'reference', _ref: founder._id } } : {}),
      disclaimer: FALLBACK_DISCLAIMER,
    })
    report.settingsCreated = true
  }
  return { documents, images, report }
}
