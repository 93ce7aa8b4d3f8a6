import { expect, test } from 'vitest'

import { canonicalOrigin, canonicalPath } from '~/lib/outputs/urls'

test('the canonical origin is PUBLIC_SITE_URL, else the site settings’ address, else where the request came', () => {
  const request = 'http://127.0.0.1:3000/blog?utm_source=x'
  expect(canonicalOrigin('http://localhost:3000', 'https://wellmindbody.co', request)).toBe('http://localhost:3000')
  expect(canonicalOrigin(null, 'https://wellmindbody.co/', request)).toBe('https://wellmindbody.co')
  expect(canonicalOrigin(null, 'not a url', request)).toBe('http://127.0.0.1:3000')
  expect(canonicalOrigin(null, 'javascript:alert(1)', request)).toBe('http://127.0.0.1:3000')
  expect(canonicalOrigin(null, null, request)).toBe('http://127.0.0.1:3000')
})

test('a canonical path keeps only the index’s own page number, from page 2 on', () => {
  expect(canonicalPath('/blog', 1)).toBe('/blog')
  expect(canonicalPath('/blog', 2)).toBe('/blog?page=2')
  expect(canonicalPath('/blog/self-care/')).toBe('/blog/self-care')
  expect(canonicalPath('/')).toBe('/')
})
