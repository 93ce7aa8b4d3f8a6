// A fingerprint of everything the production build is made from, so `npm start` never serves a stale build.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

export const STAMP_FILE = 'build/.stamp'
const INPUTS = [
  'app',
  'server.ts',
  'remix.config.js',
  'postcss.config.js',
  'tsconfig.json',
  'package-lock.json',
  'public',
]
const SKIP = new Set(['public/build'])

function* files(entry) {
  if (SKIP.has(entry) || !existsSync(entry)) return
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name))
  } else yield entry
}

export function computeStamp() {
  const hash = createHash('sha256')
  for (const input of INPUTS)
    for (const file of files(input)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

export function readStamp() {
  return existsSync(STAMP_FILE) ? readFileSync(STAMP_FILE, 'utf8').trim() : null
}
