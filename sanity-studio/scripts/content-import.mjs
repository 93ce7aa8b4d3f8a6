// `npm run content:import`: copies the bundled dataset (content/production.ndjson) into the configured project.
// --missing: a document that already exists there is skipped, never overwritten, so running it again is safe.
import { DATASET_FILE, isMain, requireProject, runSanity } from './sanity-cli.mjs'

export function importArgs({ projectId, dataset }, file = DATASET_FILE) {
  return ['dataset', 'import', file, '--project-id', projectId, '--dataset', dataset, '--missing']
}

if (isMain(import.meta.url)) {
  const project = requireProject('content:import')
  console.log(`Importing ${DATASET_FILE} into ${project.projectId}/${project.dataset} (existing documents are kept)…`)
  process.exit(runSanity(importArgs(project)))
}
