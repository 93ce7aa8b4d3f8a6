// npm run test:mutation: Stryker over the app (stryker.config.mjs), then over the Studio's schema and rules
// (sanity-studio/stryker.config.mjs), then one table of mutation scores per module from their JSON reports.
// `--goal` mutates only the modules with a goal (the app's part took 30 min on 2 cores); `--report` prints the
// table from the last reports without running Stryker. See docs/mutation.md.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import appConfig from '../stryker.config.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const REPORTS = path.join(ROOT, 'reports/mutation')
const TARGET = 90

// The modules the issue names (goal: 90 % each), then the rest. A file counts in the first module it matches.
const MODULES = [
  { name: 'content layer', prefix: 'app/lib/content/', goal: true },
  { name: 'citations', prefix: 'app/lib/citations/', goal: true },
  { name: 'link allow-list', prefix: 'app/lib/portable-text/safe-href.ts', goal: true },
  { name: 'Studio rules', prefix: 'sanity-studio/schemaTypes/', goal: true },
  { name: 'rest of app/lib', prefix: 'app/lib/' },
  { name: 'components', prefix: 'app/components/' },
  { name: 'routes', prefix: 'app/routes/' },
]

// `--goal`: the app's goal modules as Stryker globs, with the exclusions of stryker.config.mjs. The Studio's run
// is its goal module whole, so it runs as it is.
// (Stryker splits --mutate at commas, so no `{ts,tsx}` braces.)
const APP_GOAL_GLOBS = [
  ...MODULES.filter(m => m.goal && m.prefix.startsWith('app/')).flatMap(m =>
    m.prefix.endsWith('/') ? [`${m.prefix}**/*.ts`, `${m.prefix}**/*.tsx`] : [m.prefix],
  ),
  ...appConfig.mutate.filter(glob => glob.startsWith('!')),
]

const RUNS = [
  { cwd: ROOT, report: 'app.json', prefix: '', goal: APP_GOAL_GLOBS.join(',') },
  { cwd: path.join(ROOT, 'sanity-studio'), report: 'studio.json', prefix: 'sanity-studio/' },
]

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

function runStryker({ cwd, goal }, goalOnly) {
  const bin = path.join(cwd, 'node_modules/.bin/stryker')
  const args = goalOnly && goal ? ['run', '--mutate', goal] : ['run']
  const result = spawnSync(bin, args, { cwd, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`Stryker failed in ${path.relative(ROOT, cwd) || '.'} (exit ${result.status}).`)
    process.exit(result.status ?? 1)
  }
}

function readMutants() {
  const mutants = []
  for (const run of RUNS) {
    const file = path.join(REPORTS, run.report)
    if (!existsSync(file)) throw new Error(`No report at ${path.relative(ROOT, file)}: run npm run test:mutation.`)
    const report = JSON.parse(readFileSync(file, 'utf8'))
    for (const [name, { mutants: list }] of Object.entries(report.files)) {
      const relative = path.isAbsolute(name) ? path.relative(run.cwd, name) : name
      const file = (run.prefix + relative).split(path.sep).join('/')
      for (const mutant of list) mutants.push({ file, ...mutant })
    }
  }
  return mutants
}

function score(mutants) {
  const detected = mutants.filter(m => DETECTED.has(m.status)).length
  const undetected = mutants.filter(m => UNDETECTED.has(m.status)).length
  const total = detected + undetected
  return { detected, undetected, total, percent: total ? (100 * detected) / total : 100 }
}

function printTable(mutants) {
  const rows = MODULES.map(module => {
    const own = mutants.filter(
      m => m.file.startsWith(module.prefix) && MODULES.find(other => m.file.startsWith(other.prefix)) === module,
    )
    return { ...module, ...score(own) }
  })
  const all = score(mutants)
  const line = (name, s, mark = '') =>
    `${name.padEnd(18)} ${s.percent.toFixed(1).padStart(6)} %  ${String(s.detected).padStart(5)} killed  ${String(s.undetected).padStart(4)} survived${mark}`
  console.log(`\nMutation score per module (killed or timed out / all covered or not; goal ${TARGET} %):\n`)
  for (const row of rows) console.log(line(row.name, row, row.goal && row.percent < TARGET ? '  < goal' : ''))
  console.log(line('all', all))
  console.log(`\nReports: ${path.relative(ROOT, REPORTS)}/app.html, ${path.relative(ROOT, REPORTS)}/studio.html`)
  return rows.filter(row => row.goal && row.percent < TARGET)
}

if (!process.argv.includes('--report')) for (const run of RUNS) runStryker(run, process.argv.includes('--goal'))
const below = printTable(readMutants())
if (below.length) {
  console.log(`Below ${TARGET} %: ${below.map(row => row.name).join(', ')} (see docs/mutation.md).`)
  process.exitCode = 1
}
