// `npm run content:import`: copies the bundled dataset (content/production.ndjson) into the configured project.
// --missing: a document that already exists there is skipped, never overwritten, so running it again is safe.
import { DATASET_FILE, isMain, loadStudioEnv, resolveProject, runSanity } from './sanity-cli.mjs'

export function importArgs({ projectId, dataset }, file = DATASET_FILE) {
  return ['dataset', 'import', file, '--project-id', projectId, '--dataset', dataset, '--missing']
}

if (isMain(import.meta.url)) {
  loadStudioEnv()
  const project = resolveProject(process.env, 'content:import')
  if (project.error) {
    console.error(project.error)
    process.exit(1)
  }
  console.log(`Importing ${DATASET_FILE} into ${project.projectId}/${project.dataset} (existing documents are kept)…`)
  process.exit(runSanity(importArgs(project)))
}
