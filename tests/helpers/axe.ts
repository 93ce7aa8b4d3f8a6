// axe-core, injected from node_modules (never a CDN), run against the WCAG 2.0–2.2 A and AA rules plus
// axe's best practices. target-size (WCAG 2.2's 24×24 px) is switched on by name so that it runs whichever
// tags a future axe version gives it.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { Page } from 'playwright-core'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** The violations on the page, one line each: rule, impact, what it means and the elements at fault. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the site's Content-Security-Policy does not govern (a
  // <script> tag would be refused, as it should be).
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async tags => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: Violation[] }> } })
      .axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules: { 'target-size': { enabled: true } },
    })
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes }))
  }, TAGS)
  return violations.map(
    v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map(node => node.target.join(' ')).join(', ')}`,
  )
}
