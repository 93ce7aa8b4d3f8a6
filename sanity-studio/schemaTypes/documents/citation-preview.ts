// A reference shows in the Studio as the APA line the site prints, from the site's own formatter.
import {
  formatReferenceText,
  type Citation,
  type CitationType,
  type PersonName,
} from '../../../app/lib/citations/index'

export interface CitationSelection {
  id?: string
  type?: CitationType
  authors?: PersonName[]
  year?: number
  title?: string
  containerTitle?: string
  volume?: string
  issue?: string
  pages?: string
  edition?: string
  publisher?: string
  doi?: string
  url?: string
}

export const citationPreviewSelect = {
  id: '_id',
  type: 'type',
  authors: 'authors',
  year: 'year',
  title: 'title',
  containerTitle: 'containerTitle',
  volume: 'volume',
  issue: 'issue',
  pages: 'pages',
  edition: 'edition',
  publisher: 'publisher',
  doi: 'doi',
  url: 'url',
} satisfies Record<keyof CitationSelection, string>

export function toCitation(selection: CitationSelection): Citation {
  return {
    id: selection.id ?? '',
    type: selection.type ?? 'article-journal',
    authors: (selection.authors ?? []).map(({ family, given, literal }) => ({ family, given, literal })),
    year: selection.year,
    title: selection.title ?? '',
    containerTitle: selection.containerTitle,
    volume: selection.volume,
    issue: selection.issue,
    pages: selection.pages,
    edition: selection.edition,
    publisher: selection.publisher,
    doi: selection.doi,
    url: selection.url,
  }
}

const TYPE_TITLES: Record<CitationType, string> = {
  'article-journal': 'Journal article',
  book: 'Book',
  chapter: 'Book chapter',
  webpage: 'Web page',
}

export function previewCitation(selection: CitationSelection) {
  if (!selection.title && !selection.authors?.length)
    return { title: 'New reference', subtitle: TYPE_TITLES[selection.type ?? 'article-journal'] }
  return {
    title: formatReferenceText(toCitation(selection)),
    subtitle: selection.type ? TYPE_TITLES[selection.type] : undefined,
  }
}
