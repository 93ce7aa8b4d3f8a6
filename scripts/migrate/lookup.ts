// `--lookup`: asks doi.org for each new reference's CSL-JSON (content negotiation) to fill what the typed line
// left out and to flag where the two disagree. Never overwrites what was typed: a person decides.
import { fold, type SanityDoc } from './references.ts'

export interface LookupOptions {
  fetch?: typeof fetch
  /** https://doi.org by default; the tests point it at a local fake. */
  origin?: string
  timeoutMs?: number
}

export interface LookupOutcome {
  checked: number
  filled: string[]
  differences: string[]
  offline: boolean
}

interface CslItem {
  title?: string
  'container-title'?: string | string[]
  volume?: string | number
  issue?: string | number
  page?: string
  issued?: { 'date-parts'?: number[][] }
  author?: Array<{ family?: string; given?: string; literal?: string }>
}

export async function lookUpDois(citations: SanityDoc[], options: LookupOptions = {}): Promise<LookupOutcome> {
  const outcome: LookupOutcome = { checked: 0, filled: [], differences: [], offline: false }
  const request = options.fetch ?? fetch
  const origin = (options.origin ?? 'https://doi.org').replace(/\/$/, '')
  for (const doc of citations) {
    if (typeof doc.doi !== 'string') continue
    let item: CslItem
    try {
      const response = await request(`${origin}/${doc.doi}`, {
        headers: {
          accept: 'application/vnd.citationstyles.csl+json',
          'user-agent': 'well-mind-body-migration/1 (mailto:hello@example.com)',
        },
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      })
      if (!response.ok) {
        outcome.differences.push(`${doc._id}: doi.org answered ${response.status} for ${doc.doi}: check the DOI.`)
        continue
      }
      item = (await response.json()) as CslItem
    } catch {
      outcome.offline = true
      return outcome
    }
    outcome.checked++
    const year = item.issued?.['date-parts']?.[0]?.[0]
    const container = Array.isArray(item['container-title']) ? item['container-title'][0] : item['container-title']
    const found: Record<string, string | undefined> = {
      containerTitle: container,
      volume: item.volume === undefined ? undefined : String(item.volume),
      issue: item.issue === undefined ? undefined : String(item.issue),
      pages: item.page?.replace(/-/g, '–'),
    }
    for (const [field, value] of Object.entries(found)) {
      if (!value) continue
      if (doc[field] === undefined) {
        doc[field] = value
        outcome.filled.push(`${doc._id}: ${field} “${value}”`)
      } else if (fold(doc[field]) !== fold(value))
        outcome.differences.push(`${doc._id}: ${field} is “${String(doc[field])}”, doi.org says “${value}”`)
    }
    if (item.title && fold(item.title) !== fold(doc.title))
      outcome.differences.push(`${doc._id}: title is “${String(doc.title)}”, doi.org says “${item.title}”`)
    if (year && typeof doc.year === 'number' && year !== doc.year)
      outcome.differences.push(`${doc._id}: year is ${doc.year}, doi.org says ${year}`)
    if (year && doc.year === undefined) {
      doc.year = year
      outcome.filled.push(`${doc._id}: year ${year}`)
    }
  }
  return outcome
}
