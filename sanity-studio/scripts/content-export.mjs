// `npm run content:export`: writes the project's dataset back into content/, in the format content:import reads:
// production.ndjson, plus images/ and files/ when the dataset has assets (the NDJSON points at them).
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { CONTENT_DIR, isMain, requireProject, runSanity } from './sanity-cli.mjs'

export function exportArgs({ projectId, dataset }, tarball) {
  return ['dataset', 'export', dataset, tarball, '--project-id', projectId, '--overwrite']
}

/** Unpacks a `sanity dataset export` tarball into contentDir: data.ndjson → production.ndjson, assets beside it. */
export function unpackExport(tarball, contentDir = CONTENT_DIR) {
  const work = mkdtempSync(path.join(tmpdir(), 'studio-export-'))
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', work])
    // The tarball holds one folder, named after the dataset and the date.
    const [root] = readdirSync(work, { withFileTypes: true }).filter(entry => entry.isDirectory())
    const exported = root ? path.join(work, root.name) : work
    if (!existsSync(path.join(exported, 'data.ndjson'))) throw new Error(`${tarball} has no data.ndjson`)
    cpSync(path.join(exported, 'data.ndjson'), path.join(contentDir, 'production.ndjson'))
    for (const folder of ['images', 'files']) {
      rmSync(path.join(contentDir, folder), { recursive: true, force: true })
      if (existsSync(path.join(exported, folder)))
        cpSync(path.join(exported, folder), path.join(contentDir, folder), { recursive: true })
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) {
  const project = requireProject('content:export')
  const work = mkdtempSync(path.join(tmpdir(), 'studio-export-'))
  const tarball = path.join(work, 'export.tar.gz')
  try {
    const status = runSanity(exportArgs(project, tarball))
    if (status !== 0) process.exit(status)
    unpackExport(tarball)
    console.log(`Wrote ${path.join(CONTENT_DIR, 'production.ndjson')} from ${project.projectId}/${project.dataset}.`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
