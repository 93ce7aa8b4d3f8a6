// The Express server: the one place for compression, static files, logging and (later) caches and
// security headers, in front of the Remix request handler.
import 'dotenv/config'

import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { createRequestHandler } from '@remix-run/express'
import { broadcastDevReady, type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import morgan from 'morgan'

import { createAppContext } from './app/lib/app-context.server.ts'
import { parseEnv } from './app/lib/env.server.ts'
// For its types only: the shape of AppLoadContext (context.content in every loader).
import './app/lib/load-context.ts'

function boot() {
  try {
    const env = parseEnv(process.env)
    return { env, ...createAppContext(env) }
  } catch (error) {
    // Bad configuration or a broken dataset: say what and where, then stop before serving anything.
    console.error(`Cannot start the site.\n${(error as Error).message}`)
    process.exit(1)
  }
}

const { env, contextFor, sourceKind, close } = boot()
const BUILD_PATH = path.resolve('build/index.js')
const build = (await import(pathToFileURL(BUILD_PATH).href)) as ServerBuild

const app = express()
app.disable('x-powered-by')
app.use(compression())
// Remix fingerprints its assets, so they can be cached for a year.
app.use('/build', express.static('public/build', { immutable: true, maxAge: '1y' }))
app.use(express.static('public', { maxAge: '1h' }))
app.use(morgan(env.NODE_ENV === 'production' ? 'combined' : 'dev'))
app.all(
  '*',
  createRequestHandler({ build, mode: build.mode, getLoadContext: request => contextFor(request.headers.cookie) }),
)

const server = app.listen(env.PORT, () => {
  const where =
    sourceKind === 'sanity' ? `Sanity project ${env.SANITY_PROJECT_ID}/${env.SANITY_DATASET}` : env.CONTENT_DATASET
  console.log(`Well Mind Body on http://localhost:${env.PORT} (content: ${where})`)
  // Under `npm run dev`, tell Remix's dev server this process serves the new build (live reload).
  if (process.env.REMIX_DEV_ORIGIN) void broadcastDevReady(build)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    close()
    server.close(() => process.exit(0))
  })
