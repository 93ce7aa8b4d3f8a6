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

// What an author types is not always what a browser reads: schemes in capitals, stray whitespace, and
// characters that make a web address unreachable.
test.each([
  ['HTTPS://wellmindbody.co/blog', 'a scheme in capitals is still https'],
  ['MAILTO:someone@example.com', 'a mail link in capitals'],
  [' https://wellmindbody.co/blog ', 'spaces around a pasted address'],
  ['./self-care', 'a path relative to the page'],
  ['~miller/notes', 'a relative path starting with a tilde'],
  ['self-care#references', 'a relative page with an anchor'],
  ['notes/review:draft', 'a relative path with a colon after its first slash, which is no scheme'],
])('%j is allowed (%s)', href => expect(isSafeHref(href)).toBe(true))

test.each([
  ['https://exa mple.com', 'a space inside the host name: no browser can reach it'],
  ['\t\n', 'only whitespace'],
  ['\u0000', 'only a control character'],
  [':alert(1)', 'a colon with no scheme before it'],
  ['..\\..\\evil.example', 'backslashes, which browsers read as slashes'],
  ['ftp://files.example.com', 'a scheme outside the list'],
  ['https://[::1', 'an address that does not parse'],
])('%j is refused (%s)', href => expect(isSafeHref(href)).toBe(false))
