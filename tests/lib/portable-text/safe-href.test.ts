import { expect, test } from 'vitest'

import { isSafeHref } from '~/lib/portable-text/safe-href'

test.each([
  'https://wellmindbody.co/blog',
  'http://example.com',
  'mailto:someone@example.com',
  'tel:+1-555-0100',
  '/blog/self-care',
  '#references',
  'self-care',
  '../blog',
])('%s is allowed', href => expect(isSafeHref(href)).toBe(true))

test.each([
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example',
  '/\\evil.example',
  'https://',
  '',
])('%j is refused', href => expect(isSafeHref(href)).toBe(false))

test('anything that is not a string is refused', () => {
  for (const value of [undefined, null, 42, { href: '/' }]) expect(isSafeHref(value)).toBe(false)
})
