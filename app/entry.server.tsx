import { PassThrough } from 'node:stream'

import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from '@remix-run/node'
import { RemixServer } from '@remix-run/react'
import { renderToPipeableStream } from 'react-dom/server'

import { RETRY_AFTER_SECONDS } from './lib/content/resilient-source.server'
import { etagOf, isFresh } from './lib/etag.server'
import { NonceProvider } from './lib/nonce'
import { PRIVATE_HEADERS } from './lib/http'

const ABORT_DELAY = 5_000

// Errors thrown by loaders and rendering land here: the server logs them; the reader sees the error page.
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return
  console.error(`Error while handling ${request.method} ${new URL(request.url).pathname}:`, error)
}

// The whole document is rendered before it is sent (no page streams deferred data), so that it can carry an
// ETag and a browser that holds this version gets a 304. Preview responses are never stored or indexed.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={loadContext.cspNonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={loadContext.cspNonce} />
      </NonceProvider>,
      {
        onAllReady() {
          shellRendered = true
          const chunks: Buffer[] = []
          const body = new PassThrough()
          body.on('data', (chunk: Buffer) => chunks.push(chunk))
          body.on('end', () => {
            const html = Buffer.concat(chunks)
            responseHeaders.set('Content-Type', 'text/html; charset=utf-8')
            // The content backend is down and this page was never cached: say when to come back.
            if (responseStatusCode === 503) {
              responseHeaders.set('Retry-After', String(RETRY_AFTER_SECONDS))
              responseHeaders.set('Cache-Control', 'no-store')
            }
            if (loadContext.preview?.active) {
              for (const [name, value] of Object.entries(PRIVATE_HEADERS)) responseHeaders.set(name, value)
              return resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }))
            }
            // The nonce changes with every response, the page does not: leave it out of the version.
            const nonce = loadContext.cspNonce
            const etag = etagOf(nonce ? Buffer.from(html.toString('utf8').replaceAll(nonce, '')) : html)
            responseHeaders.set('ETag', etag)
            offerToPageCache(request, responseStatusCode, responseHeaders, html, etag, loadContext)
            if (responseStatusCode === 200 && isFresh(request, etag))
              return resolve(new Response(null, { headers: responseHeaders, status: 304 }))
            resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }))
          })
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          // Errors after the shell are logged here; before it, onShellError rejects and Remix logs.
          if (shellRendered) console.error(error)
        },
      },
    )
    setTimeout(abort, ABORT_DELAY)
  })
}

// Loader data for client-side navigation: a preview's never stored either.
export function handleDataRequest(response: Response, { context }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (context.preview?.active)
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value)
  return response
}

// A public page as every reader sees it goes into the full-page cache, under the tags of what it was built
// from. Not: a preview, a page that set a cookie or is not public, or one that read something untagged.
function offerToPageCache(
  request: Request,
  status: number,
  headers: Headers,
  html: Buffer,
  etag: string,
  loadContext: AppLoadContext,
) {
  const scope = loadContext.requestScope
  const nonce = loadContext.cspNonce
  if (!scope?.pageKey || !scope.cacheable || !nonce || status !== 200 || request.method !== 'GET') return
  if (!/\bpublic\b/.test(headers.get('Cache-Control') ?? '') || headers.has('Set-Cookie')) return
  void loadContext.pageCache
    .offer({ key: scope.pageKey, html, headers, etag, nonce, tags: scope.tags, generation: scope.generation })
    .catch(error => console.error('Page cache: could not store', scope.pageKey, error))
}
