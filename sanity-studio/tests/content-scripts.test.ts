import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test } from 'vitest'

import { exportArgs, unpackExport } from '../scripts/content-export.mjs'
import { importArgs, importFile } from '../scripts/content-import.mjs'
import { DATASET_FILE, resolveProject } from '../scripts/sanity-cli.mjs'

const STUDIO_DIR = fileURLToPath(new URL('..', import.meta.url))

// As a person runs them, but with SANITY_STUDIO_PROJECT_ID set empty: an empty shell variable wins over .env.
function runScript(script: 'content:import' | 'content:export') {
  return spawnSync('npm', ['run', '--silent', script], {
    cwd: STUDIO_DIR,
    encoding: 'utf8',
    env: { ...process.env, SANITY_STUDIO_PROJECT_ID: '', SANITY_AUTH_TOKEN: '' },
  })
}

test.each(['content:import', 'content:export'] as const)(
  '%s refuses to run without a project id, saying what to set',
  script => {
    const run = runScript(script)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      `npm run ${script} needs to know which Sanity project to use, and SANITY_STUDIO_PROJECT_ID is not set.`,
    )
    expect(run.stderr).toContain('Set it in the .env file at the root of the project')
    expect(run.stdout).not.toContain('Importing')
  },
)

test('the import adds the bundled dataset to the project, never overwriting what is there', () => {
  const project = resolveProject({ SANITY_STUDIO_PROJECT_ID: 'ab12cd34' }, 'content:import')
  expect(project).toEqual({ projectId: 'ab12cd34', dataset: 'production' })
  const args = importArgs(project as { projectId: string; dataset: string })
  expect(args).toEqual([
    'dataset',
    'import',
    DATASET_FILE,
    '--project-id',
    'ab12cd34',
    '--dataset',
    'production',
    '--missing',
  ])
  expect(DATASET_FILE).toBe(path.resolve(STUDIO_DIR, '../content/production.ndjson'))
})

test('the import takes another dataset file, such as the Squarespace migration, from where npm was run', () => {
  expect(importFile([], { INIT_CWD: '/home/me/site' })).toBe(DATASET_FILE)
  expect(importFile(['squarespace-migration/production.ndjson'], { INIT_CWD: '/home/me/site' })).toBe(
    '/home/me/site/squarespace-migration/production.ndjson',
  )
  expect(importArgs({ projectId: 'ab12cd34', dataset: 'production' }, '/home/me/site/x.ndjson')[2]).toBe(
    '/home/me/site/x.ndjson',
  )
})

test('the export reads the configured dataset, assets included', () => {
  const project = resolveProject(
    { SANITY_STUDIO_PROJECT_ID: 'ab12cd34', SANITY_STUDIO_DATASET: 'staging' },
    'content:export',
  )
  expect(exportArgs(project as { projectId: string; dataset: string }, '/tmp/x.tar.gz')).toEqual([
    'dataset',
    'export',
    'staging',
    '/tmp/x.tar.gz',
    '--project-id',
    'ab12cd34',
    '--overwrite',
  ])
})

test('an export tarball becomes content/production.ndjson with its images beside it', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'export-test-'))
  const exported = path.join(work, 'production-export-2025-01-01')
  mkdirSync(path.join(exported, 'images'), { recursive: true })
  const line =
    '{"_id":"post-a","_type":"post","mainImage":{"_type":"image","_sanityAsset":"image@file://./images/abc.jpg"}}\n'
  writeFileSync(path.join(exported, 'data.ndjson'), line)
  writeFileSync(path.join(exported, 'images', 'abc.jpg'), 'jpeg bytes')
  writeFileSync(path.join(exported, 'assets.json'), '{}')
  execFileSync('tar', ['-czf', path.join(work, 'export.tar.gz'), '-C', work, 'production-export-2025-01-01'])

  const content = path.join(work, 'content')
  mkdirSync(path.join(content, 'images'), { recursive: true })
  writeFileSync(path.join(content, 'production.ndjson'), 'old\n')
  writeFileSync(path.join(content, 'images', 'stale.jpg'), 'gone')
  unpackExport(path.join(work, 'export.tar.gz'), content)

  expect(readFileSync(path.join(content, 'production.ndjson'), 'utf8')).toBe(line)
  expect(readdirSync(path.join(content, 'images'))).toEqual(['abc.jpg'])
  expect(readdirSync(content).sort()).toEqual(['images', 'production.ndjson'])
})
