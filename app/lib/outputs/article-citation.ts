// How to cite an article of this site: its APA 7 reference ("Cite this article"), the CSL-JSON item its
// downloads are made from, and the Highwire Press tags reference managers and Google Scholar read from its head.
import type { MetaDescriptor } from '@remix-run/node'
import { format } from 'date-fns'

import type { Segment } from '~/lib/citations'
import { clean, referenceName } from '~/lib/citations/names'
import { endSentence } from '~/lib/citations/text'
import type { CslItem } from '~/lib/citations/to-csl'

import { postPath } from './urls.ts'

export interface CitableArticle {
  title: string
  slug: string
  publishedAt: string
  author: { name: string } | null
}

export interface CitingSite {
  title: string
  origin: string
}

/**
 * The author document holds one name, as readers see it ("Elizabeth Miller"): the last word is the family name.
 * A name of one word is kept whole. (Compound family names, "Van der Berg", would need the author's own fields.)
 */
export function articleAuthorName(name: string): { family: string; given: string } | { literal: string } {
  const words = clean(name).split(' ').filter(Boolean)
  if (words.length < 2) return { literal: clean(name) }
  return { family: words[words.length - 1] ?? '', given: words.slice(0, -1).join(' ') }
}

// The calendar day the site prints for the article (see formatDate: the UTC date of the stored instant).
function publicationDay(iso: string): { year: number; month: number; day: number } | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

export function articleUrl(article: CitableArticle, site: CitingSite): string {
  return `${site.origin}${postPath(article.slug)}`
}

/**
 * APA 7 for a blog post (§10.1, example 17): Author, A. (Year, Month Day). Title. *Site Name*. URL
 * Without an author the title takes the author's place. The title is printed as written.
 */
export function articleReferenceSegments(article: CitableArticle, site: CitingSite): Segment[] {
  const day = publicationDay(article.publishedAt)
  const date = day ? `(${format(new Date(day.year, day.month - 1, day.day), 'yyyy, MMMM d')}).` : '(n.d.).'
  const title = endSentence(clean(article.title))
  const author = article.author ? referenceName(articleAuthorName(article.author.name)) : ''
  const url = articleUrl(article, site)
  const opening = author ? `${endSentence(author)} ${date} ${title} ` : `${title} ${date} `
  return [{ text: opening }, { text: site.title, italic: true }, { text: '. ' }, { text: url, href: url }]
}

/** The article as a CSL-JSON item: what its BibTeX, RIS and CSL-JSON downloads are made from. */
export function articleCsl(article: CitableArticle, site: CitingSite): CslItem {
  const day = publicationDay(article.publishedAt)
  return {
    id: article.slug,
    type: 'post-weblog',
    ...(article.author ? { author: [articleAuthorName(article.author.name)] } : {}),
    ...(day ? { issued: { 'date-parts': [[day.year, day.month, day.day]] } } : {}),
    title: clean(article.title),
    'container-title': site.title,
    publisher: site.title,
    URL: articleUrl(article, site),
  }
}

/**
 * Highwire Press tags, as Zotero's "Embedded Metadata" translator and Google Scholar read them: the title, each
 * author as "Family, Given", the date as YYYY/MM/DD, the publisher, the address and the language.
 */
export function highwireTags(article: CitableArticle, site: CitingSite): MetaDescriptor[] {
  const day = publicationDay(article.publishedAt)
  const author = article.author ? articleAuthorName(article.author.name) : null
  return [
    { name: 'citation_title', content: clean(article.title) },
    ...(author
      ? [
          {
            name: 'citation_author',
            content: 'literal' in author ? author.literal : `${author.family}, ${author.given}`,
          },
        ]
      : []),
    ...(day
      ? [
          {
            name: 'citation_publication_date',
            content: format(new Date(day.year, day.month - 1, day.day), 'yyyy/MM/dd'),
          },
        ]
      : []),
    { name: 'citation_publisher', content: site.title },
    { name: 'citation_public_url', content: articleUrl(article, site) },
    { name: 'citation_language', content: 'en' },
  ]
}
