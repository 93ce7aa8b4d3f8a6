// One server process: compression, static files, security headers, health checks, logging and graceful
// shutdown, in front of the Remix request handler, with the page cache answering before all of it (ADR 012).
import { createServer } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { createRequestHandler } from '@remix-run/express'
import { broadcastDevReady, type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'

import { createAppContext } from '../app-context.server.ts'
import type { Env } from '../env.server.ts'
import { createAccessLog } from './access-log.ts'
import { carriesPreviewCookie } from '../preview.server.ts'
import { currentRequestScope, runInRequestScope } from './request-scope.ts'
import { createNonce, securityHeaders } from './security-headers.ts'
// For its types only: the shape of AppLoadContext (context.content in every loader).
import '../load-context.ts'

/** A response still unfinished after this long is cut off with a 503 (a render never takes this long). */
const RESPONSE_DEADLINE_MS = 15_000
/** On SIGTERM: in-flight requests get this long to finish before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000

function boot(env: Env) {
  try {
    return createAppContext(env)
  } catch (error) {
    // A broken dataset: say what and where, then stop before serving anything.
    console.error(`Cannot start the site.\n${(error as Error).message}`)
    process.exit(1)
  }
}

export async function serve(env: Env) {
  const { contextFor, pageCache, backendDown, sourceKind, ready, close } = boot(env)
  const BUILD_PATH = path.resolve('build/index.js')
  const build = (await import(pathToFileURL(BUILD_PATH).href)) as ServerBuild
  const studioOrigin = env.SANITY_STUDIO_URL ? new URL(env.SANITY_STUDIO_URL).origin : null
  let shuttingDown = false

  const accessLog = createAccessLog()
  const app = express()
  app.disable('x-powered-by')
  app.use((request, response, next) => accessLog(request, response, next))
  // Every response carries the security headers; a page's nonce reaches Remix through load context.
  app.use((request, response, next) => {
    const nonce = createNonce()
    response.locals.cspNonce = nonce
    const previewing = request.path.startsWith('/api/preview') || carriesPreviewCookie(request.headers.cookie)
    response.set(securityHeaders({ nonce, framedBy: previewing ? studioOrigin : null }))
    // A 304 leaves the browser's copy in place, with the nonce of its own policy: it must not get a new one.
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => typeof response
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      if (status === 304) response.removeHeader('Content-Security-Policy')
      return writeHead(status, ...rest)
    }) as typeof response.writeHead
    next()
  })
  app.use((_request, response, next) => {
    const timer = setTimeout(() => {
      if (!response.headersSent)
        response.status(503).set('Retry-After', '5').send('The page took too long. Please try again.')
      else response.destroy()
    }, RESPONSE_DEADLINE_MS)
    response.on('close', () => clearTimeout(timer))
    next()
  })
  app.use(compression())
  // Process up: for the platform's liveness check.
  app.get('/healthz', (_request, response) => {
    response.set('Cache-Control', 'no-store').type('text/plain').send('ok')
  })
  // Able to serve: the content backend answers, and the process is not shutting down.
  app.get('/readyz', async (_request, response) => {
    response.set('Cache-Control', 'no-store').type('text/plain')
    if (shuttingDown) return void response.status(503).send('shutting down')
    const problem = await ready()
    response.status(problem ? 503 : 200).send(problem ?? 'ready')
  })
  // Remix fingerprints its assets, so they can be cached for a year.
  app.use('/build', express.static('public/build', { immutable: true, maxAge: '1y' }))
  app.use(express.static('public', { maxAge: '1h' }))
  app.all(
    '*',
    createRequestHandler({
      build,
      mode: build.mode,
      getLoadContext: async (request, response) => ({
        ...(await contextFor(request.headers.cookie)),
        cspNonce: response.locals.cspNonce as string,
        requestScope: currentRequestScope(),
      }),
    }),
  )

  // A cached page is answered here, before Express and Remix do any work for it (logged all the same);
  // everything else runs in a request scope that gathers the tags of what its page is built from.
  const server = createServer((request, response) => {
    // While the content backend is down, a page dropped since it was cached is still better than an error.
    const sent = pageCache.serve(request, response, { staleOk: backendDown() })
    if (sent !== null) return accessLog.sent(request, response, sent)
    const scope = { generation: pageCache.generation, pageKey: pageCache.keyOf(request) }
    runInRequestScope(scope, () => app(request, response))
  })
  server.listen(env.PORT, () => {
    const where =
      sourceKind === 'sanity' ? `Sanity project ${env.SANITY_PROJECT_ID}/${env.SANITY_DATASET}` : env.CONTENT_DATASET
    console.log(`Well Mind Body on http://localhost:${env.PORT} (content: ${where})`)
    // Under `npm run dev`, tell Remix's dev server this process serves the new build (live reload).
    if (process.env.REMIX_DEV_ORIGIN) void broadcastDevReady(build)
  })
  // A client gets 10 s to send its request headers and 30 s for the whole request.
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000

  // Stop accepting, let in-flight requests finish (idle keep-alive connections are closed at once), then exit.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      shuttingDown = true
      close()
      const force = setTimeout(() => {
        server.closeAllConnections()
        process.exit(0)
      }, SHUTDOWN_GRACE_MS)
      force.unref()
      server.close(() => process.exit(0))
      // A keep-alive connection whose request finishes now turns idle: close those as they do.
      server.closeIdleConnections()
      setInterval(() => server.closeIdleConnections(), 50).unref()
    })
}
