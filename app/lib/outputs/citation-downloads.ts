// The citation files of an article: the article itself and its reference list, each as BibTeX, RIS and CSL-JSON,
// at /blog/<slug>/cite.<ext> and /blog/<slug>/references.<ext>.
import { postPath } from './urls.ts'

export type DownloadFormat = 'bib' | 'ris' | 'json'
export type DownloadSubject = 'cite' | 'references'

export interface CitationDownload {
  format: 'BibTeX' | 'RIS' | 'CSL-JSON'
  href: string
  fileName: string
  contentType: string
}

export const DOWNLOAD_FORMATS: Record<DownloadFormat, { format: CitationDownload['format']; contentType: string }> = {
  // No registered type for BibTeX: application/x-bibtex is what Zotero, JabRef and the journals serve.
  bib: { format: 'BibTeX', contentType: 'application/x-bibtex' },
  ris: { format: 'RIS', contentType: 'application/x-research-info-systems' },
  json: { format: 'CSL-JSON', contentType: 'application/vnd.citationstyles.csl+json' },
}

export function downloadFileName(slug: string, subject: DownloadSubject, format: DownloadFormat): string {
  return `${slug}${subject === 'references' ? '-references' : ''}.${format}`
}

export function citationDownloads(slug: string, subject: DownloadSubject): CitationDownload[] {
  return (Object.keys(DOWNLOAD_FORMATS) as DownloadFormat[]).map(format => ({
    ...DOWNLOAD_FORMATS[format],
    href: `${postPath(slug)}/${subject}.${format}`,
    fileName: downloadFileName(slug, subject, format),
  }))
}

/**
 * `attachment` with the file's name: a plain-ASCII `filename` every client reads (other characters become "_"),
 * and the exact name as `filename*` (RFC 6266) for a slug in another script. Headers carry bytes, not text:
 * a raw "心" in a header would fail the response.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
  if (ascii === fileName) return `attachment; filename="${fileName}"`
  const encoded = encodeURIComponent(fileName).replace(
    /['()*!]/g,
    char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
