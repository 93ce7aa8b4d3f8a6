import { expect, test } from 'vitest'

import { findRedirectProblem } from '~/lib/redirects'

const rule = (from: string, to: string) => ({ from, to, permanent: true })

test('a redirect into a circle of other redirects names the circle once round', () => {
  expect(findRedirectProblem(rule('/a', '/b'), [rule('/b', '/c'), rule('/c', '/b')])).toBe(
    'These redirects go round in a circle (/a → /b → /c → /b): visitors would never arrive.',
  )
})

test('a redirect that comes back to itself through another names the circle from its start', () => {
  expect(findRedirectProblem(rule('/a', '/b?x=1'), [rule('/B/', '/a#top')])).toBe(
    'These redirects go round in a circle (/a → /b?x=1 → /a#top): visitors would never arrive.',
  )
})

test('a chain still names its end', () => {
  expect(findRedirectProblem(rule('/a', '/b'), [rule('/b', '/c'), rule('/c', '/d')])).toBe(
    '/b itself redirects (/b → /c → /d). Point this redirect straight to /d.',
  )
})
