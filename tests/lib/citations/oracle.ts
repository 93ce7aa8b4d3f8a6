// The oracle for the golden tests: citation-js with the official APA 7 CSL style (citeproc-js).
// citation-js ships no types, so it is loaded through require with the little of its API used here.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { Citation, CitationType, CiteItem, Segment } from '~/lib/citations'
import { type CslItem, toCsl } from '~/lib/citations/to-csl'

/** A CSL item of one of our citation types: what the fixture holds and what `toCsl` makes of a citation. */
export type CitationCslItem = CslItem & { type: CitationType }

interface CslCiteItem {
  id: string
  locator?: string
  label?: string
}

interface CiteInstance {
  format(kind: 'bibliography' | 'citation', options: Record<string, unknown>): string
}

const require = createRequire(import.meta.url)
const { Cite } = require('@citation-js/core') as { Cite: new (data: CslItem[]) => CiteInstance }
require('@citation-js/plugin-csl')

const APA = { template: 'apa', lang: 'en-US' }

export function readReferences(): Citation[] {
  const url = new URL('../../fixtures/references.csl.json', import.meta.url)
  return (JSON.parse(readFileSync(url, 'utf8')) as CitationCslItem[]).map(fromCsl)
}

export function fromCsl(item: CitationCslItem): Citation {
  return {
    id: item.id,
    type: item.type,
    authors: (item.author ?? []).map(name => ({ ...name })),
    year: item.issued?.['date-parts'][0]?.[0] ?? null,
    title: item.title,
    containerTitle: item['container-title'] ?? null,
    volume: item.volume ?? null,
    issue: item.issue ?? null,
    pages: item.page ?? null,
    edition: item.edition ?? null,
    publisher: item.publisher ?? null,
    doi: item.DOI ?? null,
    url: item.URL ?? null,
  }
}

/** The reference list as the oracle prints it: one line per entry, in its order. */
export function oracleBibliography(citations: Citation[]): string[] {
  const text = new Cite(citations.map(asTyped)).format('bibliography', { ...APA, format: 'text' })
  return text.split('\n').filter(line => line !== '')
}

/** The reference list as HTML, reduced to `id` and the entry with only its <i> markup kept. */
export function oracleBibliographyMarkup(citations: Citation[]): Array<{ id: string; markup: string }> {
  const html = new Cite(citations.map(asTyped)).format('bibliography', { ...APA, format: 'html' })
  return [...html.matchAll(/<div data-csl-entry-id="([^"]+)" class="csl-entry">(.*?)<\/div>/g)].map(
    ([, id = '', markup = '']) => ({
      id,
      markup: markup.replaceAll('&#38;', '&').replaceAll('&#60;', '<').replaceAll('&#62;', '>'),
    }),
  )
}

/** Our segments in the oracle's HTML markup, so italics are compared too. */
export function markup(segments: Segment[]): string {
  return segments.map(segment => (segment.italic ? `<i>${segment.text}</i>` : segment.text)).join('')
}

/**
 * One parenthetical citation. Every item of `citations` is registered as cited before it, so the oracle
 * disambiguates (year suffixes, initials, added names) against the whole list, as a reference list does.
 */
export function oracleCitation(citations: Citation[], items: CiteItem[]): string {
  const all = citations.map(citation => citation.id)
  return new Cite(citations.map(asTyped)).format('citation', {
    ...APA,
    format: 'text',
    entry: items.map(toCslCiteItem),
    citationsPre: [all],
  })
}

// Our locators are typed by the author ("p. 680"); CSL wants the label and the number apart.
// The oracle gets the DOI and address as the editor typed them (toCsl leaves out what the site would not link):
// the golden tests compare what each formatter makes of the same input.
function asTyped(citation: Citation): CslItem {
  return {
    ...toCsl(citation),
    ...(citation.doi ? { DOI: citation.doi } : {}),
    ...(citation.url ? { URL: citation.url } : {}),
  }
}

function toCslCiteItem(item: CiteItem): CslCiteItem {
  const match = /^(pp?|para)\.\s*(.+)$/.exec(item.locator?.trim() ?? '')
  if (!match) return { id: item.id }
  return { id: item.id, locator: match[2], label: match[1] === 'para' ? 'paragraph' : 'page' }
}
