// citation-js's core imports node-fetch for URL input, which pulls in Node's http, zlib and streams and breaks the
// Studio's browser bundle. The Studio never gives citation-js a URL (doi.org is asked by doi-lookup.ts), so in the
// bundle node-fetch is the browser's own fetch (sanity.cli.ts points the import here).
export default globalThis.fetch.bind(globalThis)
export const { Headers, Request, Response } = globalThis
