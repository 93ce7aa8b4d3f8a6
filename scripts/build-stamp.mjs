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
const SKIP = new Set([path.join('public', 'build')])

function* files(root, entry) {
  const full = path.join(root, entry)
  if (SKIP.has(entry) || !existsSync(full)) return
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) yield* files(root, path.join(entry, name))
  } else yield entry
}

export function computeStamp(root = '.') {
  const hash = createHash('sha256')
  for (const input of INPUTS)
    for (const file of files(root, input))
      hash
        .update(`${file}\0`)
        .update(readFileSync(path.join(root, file)))
        .update('\0')
  return hash.digest('hex')
}

export function readStamp(root = '.') {
  const file = path.join(root, STAMP_FILE)
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null
}
