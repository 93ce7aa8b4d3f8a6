// What a route may say about itself to the root layout, through Remix's `handle` export.
// Reading pages ship no JavaScript bundle (docs/decisions/011-no-javascript-on-reading-pages.md): a route
// that needs React in the browser says `export const handle: RouteHandle = { hydrate: true }`.

export interface RouteHandle {
  hydrate?: boolean
  /** The page shows the site's disclaimer itself (an article, under its text), so the footer leaves it out. */
  showsDisclaimer?: boolean
}

type Matches = ReadonlyArray<{ handle?: unknown }>
const handles = (matches: Matches) => matches.map(match => (match.handle ?? {}) as RouteHandle)

/** Whether the page loads the Remix client: when a matched route asks for it, or in development (live reload). */
export function wantsHydration(matches: Matches, development: boolean): boolean {
  return development || handles(matches).some(handle => handle.hydrate === true)
}

export function showsDisclaimer(matches: Matches): boolean {
  return handles(matches).some(handle => handle.showsDisclaimer === true)
}
