// A DOI → its citation's fields, asked of doi.org by content negotiation: doi.org redirects to the registration
// agency (Crossref, DataCite…), which answers in CSL-JSON; fetch follows the redirect, in the browser too.
import { citationFieldsFromCsl, type CitationFields } from '../../app/lib/citations/from-csl'
import { doiUrl, normalizeDoi } from '../../app/lib/citations/index'

export type DoiLookup =
  | { ok: true; fields: CitationFields; notes: string[] }
  | { ok: false; reason: 'offline' | 'not-found' | 'unreadable'; message: string }

export interface DoiLookupOptions {
  fetch?: typeof fetch
  /** Where doi.org is: the tests run a local one. */
  origin?: string
  timeoutMs?: number
}

const CSL_JSON = 'application/vnd.citationstyles.csl+json'
const BY_HAND = 'Fill in the fields by hand, or try again later.'

export async function lookUpDoi(doi: string, options: DoiLookupOptions = {}): Promise<DoiLookup> {
  const { fetch: request = globalThis.fetch, origin = 'https://doi.org', timeoutMs = 10_000 } = options
  const bare = normalizeDoi(doi)
  const url = doiUrl(bare)
  if (!bare || !url) return failed('not-found', `“${doi}” is not a DOI: a DOI starts with “10.” and a slash.`)
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), timeoutMs)
  try {
    const address = `${origin.replace(/\/+$/, '')}${url.slice('https://doi.org'.length)}`
    const response = await request(address, { headers: { Accept: CSL_JSON }, signal: timeout.signal })
    if (response.status === 404 || response.status === 410)
      return failed('not-found', `doi.org does not know the DOI ${bare}: check it against the article's page.`)
    if (response.status === 429 || response.status >= 500)
      return failed('offline', `doi.org could not answer just now (error ${response.status}). ${BY_HAND}`)
    const answer = response.ok ? await readJson(response) : undefined
    if (!isObject(answer))
      return failed(
        'unreadable',
        `doi.org found the DOI ${bare} but did not send its details in a form the Studio reads. ${BY_HAND}`,
      )
    return { ok: true, ...citationFieldsFromCsl({ DOI: bare, ...answer }, 'doi.org') }
  } catch {
    const slow = timeout.signal.aborted ? ` in ${Math.round(timeoutMs / 1000)} seconds` : ''
    return failed('offline', `The Studio could not reach doi.org${slow}: you may be offline. ${BY_HAND}`)
  } finally {
    clearTimeout(timer)
  }
}

// Reading the body can fail too (a connection dropped mid-answer): that is the network's, not the DOI's.
async function readJson(response: Response): Promise<unknown> {
  const body = await response.text()
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

function failed(reason: 'offline' | 'not-found' | 'unreadable', message: string): DoiLookup {
  return { ok: false, reason, message }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
