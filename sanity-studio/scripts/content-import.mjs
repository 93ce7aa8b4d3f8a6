// `npm run content:import [-- <file.ndjson>]`: copies a dataset in Sanity's export format (the bundled
// content/production.ndjson by default, or e.g. the Squarespace migration's output) into the configured project.
// --missing: a document that already exists there is skipped, never overwritten, so running it again is safe.
import { existsSync } from 'node:fs'
import path from 'node:path'

import { DATASET_FILE, isMain, requireProject, runSanity } from './sanity-cli.mjs'

export function importArgs({ projectId, dataset }, file = DATASET_FILE) {
  return ['dataset', 'import', file, '--project-id', projectId, '--dataset', dataset, '--missing']
}

/** The file to import: the argument, read from where the person ran npm (INIT_CWD), or the bundled dataset. */
export function importFile(argv, env = process.env) {
  const given = argv.find(arg => !arg.startsWith('-'))
  return given ? path.resolve(env.INIT_CWD ?? process.cwd(), given) : DATASET_FILE
}

if (isMain(import.meta.url)) {
  const file = importFile(process.argv.slice(2))
  if (!existsSync(file)) {
    console.error(`content:import: no such file ${file}.`)
    process.exit(1)
  }
  const project = requireProject('content:import')
  console.log(`Importing ${file} into ${project.projectId}/${project.dataset} (existing documents are kept)…`)
  process.exit(runSanity(importArgs(project, file)))
}
