// The site's server: `npm start` runs this file's build (build/server.js). One process by default; with
// WEB_CONCURRENCY=N, a supervisor and N server processes sharing the port (ADR 013).
import 'dotenv/config'

import cluster from 'node:cluster'

import { parseEnv } from './app/lib/env.server.ts'
import { superviseWorkers } from './app/lib/server/cluster.ts'
import { serve } from './app/lib/server/serve.ts'

function readEnv() {
  try {
    return parseEnv(process.env)
  } catch (error) {
    // Bad configuration: say which variable and why, then stop before serving anything.
    console.error(`Cannot start the site.\n${(error as Error).message}`)
    process.exit(1)
  }
}

const env = readEnv()
if (cluster.isPrimary && env.WEB_CONCURRENCY > 1) superviseWorkers(env.WEB_CONCURRENCY)
else await serve(env)
