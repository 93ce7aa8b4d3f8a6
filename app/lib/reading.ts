// What readers are told before they start: how long an article takes, and its sections.
import type { PortableTextBody } from './content/types.ts'

export const WORDS_PER_MINUTE = 275
// Readers pause on each image: 12 s for the first, a second less for each next one, never under 3 s (as
// Medium counts it).
const imageSeconds = (index: number) => Math.max(3, 12 - index)

type Block = { _type: string; _key?: string; style?: string; children?: Array<{ text?: unknown }> }

export function blockText(block: Block): string {
  return (block.children ?? []).map(child => (typeof child.text === 'string' ? child.text : '')).join('')
}

/** Whole minutes, at least one. */
export function readingMinutes(body: PortableTextBody): number {
  let words = 0
  let seconds = 0
  let images = 0
  for (const block of body as Block[]) {
    if (block._type === 'block') words += blockText(block).split(/\s+/).filter(Boolean).length
    else if (block._type === 'image') seconds += imageSeconds(images++)
  }
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + seconds / 60))
}

export interface Heading {
  key: string
  id: string
  text: string
  level: 2 | 3
}

const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'section'

/** The article's h2 and h3 headings, each with an anchor id unique on the page. */
export function headingsOf(body: PortableTextBody): Heading[] {
  const used = new Map<string, number>()
  const headings: Heading[] = []
  for (const block of body as Block[]) {
    if (block._type !== 'block' || (block.style !== 'h2' && block.style !== 'h3') || !block._key) continue
    const text = blockText(block).trim()
    if (!text) continue
    const base = slugify(text)
    const count = used.get(base) ?? 0
    used.set(base, count + 1)
    headings.push({
      key: block._key,
      id: count ? `${base}-${count + 1}` : base,
      text,
      level: block.style === 'h2' ? 2 : 3,
    })
  }
  return headings
}

/** Long articles get a table of contents: three sections or more. */
export const MIN_HEADINGS_FOR_CONTENTS = 3
