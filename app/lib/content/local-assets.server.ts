// What `sanity dataset import` does with the images of an export, done in memory for the local backend: each
// `{_type: 'image', _sanityAsset: 'image@file://./images/x.png', …}` becomes a reference to a
// `sanity.imageAsset` document, so the same GROQ (asset->url, asset->metadata.dimensions) runs on both backends.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { LOCAL_IMAGE_PREFIX } from '../images.ts'
import { readImageHeader } from './image-header.server.ts'

export type AssetDocument = { _id: string; _type: 'sanity.imageAsset'; [field: string]: unknown }

/** Thrown with the field's path; the dataset reader adds the file and line. */
export class AssetError extends Error {}

/**
 * Replaces every `_sanityAsset` in a document (in place) with an asset reference, and returns the asset
 * documents it refers to. Relative file URLs are read from `baseDir`, the NDJSON file's folder, as the import does.
 */
export function extractAssets(doc: Record<string, unknown>, baseDir: string): AssetDocument[] {
  const assets: AssetDocument[] = []
  visit(doc, '', (holder, where) => {
    // An import creates the asset when it uploads it: dated like the document that first brings it.
    const dated = { _createdAt: doc._createdAt, _updatedAt: doc._createdAt ?? doc._updatedAt }
    const asset = { ...dated, ...assetFor(holder._sanityAsset, where, baseDir) }
    delete holder._sanityAsset
    holder.asset = { _type: 'reference', _ref: asset._id }
    assets.push(asset)
  })
  return assets
}

function visit(value: unknown, where: string, found: (holder: Record<string, unknown>, where: string) => void) {
  if (Array.isArray(value)) return value.forEach((item, index) => visit(item, `${where}[${index}]`, found))
  if (!value || typeof value !== 'object') return
  const holder = value as Record<string, unknown>
  if ('_sanityAsset' in holder) found(holder, where ? `${where}._sanityAsset` : '_sanityAsset')
  for (const [key, child] of Object.entries(holder))
    if (key !== '_sanityAsset') visit(child, where ? `${where}.${key}` : key, found)
}

function assetFor(spec: unknown, where: string, baseDir: string): AssetDocument {
  const match = typeof spec === 'string' ? /^image@(file:\/\/.+)$/.exec(spec) : null
  if (!match?.[1])
    throw new AssetError(
      `field ${where}: expected "image@file://./images/<file>", got ${JSON.stringify(spec)} (only local image files can be read offline)`,
    )
  const file = localPath(match[1], baseDir)
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    throw new AssetError(`field ${where}: no image file at ${file}; put it in the images folder beside the dataset`)
  }
  const header = readImageHeader(bytes)
  if (!header) throw new AssetError(`field ${where}: ${file} is not a PNG or JPEG image`)
  const { width, height, extension, mimeType } = header
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const name = `${sha1}-${width}x${height}.${extension}`
  return {
    _id: `image-${sha1}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset',
    _rev: `sha1-${sha1.slice(0, 20)}`,
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType,
    size: bytes.length,
    originalFilename: path.basename(file),
    path: `images/local/production/${name}`,
    url: `${LOCAL_IMAGE_PREFIX}${name}`,
    // Where the image server reads the original (Sanity's field for assets that came from elsewhere).
    source: { name: 'local-dataset', id: path.basename(file), url: pathToFileURL(file).href },
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
    },
  }
}

// file://./images/x.png is relative to the dataset (as in an export); file:///abs/x.png is absolute.
function localPath(url: string, baseDir: string): string {
  if (url.startsWith('file:///')) return fileURLToPath(url)
  return path.resolve(baseDir, decodeURIComponent(url.slice('file://'.length)))
}

/** The original file of an asset document the local backend made; null for any other document. */
export function assetFile(doc: Record<string, unknown> | undefined): string | null {
  const source = doc?.source as { name?: unknown; url?: unknown } | undefined
  return source?.name === 'local-dataset' && typeof source.url === 'string' ? fileURLToPath(source.url) : null
}
