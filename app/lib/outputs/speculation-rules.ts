// Speculation rules (https://developer.chrome.com/docs/web-platform/prerender-pages): the browser fetches
// the listed pages as soon as the page is shown and keeps them for a few minutes, so following a link to
// one needs no request. Browsers without them ignore the element, and the links work as plain links.

/** The rules for an article's Previous and Next pages, as the text of a `<script type="speculationrules">`. */
export function neighbourSpeculationRules(paths: string[]): string {
  const rules = {
    prefetch: [{ source: 'list', urls: paths, eagerness: 'immediate' }],
  }
  // "<" never reaches the element's text, so no path can close the script element.
  return JSON.stringify(rules).replace(/</g, '\\u003c')
}
