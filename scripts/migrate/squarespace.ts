// `npm run migrate:squarespace -- <export.xml> [--out <file.ndjson>] [--into <dataset.ndjson>]
//  [--images-from <folder>] [--lookup]`: Squarespace's export → a dataset in Sanity's export format (NDJSON
// and images/), which the site serves with CONTENT_DATASET=… and `npm run content:import -- <file>` imports.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import type { BodySchemaType } from './body.ts'
import { collectImages, type ImageSources } from './images.ts'
import { lookUpDois, type LookupOptions } from './lookup.ts'
import type { SanityDoc } from './references.ts'
import { renderReport } from './report.ts'
import { parseWxr, WxrError } from './wxr.ts'

export class UsageError extends Error {
  override name = 'UsageError'
}

const USAGE =
  'Usage: npm run migrate:squarespace -- <export.xml> [--out <file.ndjson>] [--into <dataset.ndjson>] [--images-from <folder>] [--lookup]'

export interface RunOptions {
  args: string[]
  cwd?: string
  log?: (line: string) => void
  progress?: ((line: string) => void) | null
  images?: Omit<ImageSources, 'folder'>
  lookup?: LookupOptions
}

/** The dataset lines as they are (so `--into` writes them back unchanged), each checked to be a document. */
export function readRawDataset(file: string): { lines: string[]; docs: SanityDoc[] } {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new UsageError(`Cannot read the dataset ${file} (--into).`)
  }
  const lines: string[] = []
  const docs: SanityDoc[] = []
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return
    let doc: unknown
    try {
      doc = JSON.parse(line)
    } catch (error) {
      throw new UsageError(`${file}:${index + 1}: not JSON (${(error as Error).message}).`)
    }
    const record = doc as Partial<SanityDoc> | null
    if (!record || typeof record._id !== 'string' || typeof record._type !== 'string')
      throw new UsageError(`${file}:${index + 1}: a document needs an "_id" and a "_type".`)
    lines.push(line)
    docs.push(record as SanityDoc)
  })
  return { lines, docs }
}

export async function run({
  args,
  cwd = process.cwd(),
  log = console.log,
  progress = null,
  images = {},
  lookup,
}: RunOptions) {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        into: { type: 'string' },
        'images-from': { type: 'string' },
        lookup: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`)
  }
  const [source, ...extra] = parsed.positionals
  if (!source || extra.length) throw new UsageError(USAGE)
  const exportFile = path.resolve(cwd, source)
  const out = path.resolve(cwd, parsed.values.out ?? 'squarespace-migration/production.ndjson')
  const imagesFrom = parsed.values['images-from'] ? path.resolve(cwd, parsed.values['images-from']) : undefined
  if (imagesFrom && !existsSync(imagesFrom)) throw new UsageError(`--images-from ${imagesFrom}: no such folder.`)
  if (!existsSync(exportFile)) throw new UsageError(`No such file: ${exportFile}.`)

  const target = parsed.values.into ? readRawDataset(path.resolve(cwd, parsed.values.into)) : { lines: [], docs: [] }
  const wxr = parseWxr(readFileSync(exportFile, 'utf8'), path.relative(cwd, exportFile) || exportFile)
  // Loaded only now (they bring the Studio's `sanity` package and jsdom), so a wrong call is told so at once.
  const { bodyType } = await import('../../sanity-studio/schemaTypes/compiled.ts')
  const { migrate } = await import('./migrate.ts')
  const result = migrate(wxr, {
    // The Studio's @sanity/types and block-tools' are two copies of one shape.
    schemaType: bodyType() as unknown as BodySchemaType,
    existing: target.docs,
    onItem: progress
      ? (index, total, item) =>
          progress(
            `[${index + 1}/${total}] ${item.postType || 'item'} “${item.title || item.postName}” (line ${item.line})`,
          )
      : undefined,
  })

  const gathered = await collectImages(
    result.images,
    result.documents,
    imagesFrom ? { folder: imagesFrom } : { fetch, ...images },
  )
  const lookups = parsed.values.lookup
    ? await lookUpDois(
        result.documents.filter(doc => doc._type === 'citation'),
        lookup,
      )
    : null

  // The output: the target's documents as they were, then what is new; its images beside it.
  const outDir = path.dirname(out)
  mkdirSync(path.join(outDir, 'images'), { recursive: true })
  if (parsed.values.into) {
    const fromDir = path.dirname(path.resolve(cwd, parsed.values.into))
    for (const match of target.lines.join('\n').matchAll(/"image@file:\/\/\.\/images\/([^"]+)"/g)) {
      const name = match[1] as string
      const from = path.join(fromDir, 'images', name)
      const to = path.join(outDir, 'images', name)
      if (from !== to && existsSync(from)) copyFileSync(from, to)
    }
  }
  for (const file of gathered.files) writeFileSync(path.join(outDir, 'images', file.name), file.bytes)
  const ndjson = [...target.lines, ...result.documents.map(doc => JSON.stringify(doc))].join('\n') + '\n'
  writeFileSync(out, ndjson)
  const reportFile = path.join(outDir, 'migration-report.md')
  writeFileSync(
    reportFile,
    renderReport({
      source: path.relative(cwd, exportFile) || exportFile,
      output: path.relative(cwd, out) || out,
      result: result.report,
      images: { copied: gathered.files.length, missing: gathered.missing },
      lookups,
    }),
  )

  const { report } = result
  log(
    [
      `Wrote ${path.relative(cwd, out) || out}: ${result.documents.length} new documents${parsed.values.into ? ` added to the ${target.docs.length} of ${parsed.values.into}` : ''}.`,
      `  posts ${report.posts.length}, pages ${report.pages.filter(page => page.outcome.startsWith('migrated')).length}, references ${report.references.created} new / ${report.references.reused} reused (${report.references.unsure.length} unsure), citations ${report.citations.linked} linked / ${report.citations.unmatched} left as typed, images ${gathered.files.length} (${gathered.missing.length} missing), redirects ${report.redirects}, skipped ${report.skipped.length}`,
      ...report.skipped.map(item => `  skipped: line ${item.line}, “${item.title}”: ${item.reason}`),
      lookups?.offline ? '  --lookup: doi.org could not be reached, so nothing was looked up.' : '',
      `What needs a person: ${path.relative(cwd, reportFile) || reportFile}`,
      `Serve it: CONTENT_DATASET=${path.relative(cwd, out) || out} npm start`,
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return { out, reportFile, result, gathered, lookups }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run({
    args: process.argv.slice(2),
    progress: process.stderr.isTTY ? line => process.stderr.write(`${line}\n`) : null,
  }).catch((error: unknown) => {
    if (error instanceof UsageError || error instanceof WxrError) {
      console.error(error.message)
      process.exit(error instanceof UsageError ? 2 : 1)
    }
    throw error
  })
}
