// OpenSearch 1.1: the site's search, for a browser's address bar ("Tab to search Well Mind Body").
import { escapeXml } from './sitemap.ts'

// OpenSearch's ShortName holds at most 16 characters: cut before escaping, so an entity is never cut in half.
const SHORT_NAME_MAX = 16

export function openSearchXml(site: { title: string; origin: string }): string {
  const shortName = [...site.title].slice(0, SHORT_NAME_MAX).join('').trim()
  const origin = escapeXml(site.origin)
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(shortName)}</ShortName>
  <Description>Search the articles of ${escapeXml(site.title)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${origin}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${origin}/search?q={searchTerms}"/>
  <moz:SearchForm>${origin}/search</moz:SearchForm>
</OpenSearchDescription>
`
}
