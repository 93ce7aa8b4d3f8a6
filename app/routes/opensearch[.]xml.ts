import type { LoaderFunctionArgs } from '@remix-run/node'

import { textResponse } from '~/lib/etag.server'
import { PUBLIC_PAGE_CACHE } from '~/lib/http'
import { loadSiteHead } from '~/lib/meta'

const escapeXml = (text: string) => text.replace(/[<>&"']/g, char => `&#${char.charCodeAt(0)};`)

// OpenSearch 1.1: the site's search, for a browser's address bar ("Tab to search Well Mind Body").
export async function loader({ request, context }: LoaderFunctionArgs) {
  const site = await loadSiteHead(context, request)
  const name = escapeXml(site.title)
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${name.slice(0, 16)}</ShortName>
  <Description>Search the articles of ${name}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escapeXml(site.origin)}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${escapeXml(site.origin)}/search?q={searchTerms}"/>
  <moz:SearchForm>${escapeXml(site.origin)}/search</moz:SearchForm>
</OpenSearchDescription>
`
  return textResponse(
    request,
    body,
    { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8', 'Cache-Control': PUBLIC_PAGE_CACHE },
    context,
  )
}
