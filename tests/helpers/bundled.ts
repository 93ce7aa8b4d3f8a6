import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createContentService } from '~/lib/content/content.server'
import { readDataset } from '~/lib/content/dataset.server'
import { createLocalSource } from '~/lib/content/source.server'

/** The content service over the dataset the site ships, as `npm start` serves it. */
export function setupBundledContent() {
  const documents = readDataset('content/production.ndjson')
  return { documents, content: createContentService({ source: createLocalSource(documents) }) }
}

/**
 * A copy of the bundled dataset in a new folder, with its images/ beside it (as an export keeps them), for
 * tests that edit the file as an editor would. Returns the NDJSON file's path.
 */
export function copyBundledDataset(prefix: string, text?: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), prefix)), 'dataset.ndjson')
  cpSync('content/images', path.join(path.dirname(file), 'images'), { recursive: true })
  writeFileSync(file, text ?? readFileSync('content/production.ndjson', 'utf8'))
  return file
}
