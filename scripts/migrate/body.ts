// A Squarespace post's HTML → the post body's Portable Text, with its typed reference list and its author
// box taken out for the caller. Squarespace's wrappers are flattened and its page chrome left behind before
// @portabletext/block-tools converts what is left over the Studio's own body schema.
import { createHash } from 'node:crypto'

import { htmlToBlocks } from '@portabletext/block-tools'
import { JSDOM } from 'jsdom'

import { isSafeHref } from '../../app/lib/portable-text/safe-href.ts'

/** The compiled body type, as htmlToBlocks takes it (`bodyType()` in sanity-studio/schemaTypes/compiled.ts). */
export type BodySchemaType = Parameters<typeof htmlToBlocks>[1]

export interface Span {
  _type: 'span'
  _key: string
  text: string
  marks: string[]
}
export interface MarkDef {
  _type: string
  _key: string
  [field: string]: unknown
}
export interface TextBlock {
  _type: 'block'
  _key: string
  style: string
  markDefs: MarkDef[]
  children: Span[]
  listItem?: string
  level?: number
}
export interface ImageBlock {
  _type: 'image'
  _key: string
  /** The image's address on Squarespace's CDN until the images step replaces it by `_sanityAsset`. */
  sourceUrl?: string
  _sanityAsset?: string
  alt?: string
  caption?: string
}
export type BodyBlock = TextBlock | ImageBlock

export interface ConvertedBody {
  blocks: BodyBlock[]
  /** The paragraphs after the "References" heading, as text, in order. */
  referenceLines: string[]
  /** The author box at the end ("Elizabeth Miller, Ph.D., LPC-S, LMFT" and the bio under it), or null. */
  authorBox: { name: string; credentials: string; bio: string } | null
  /** Things a person should look at, in plain words. */
  notes: string[]
}

// Everything Squarespace adds around the article that is not the article.
const CHROME = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'svg',
  'nav',
  '.blog-item-pagination',
  '.item-pagination',
  '.pagination',
  '.sqs-block-social-links',
  '.social-links-block',
  '.sqs-share-buttons',
  '.squarespace-social-buttons',
  '.ss-social-button-wrapper',
  '.blog-item-author-profile-wrapper',
  '.author-bio',
  '.sqs-block-spacer',
  '.sqs-block-horizontalrule',
  '.sqs-block-button',
  '.newsletter-block',
].join(',')

const CONTENT_ELEMENTS = 'h1,h2,h3,h4,h5,h6,p,ul,ol,blockquote,pre,figure,img'
const REFERENCES_HEADING = /^(references|reference list|sources|bibliography|works cited)\s*:?$/i
// "Elizabeth Miller, Ph.D., LPC-S, LMFT": a name, then credentials in capitals and dots.
const AUTHOR_LINE =
  /^([A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){1,3}),\s*((?:[A-Z][A-Za-z.-]*\.?(?:-[A-Z]+)?(?:,\s*)?){1,6})$/u

/** Squarespace writes the real image address in data-src / data-image; `src` may be a resized variant. */
function imageSource(img: Element, base: string): string {
  const raw = img.getAttribute('data-src') || img.getAttribute('data-image') || img.getAttribute('src') || ''
  try {
    const url = new URL(raw, base)
    url.search = ''
    return url.href
  } catch {
    return ''
  }
}

function textOf(node: Element): string {
  return (node.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The article's own elements in reading order, each once, without the wrappers around them. */
function contentElements(document: Document): Element[] {
  document.querySelectorAll(CHROME).forEach(element => element.remove())
  const picked: Element[] = []
  for (const element of document.body.querySelectorAll(CONTENT_ELEMENTS)) {
    if (picked.some(outer => outer.contains(element))) continue
    if (element.tagName === 'IMG' && element.closest('figure')) continue
    picked.push(element)
  }
  return picked
}

/** Chrome that survives as plain paragraphs: "Previous", "Next", "Share", "Back to blog". */
function isChromeText(text: string): boolean {
  return /^(previous|next|previous post|next post|share|share this|tweet|pin it|back to (the )?blog|←.*|.*→)$/i.test(
    text,
  )
}

function keyMaker(seed: string): () => string {
  let counter = 0
  return () => createHash('sha256').update(`${seed}:${counter++}`).digest('hex').slice(0, 12)
}

/**
 * Converts one post's HTML. `seed` makes the block keys stable from run to run (the post's id); `oldOrigins`
 * are the old site's origins, whose links become site-relative paths.
 */
export function convertBody(
  html: string,
  schemaType: BodySchemaType,
  seed: string,
  oldOrigins: string[] = [],
): ConvertedBody {
  const notes: string[] = []
  const document = new JSDOM(`<!doctype html><body>${html}</body>`).window.document
  const elements = contentElements(document)

  // The reference list: the paragraphs (or list items) after a "References" heading or line.
  const referenceLines: string[] = []
  let authorBox: ConvertedBody['authorBox'] = null
  const article: Element[] = []
  let inReferences = false
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index] as Element
    const text = textOf(element)
    const author = AUTHOR_LINE.exec(text)
    if (author && index >= elements.length - 4) {
      const bio = elements
        .slice(index + 1)
        .filter(next => next.tagName === 'P')
        .map(textOf)
        .filter(line => line && !isChromeText(line))
      authorBox = {
        name: author[1] as string,
        credentials: (author[2] as string).replace(/,\s*$/, ''),
        bio: bio.join(' '),
      }
      break
    }
    if (REFERENCES_HEADING.test(text)) {
      inReferences = true
      continue
    }
    if (inReferences) {
      if (/^H[1-6]$/.test(element.tagName)) inReferences = false
      else {
        const lines =
          element.tagName === 'UL' || element.tagName === 'OL'
            ? [...element.querySelectorAll('li')].map(textOf)
            : [text]
        referenceLines.push(...lines.filter(line => line && !isChromeText(line)))
        continue
      }
    }
    if (text === '' && !element.matches('figure, img') && !element.querySelector('img')) continue
    if (isChromeText(text)) continue
    article.push(element)
  }

  // One clean document of what is left, images lifted out to stand on their own.
  const clean = new JSDOM('<!doctype html><body></body>').window.document
  for (const element of article) {
    const images = element.matches('img') ? [element] : [...element.querySelectorAll('img')]
    if (element.matches('figure') || element.matches('img') || (images.length > 0 && textOf(element) === '')) {
      for (const img of images) {
        const lifted = clean.createElement('img')
        lifted.setAttribute('src', imageSource(img, oldOrigins[0] ?? 'https://images.squarespace-cdn.com/'))
        const alt = img.getAttribute('alt')?.trim()
        if (alt) lifted.setAttribute('alt', alt)
        const caption = element.querySelector('figcaption')
        if (caption && textOf(caption)) lifted.setAttribute('data-caption', textOf(caption))
        clean.body.append(lifted)
      }
      continue
    }
    images.forEach(img => img.remove())
    clean.body.append(clean.importNode(element, true))
  }

  const keyGenerator = keyMaker(seed)
  const converted = htmlToBlocks(clean.body.innerHTML, schemaType, {
    keyGenerator,
    parseHtml: text => new JSDOM(text).window.document,
    matchers: {
      image: ({ props }) => ({
        _type: 'image',
        _key: keyGenerator(),
        sourceUrl: props.src,
        ...(props.alt ? { alt: props.alt } : {}),
        ...(props['data-caption'] ? { caption: props['data-caption'] } : {}),
      }),
    },
  }) as unknown as BodyBlock[]

  const blocks: BodyBlock[] = []
  for (const block of converted) {
    if (block._type === 'image') {
      if (!block.alt) notes.push(`An image has no alt text (${block.sourceUrl}): describe it in the Studio.`)
      blocks.push(block)
      continue
    }
    if (block._type !== 'block') {
      notes.push(`Dropped a part of type “${(block as { _type: string })._type}” that the body cannot hold.`)
      continue
    }
    for (const piece of splitTypedBullets(block, keyGenerator)) {
      if (piece.children.every(child => child.text.trim() === '')) continue
      blocks.push(checkLinks(piece, notes, oldOrigins))
    }
  }
  return { blocks, referenceLines, authorBox, notes }
}

/** Lines typed as "• one", "• two" inside one paragraph become a real bullet list. */
function splitTypedBullets(block: TextBlock, keyGenerator: () => string): TextBlock[] {
  const text = block.children.map(child => child.text).join('')
  const lines = text.split('\n')
  const bullet = /^\s*[•·▪◦‣-]\s+/
  if (block.listItem || lines.length < 1 || !lines.every(line => bullet.test(line) || line.trim() === ''))
    return [block]
  if (!lines.some(line => bullet.test(line))) return [block]
  // Cut the spans at the line breaks, keeping their marks.
  const out: TextBlock[] = []
  let current: Span[] = []
  const flush = () => {
    const children = current
      .map((span, index) => (index === 0 ? { ...span, text: span.text.replace(bullet, '') } : span))
      .filter(span => span.text !== '')
    if (children.some(span => span.text.trim())) {
      const first = children[0] as Span
      children[0] = { ...first, text: first.text.trimStart() }
      out.push({ ...block, _key: keyGenerator(), children, listItem: 'bullet', level: 1, style: 'normal' })
    }
    current = []
  }
  for (const span of block.children) {
    const parts = span.text.split('\n')
    parts.forEach((part, index) => {
      if (index > 0) flush()
      if (part) current.push({ ...span, _key: keyGenerator(), text: part })
    })
  }
  flush()
  return out
}

/** Links go through the site's allow-list; links to the old site become paths of this one. */
function checkLinks(block: TextBlock, notes: string[], oldOrigins: string[]): TextBlock {
  const dropped = new Set<string>()
  const markDefs = block.markDefs.flatMap(def => {
    if (def._type !== 'link') return [def]
    const href = typeof def.href === 'string' ? def.href.trim() : ''
    const typed: string = href
    if (!isSafeHref(href)) {
      const text = block.children
        .filter(child => child.marks.includes(def._key))
        .map(child => child.text)
        .join('')
      notes.push(`Removed a link that is not allowed (${JSON.stringify(typed.slice(0, 80))}) from “${text}”.`)
      dropped.add(def._key)
      return []
    }
    const local = oldOrigins.find(origin => href.toLowerCase().startsWith(origin.toLowerCase()))
    return [local ? { ...def, href: href.slice(local.length) || '/' } : { ...def, href }]
  })
  if (dropped.size === 0) return { ...block, markDefs }
  return {
    ...block,
    markDefs,
    children: block.children.map(child => ({ ...child, marks: child.marks.filter(mark => !dropped.has(mark)) })),
  }
}
