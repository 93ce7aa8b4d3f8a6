// What a route may say about itself to the root layout, through Remix's `handle` export.
// Reading pages ship no JavaScript bundle (docs/decisions/011-no-javascript-on-reading-pages.md): a route
// that needs React in the browser says `export const handle: RouteHandle = { hydrate: true }`.

export interface RouteHandle {
  hydrate?: boolean
}

/** Whether the page loads the Remix client: when a matched route asks for it, or in development (live reload). */
export function wantsHydration(matches: ReadonlyArray<{ handle?: unknown }>, development: boolean): boolean {
  return development || matches.some(match => (match.handle as RouteHandle | undefined)?.hydrate === true)
}
