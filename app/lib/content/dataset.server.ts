import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { AssetError, extractAssets, type AssetDocument } from './local-assets.server.ts'

export type SanityDocument = { _id: string; _type: string; [field: string]: unknown }

export class DatasetError extends Error {
  override name = 'DatasetError'
}

/**
 * Reads a dataset in the format `sanity dataset export` writes: one JSON document a line.
 * A broken line fails with the file, the line number and what is wrong with it.
 */
export function readDataset(file: string): SanityDocument[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
    throw new DatasetError(
      `Cannot read the content dataset ${file}: ${reason}. Set CONTENT_DATASET to an NDJSON file, or SANITY_PROJECT_ID to use a Sanity project.`,
    )
  }
  return parseDataset(text, file)
}

/** Images (`_sanityAsset`) are read from beside `file`, as `sanity dataset import` reads them. */
export function parseDataset(text: string, file: string): SanityDocument[] {
  const documents: SanityDocument[] = []
  const assets = new Map<string, AssetDocument>()
  const seen = new Map<string, number>()
  text.split('\n').forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    const where = `${file}:${line}`
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new DatasetError(`${where}: invalid JSON: ${(error as Error).message}`)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new DatasetError(`${where}: expected a JSON object (one document a line)`)
    const doc = value as Record<string, unknown>
    for (const field of ['_id', '_type'] as const)
      if (typeof doc[field] !== 'string' || doc[field] === '')
        throw new DatasetError(
          `${where}: field ${field}: expected a non-empty string, got ${JSON.stringify(doc[field]) ?? 'nothing'}`,
        )
    const id = doc._id as string
    const first = seen.get(id)
    if (first !== undefined) throw new DatasetError(`${where}: field _id: "${id}" is already used on line ${first}`)
    seen.set(id, line)
    // Sanity gives every document a revision; a hand-edited line may lack one. Its content hash stands in, so
    // what is versioned by revision (share images) still changes when the line does.
    if (typeof doc._rev !== 'string' || doc._rev === '')
      doc._rev = `sha1-${createHash('sha1').update(raw).digest('base64url').slice(0, 20)}`
    try {
      for (const asset of extractAssets(doc, path.dirname(file))) assets.set(asset._id, asset)
    } catch (error) {
      if (error instanceof AssetError) throw new DatasetError(`${where}: ${error.message}`)
      throw error
    }
    documents.push(doc as SanityDocument)
  })
  // The same file used twice is one asset (its id is its content hash), as in a Content Lake.
  return [...documents, ...[...assets.values()].filter(asset => !seen.has(asset._id))]
}
