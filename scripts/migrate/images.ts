// Images on Squarespace's CDN → files in the output's images/ folder, referenced the way `sanity dataset
// import` reads them (`_sanityAsset: "image@file://./images/…"`). Nothing is left pointing at the old CDN.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import type { ImageBlock } from './body.ts'
import type { SanityDoc } from './references.ts'

export interface ImageFile {
  name: string
  bytes: Buffer
}

export interface ImageSources {
  /** A folder already downloaded (`--images-from`): looked up by the URL's path, then by file name; nothing is downloaded. */
  folder?: string
  /** How to download; the command passes the global fetch, tests a local fake CDN. */
  fetch?: typeof fetch
  timeoutMs?: number
}

const SIGNATURES: Array<[string, (bytes: Buffer) => boolean]> = [
  ['.png', bytes => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['.jpg', bytes => bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff],
  ['.gif', bytes => bytes.subarray(0, 4).toString('latin1') === 'GIF8'],
  [
    '.webp',
    bytes => bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
]

/** The file's extension from its first bytes, or null when it is not an image this site serves. */
export function imageKind(bytes: Buffer): string | null {
  return SIGNATURES.find(([, test]) => test(bytes))?.[0] ?? null
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap(name => {
    const full = path.join(folder, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

async function readImage(
  url: string,
  sources: ImageSources,
  index: Map<string, string> | null,
): Promise<Buffer | string> {
  let pathname = ''
  try {
    pathname = decodeURIComponent(new URL(url).pathname)
  } catch {
    return 'its address cannot be read'
  }
  if (sources.folder) {
    const direct = path.join(sources.folder, pathname)
    const found =
      direct.startsWith(path.resolve(sources.folder)) && existsSync(direct)
        ? direct
        : index?.get(path.basename(pathname))
    return found ? readFileSync(found) : `it is not in ${sources.folder}`
  }
  if (!sources.fetch) return 'downloading is off'
  try {
    const response = await sources.fetch(url, { signal: AbortSignal.timeout(sources.timeoutMs ?? 15_000) })
    if (!response.ok) return `the CDN answered ${response.status}`
    return Buffer.from(await response.arrayBuffer())
  } catch (error) {
    return `it could not be downloaded (${(error as Error).message})`
  }
}

/**
 * Fetches every wanted image once and points its image objects at the file. Images that cannot be had are
 * taken out of the documents; the returned `missing` says which, and why.
 */
export async function collectImages(
  wanted: Map<string, Array<{ target: ImageBlock | Record<string, unknown> }>>,
  documents: SanityDoc[],
  sources: ImageSources,
): Promise<{ files: ImageFile[]; missing: Array<{ url: string; reason: string; documents: string[] }> }> {
  const files: ImageFile[] = []
  const missing: Array<{ url: string; reason: string; documents: string[] }> = []
  const index = sources.folder ? new Map(filesUnder(sources.folder).map(file => [path.basename(file), file])) : null
  const unresolved = new Map<object, { url: string; reason: string; documents: string[] }>()
  for (const [url, targets] of wanted) {
    const result = await readImage(url, sources, index)
    const kind = typeof result === 'string' ? null : imageKind(result)
    if (typeof result === 'string' || !kind) {
      const reason = typeof result === 'string' ? result : 'what came back is not a PNG, JPEG, GIF or WebP image'
      const entry = { url, reason, documents: [] as string[] }
      targets.forEach(({ target }) => unresolved.set(target, entry))
      missing.push(entry)
      continue
    }
    const name = `squarespace-${createHash('sha256').update(url).digest('hex').slice(0, 12)}${kind}`
    files.push({ name, bytes: result as Buffer })
    for (const { target } of targets) {
      ;(target as Record<string, unknown>)._sanityAsset = `image@file://./images/${name}`
      delete (target as Record<string, unknown>).sourceUrl
    }
  }
  const noteMissing = (target: object, id: string) => {
    const entry = unresolved.get(target)
    if (entry && !entry.documents.includes(id)) entry.documents.push(id)
  }
  for (const doc of documents) {
    if (doc.mainImage && unresolved.has(doc.mainImage as object)) {
      noteMissing(doc.mainImage as object, doc._id)
      delete doc.mainImage
    }
    if (Array.isArray(doc.body)) {
      ;(doc.body as object[]).forEach(block => noteMissing(block, doc._id))
      doc.body = (doc.body as object[]).filter(block => !unresolved.has(block))
    }
  }
  return { files, missing }
}
