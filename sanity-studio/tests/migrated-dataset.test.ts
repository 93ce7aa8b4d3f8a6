import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import { beforeAll, expect, test } from 'vitest'

import { readDataset, setupStudio } from './helpers/studio'

// The Squarespace migration's output (npm run migrate:squarespace at the project's root, over its test
// fixture) as the Studio sees it once imported: what the Studio refuses is what the report asks a person to
// fix, and nothing else.
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
let documents: ReturnType<typeof readDataset>
let report = ''

beforeAll(() => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'wmb-studio-migrated-')), 'production.ndjson')
  const args = [
    'tests/fixtures/squarespace/export.xml',
    '--out',
    out,
    '--images-from',
    'tests/fixtures/squarespace/cdn',
  ]
  const run = spawnSync('npm', ['run', '--silent', 'migrate:squarespace', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  expect(run.status, run.stderr).toBe(0)
  report = readFileSync(path.join(path.dirname(out), 'migration-report.md'), 'utf8')
  // `sanity dataset import` uploads each `_sanityAsset` and leaves an asset reference in its place.
  documents = readDataset(pathToFileURL(out)).map(document =>
    JSON.parse(JSON.stringify(document), (key, value: unknown) =>
      value && typeof value === 'object' && '_sanityAsset' in value
        ? { ...value, _sanityAsset: undefined, asset: { _type: 'reference', _ref: 'image-0a1b2c3d-64x48-png' } }
        : value,
    ),
  )
  documents.push({ _id: 'image-0a1b2c3d-64x48-png', _type: 'sanity.imageAsset' } as (typeof documents)[number])
}, 120_000)

const pathOf = (path: Array<string | number | { _key: string } | unknown>) =>
  path.map(part => (part && typeof part === 'object' && '_key' in part ? part._key : String(part))).join('.')

test('the Studio accepts every migrated document but those the report lists for a person', async () => {
  const studio = await setupStudio(documents)
  const problems: string[] = []
  for (const document of documents.filter(document => document._type !== 'sanity.imageAsset'))
    for (const marker of await studio.validate(document))
      if (marker.level === 'error') problems.push(`${document._id} ${pathOf(marker.path)}: ${marker.message}`)
  const doc = (title: string) => documents.find(document => document.title === title)
  const grounding = doc('Grounding Techniques for Anxious Moments')
  const withoutAlt = (grounding?.body as Array<{ _type: string; _key: string; alt?: string }>).find(
    block => block._type === 'image' && !block.alt,
  )
  expect(problems.map(problem => problem.replace(/: .*/, '')).sort()).toEqual(
    [
      `${doc('Sleep and Stress: Notes for a Future Post')?._id} excerpt`,
      `${grounding?._id} body.${withoutAlt?._key}.alt`,
      'citation-unknown-nd-2f8867 authors',
      'citation-unknown-nd-2f8867 year',
      'citation-unknown-nd-2f8867 title',
    ].sort(),
  )
  for (const problem of problems) expect(report).toContain(problem.split(' ')[0]?.replace(/^drafts\./, ''))
})
