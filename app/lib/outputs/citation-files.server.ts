// The loaders of the citation files: /blog/<slug>/cite.{bib,ris,json} (the article) and
// /blog/<slug>/references.{bib,ris,json} (its reference list, in the order the article lists it).
import type { LoaderFunctionArgs } from '@remix-run/node'

import { createBibliography } from '~/lib/citations'
import { toCsl, type CslItem } from '~/lib/citations/to-csl'
import { textResponse } from '~/lib/etag.server'
import { movedResponse, movedTo, notFound, PUBLIC_PAGE_CACHE } from '~/lib/http'
import { loadSiteHead } from '~/lib/meta'

import { articleCsl } from './article-citation.ts'
import { formatBibtex, formatCslJson, formatRis } from './cite-formats.server.ts'
import {
  contentDisposition,
  DOWNLOAD_FORMATS,
  downloadFileName,
  type DownloadFormat,
  type DownloadSubject,
} from './citation-downloads.ts'
import { postPath } from './urls.ts'

const FORMATTERS: Record<DownloadFormat, (items: CslItem[]) => string> = {
  bib: formatBibtex,
  ris: formatRis,
  json: formatCslJson,
}

export function citationFileLoader(subject: DownloadSubject, format: DownloadFormat) {
  return async ({ params, request, context }: LoaderFunctionArgs): Promise<Response> => {
    const slug = params.slug ?? ''
    const [site, post] = await Promise.all([loadSiteHead(context, request), context.content.getPost(slug)])
    if (!post) {
      // An earlier address of the article (or a redirect to it): its files moved with it.
      const moved = await movedTo(postPath(slug), context.content)
      const article = moved?.to.split(/[?#]/)[0]?.match(/^\/blog\/([^/]+)$/)?.[1]
      if (moved && article) return movedResponse(`${postPath(article)}/${subject}.${format}`, moved.permanent)
      return notFound('No article at this address')
    }
    const byId = new Map(post.citations.map(citation => [citation.id, citation]))
    const items =
      subject === 'cite'
        ? [articleCsl(post, site)]
        : createBibliography(post.citations).entries.flatMap(entry => {
            const citation = byId.get(entry.id)
            return citation ? [toCsl(citation)] : []
          })
    if (items.length === 0) return notFound('This article lists no references')
    return textResponse(
      request,
      FORMATTERS[format](items),
      {
        'Content-Type': `${DOWNLOAD_FORMATS[format].contentType}; charset=utf-8`,
        'Content-Disposition': contentDisposition(downloadFileName(post.slug, subject, format)),
        'Cache-Control': PUBLIC_PAGE_CACHE,
        'X-Robots-Tag': 'noindex',
      },
      context,
    )
  }
}
