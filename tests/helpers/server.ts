// Starts the production build (build/server.js, as `npm start` runs it) on a free port.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export interface RunningSite {
  url: string
  /** The server's process id (its resident memory is read from /proc by the reliability suite). */
  pid: number
  output: () => string
  /** SIGTERM, as a platform stops the process; resolves with its exit code. */
  stop: () => Promise<number | null>
}

// The server as `npm start` runs it, with only the given environment; its stdout and stderr collected.
function spawnSite(env: Record<string, string>, keepOutput = true) {
  const child = spawn(process.execPath, ['build/server.js'], {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const site = { child, output: '' }
  // A benchmark's hundreds of thousands of log lines are read and dropped, not kept (keepOutput false).
  const keep = (chunk: Buffer) => {
    if (keepOutput || site.output.length < 10_000) site.output += chunk
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  return site
}

/** Starts the site on a free port, or on env.PORT when the test needs to know it beforehand. */
export async function startSite(
  env: Record<string, string> = {},
  { keepOutput = true }: { keepOutput?: boolean } = {},
): Promise<RunningSite> {
  const port = env.PORT ? Number(env.PORT) : await freePort()
  const site = spawnSite({ PORT: String(port), ...env }, keepOutput)
  const { child } = site
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The site did not start:\n${site.output}`)), 15_000)
    child.stdout.on('data', () => {
      if (!site.output.includes(`http://localhost:${port}`)) return
      clearTimeout(timer)
      resolve()
    })
    child.once('exit', code => {
      clearTimeout(timer)
      reject(new Error(`The site exited with ${code}:\n${site.output}`))
    })
  })
  return {
    url: `http://localhost:${port}`,
    pid: child.pid ?? 0,
    output: () => site.output,
    stop: () =>
      new Promise(resolve => {
        if (child.exitCode !== null) return resolve(child.exitCode)
        child.once('exit', code => resolve(code))
        child.kill('SIGTERM')
      }),
  }
}

/** Runs the server expecting it to refuse to start; resolves with its exit code and output. */
export async function startSiteExpectingFailure(env: Record<string, string>) {
  // A port is given so that only the variable under test is wrong; start-up fails before listening.
  const site = spawnSite({ PORT: '3999', ...env })
  const timer = setTimeout(() => site.child.kill('SIGKILL'), 15_000)
  const code = await new Promise<number | null>(resolve => site.child.once('exit', resolve))
  clearTimeout(timer)
  return { code, output: site.output }
}
