import { expect, test } from 'vitest'

import { isPlaceholder, telHref } from '~/lib/placeholders'

test('the bundled placeholders are recognised, real-looking details are not', () => {
  for (const value of ['(555) 010-0100', '555-0100', 'hello@example.com', '[Practice address]'])
    expect(isPlaceholder(value), value).toBe(true)
  for (const value of ['(512) 555-2368', 'hello@wellmindbody.co', '12 Main Street'])
    expect(isPlaceholder(value), value).toBe(false)
})

test('a phone number becomes a tel: link with digits only', () => {
  expect(telHref('(555) 010-0100')).toBe('tel:5550100100')
  expect(telHref('+1 555 010 0100')).toBe('tel:+15550100100')
})
