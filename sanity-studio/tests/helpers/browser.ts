// Debian's Chromium driven by playwright-core; never a downloaded browser build.
import { execFileSync } from 'node:child_process'

import { chromium, type Browser } from 'playwright-core'

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim()
    } catch {
      // try the next name
    }
  }
  throw new Error(
    'The Studio smoke test needs Chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
  )
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
