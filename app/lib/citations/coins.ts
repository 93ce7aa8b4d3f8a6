// COinS: the OpenURL 1.0 ContextObject in KEV form (Z39.88-2004) that goes in <span class="Z3988" title="…">,
// where Zotero's COinS translator, link resolvers and other reference managers pick a reference up from the page.
//
// Written to the conventions of Zotero's own writer and reader, createContextObject and parseContextObject in
// openurl.js of zotero/utilities at 4051881d59c6c12d34417d4c226f37218051be90 (the file last changed in
// db52081e6eedfb0aa250dfc7f93ab2cf7ed6e468); their caller is COinS.js in zotero/translators at
// d147639248c81830f727928d9b7256edee05d306. Our own code, not a copy (Zotero's is AGPL). It parts from Zotero in
// four places, each so that Zotero's reader gets the reference right:
// - each person is `rft.au=Family, Given`, where Zotero writes "Given Family": its reader splits a name without a
//   comma at the last space ("S. Mahmud Tusher" would come back as Tusher, S. Mahmud), and keeps the family whole
//   when there is one.
// - an organisation is `rft.aucorp`, where Zotero writes it as `rft.au` too: its reader would make a person of it.
//   (Its reader puts every aucorp first in the list: an organisation that is not the first author moves up.)
// - no `rfr_id`: Zotero names itself there (info:sid/zotero.org:2); the referrer is optional.
// - the URL of any work is an `rft_id`, which Zotero's reader takes as the item's URL; its writer gives one only to
//   a web page (as `rft.identifier`, which we write too).
// The string is plain data: `&` separates the pairs and `'` is not percent-encoded (encodeURIComponent leaves it,
// as Zotero's writer does), so it must be attribute-escaped where it is rendered (React does; Zotero's COinS export
// calls htmlSpecialChars). Pure, no dependencies: the Studio imports this folder too.
import { normalizeDoi } from './doi'
import { httpUrl } from './reference-entry'
import type { Citation, CitationType, PersonName } from './types'

type Pair = [key: string, value: string | null | undefined]

export function coinsTitle(work: Citation): string {
  // What the page would not link (a DOI that is not one, a javascript: address) is not offered either.
  const citation = { ...work, doi: normalizeDoi(work.doi), url: httpUrl(work.url) }
  const pairs: Pair[] = [
    ['url_ver', 'Z39.88-2004'],
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_id', citation.doi ? `info:doi/${citation.doi}` : null],
    ['rft_id', citation.url],
    ...FORMATS[citation.type](citation),
    ...creators(citation.authors),
    ['rft.date', citation.year == null ? null : String(citation.year)],
    ...pages(citation.pages),
  ]
  return pairs
    .filter((pair): pair is [string, string] => Boolean(pair[1]?.trim()))
    .map(([key, value]) => `${key}=${encodeURIComponent(value.trim())}`)
    .join('&')
}

// The metadata format (rft_val_fmt) and genre Zotero's reader turns into an item type, then the fields it reads
// for that type: journal → journalArticle, book + genre bookitem → bookSection, book → book, dc → webpage.
const FORMATS: Record<CitationType, (citation: Citation) => Pair[]> = {
  'article-journal': c => [
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
    ['rft.genre', 'article'],
    ['rft.atitle', c.title],
    ['rft.jtitle', c.containerTitle],
    ['rft.volume', c.volume],
    ['rft.issue', c.issue],
  ],
  book: c => [
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', 'book'],
    ['rft.btitle', c.title],
    ['rft.publisher', c.publisher],
    ['rft.edition', c.edition],
  ],
  chapter: c => [
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', 'bookitem'],
    ['rft.atitle', c.title],
    ['rft.btitle', c.containerTitle],
    ['rft.publisher', c.publisher],
    ['rft.edition', c.edition],
  ],
  // Dublin Core, as Zotero writes every type without a matrix of its own; rft.type carries its item type.
  webpage: c => [
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft.type', 'webpage'],
    ['rft.title', c.title],
    ['rft.source', c.containerTitle],
    ['rft.publisher', c.publisher],
    ['rft.identifier', c.doi ? `urn:doi:${c.doi}` : c.url],
  ],
}

// The first author twice, as Zotero writes it: split (aulast/aufirst, or aucorp) and in the list of all (au).
// Its reader drops the split copy when the listed one matches it.
function creators(authors: PersonName[]): Pair[] {
  const [first] = authors
  if (!first) return []
  const split: Pair[] = first.literal
    ? [['rft.aucorp', first.literal]]
    : [
        ['rft.aufirst', first.given],
        ['rft.aulast', first.family],
      ]
  return [...split, ...authors.slice(first.literal ? 1 : 0).map(listed)]
}

function listed(name: PersonName): Pair {
  if (name.literal) return ['rft.aucorp', name.literal]
  return ['rft.au', [name.family, name.given].filter(part => part?.trim()).join(', ')]
}

// rft.pages as printed ("678–684", or an article number), and for a range its first and last page, as Zotero
// writes them. Zotero's reader prefers rft.pages.
function pages(value: string | null | undefined): Pair[] {
  if (!value) return []
  const range = value.split(/\s*[-–]\s*/)
  const [start, end] = range
  return [
    ['rft.pages', value],
    ...(range.length === 2
      ? ([
          ['rft.spage', start],
          ['rft.epage', end],
        ] as Pair[])
      : []),
  ]
}
