import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, test } from 'vitest'

import { computeStamp } from '../../scripts/build-stamp.mjs'

function setupProject() {
  const root = mkdtempSync(path.join(tmpdir(), 'stamp-'))
  mkdirSync(path.join(root, 'app/routes'), { recursive: true })
  mkdirSync(path.join(root, 'public/build'), { recursive: true })
  writeFileSync(path.join(root, 'app/routes/a.tsx'), 'export default 1')
  writeFileSync(path.join(root, 'package-lock.json'), '{}')
  return root
}

test('a pulled change to a route, the server or the lockfile changes the build stamp (npm start rebuilds)', () => {
  const root = setupProject()
  const before = computeStamp(root)
  expect(computeStamp(root)).toBe(before)
  writeFileSync(path.join(root, 'app/routes/a.tsx'), 'export default 2')
  const afterRoute = computeStamp(root)
  expect(afterRoute).not.toBe(before)
  writeFileSync(path.join(root, 'server.ts'), '// new')
  expect(computeStamp(root)).not.toBe(afterRoute)
  const afterServer = computeStamp(root)
  writeFileSync(path.join(root, 'package-lock.json'), '{"v":2}')
  expect(computeStamp(root)).not.toBe(afterServer)
})

test('the build output itself does not change the stamp', () => {
  const root = setupProject()
  const before = computeStamp(root)
  writeFileSync(path.join(root, 'public/build/entry.js'), 'built')
  expect(computeStamp(root)).toBe(before)
})
