// Real Chromium (Debian's package) driven by playwright-core; never a downloaded browser build.
import { execFileSync } from 'node:child_process'

import { chromium, type Browser } from 'playwright-core'

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim()
    } catch {
      // try the next name
    }
  }
  throw new Error('Browser tests need Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.')
}

/** Headless flags that work on a machine with a closed network (no background calls home). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS],
  })
}
