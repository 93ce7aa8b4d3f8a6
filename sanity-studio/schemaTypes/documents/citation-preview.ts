// A reference shows in the Studio as the APA line the site prints, from the site's own formatter.
import { formatReferenceText, type Citation, type CitationType } from '../../../app/lib/citations/index'

// What the preview selects: the formatter's own Citation, every field still possibly missing in a draft.
export type CitationSelection = Partial<Citation>

// Every field of Citation, selected under its own name (the type checker lists any that is missing).
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
  originalText: 'originalText',
} satisfies Record<keyof Citation, string>

export function toCitation(selection: CitationSelection): Citation {
  return {
    ...selection,
    id: selection.id ?? '',
    type: selection.type ?? 'article-journal',
    // Array items carry _key and _type; the formatter needs the names only.
    authors: (selection.authors ?? []).map(({ family, given, literal }) => ({ family, given, literal })),
    title: selection.title ?? '',
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
