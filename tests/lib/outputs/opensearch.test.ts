import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect, test } from 'vitest'

import { openSearchXml } from '~/lib/outputs/opensearch'

test('the OpenSearch description is valid XML naming the site and its search address', () => {
  const xml = openSearchXml({ title: 'Well Mind Body', origin: 'https://wellmindbody.co' })
  expect(XMLValidator.validate(xml)).toBe(true)
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml).OpenSearchDescription
  expect(parsed.ShortName).toBe('Well Mind Body')
  expect(parsed.Url['@_template']).toBe('https://wellmindbody.co/search?q={searchTerms}')
})

test('a site name with “&” past 16 characters stays valid XML: cut first, then escaped', () => {
  const xml = openSearchXml({ title: 'Mindful Living & Company', origin: 'https://example.org' })
  expect(XMLValidator.validate(xml)).toBe(true)
  expect(new XMLParser().parse(xml).OpenSearchDescription.ShortName).toBe('Mindful Living &')
})
