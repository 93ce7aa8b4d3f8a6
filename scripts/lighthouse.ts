// `npm run lighthouse`: Lighthouse (mobile, its default) over every kind of page of the production build.
// Prints the four scores and the transfer sizes; saves each JSON report in reports/lighthouse/. Asserts
// nothing: the goals (100 everywhere; an article ≤ 100 KB in all, its HTML ≤ 30 KB) are read off the table.
import { mkdirSync, writeFileSync } from 'node:fs'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM_FLAGS, chromiumPath } from '../tests/helpers/browser.ts'
import { PAGE_KINDS } from '../tests/helpers/page-kinds.ts'
import { freePort, startSite } from '../tests/helpers/server.ts'

const REPORTS = 'reports/lighthouse'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

interface NetworkRequest {
  transferSize?: number
  resourceType?: string
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

function transfer(requests: NetworkRequest[], type?: string) {
  return requests.filter(r => !type || r.resourceType === type).reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
}

const port = await freePort()
// The site's own origin as its public URL, so canonical links and share images point where Lighthouse looks.
const site = await startSite({ PORT: String(port), PUBLIC_SITE_URL: `http://localhost:${port}` })
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [...CHROMIUM_FLAGS],
})
mkdirSync(REPORTS, { recursive: true })
const rows: string[][] = []
try {
  for (const { kind, path } of PAGE_KINDS) {
    const result = await lighthouse(`${site.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      // Audit the 404 page too (Lighthouse refuses error statuses unless told); its SEO score then counts
      // the 404 against it, as it should: that page must not be indexed.
      ignoreStatusCode: true,
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`)
    const { lhr } = result
    writeFileSync(`${REPORTS}/${kind}.json`, JSON.stringify(lhr, null, 2))
    // Lighthouse will not audit a page whose status is an error (the 404 page): say so instead of scoring 0.
    if (lhr.runtimeError) {
      rows.push([kind, ...Array<string>(7).fill('—')])
      console.error(`${kind}: not audited, ${lhr.runtimeError.code}`)
      continue
    }
    const requests = ((lhr.audits['network-requests']?.details as { items?: NetworkRequest[] })?.items ??
      []) as NetworkRequest[]
    const scores = CATEGORIES.map(id => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)))
    rows.push([
      kind,
      ...scores,
      kb(transfer(requests)),
      kb(transfer(requests, 'Document')),
      kb(transfer(requests, 'Script')),
    ])
    const failing = CATEGORIES.flatMap(id =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter(ref => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map(ref => `${id}/${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
    )
    if (failing.length) console.error(`${kind}: below 1 in ${failing.join(', ')}`)
  }
} finally {
  await chrome.kill()
  await site.stop()
}

const header = ['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'total KB', 'HTML KB', 'JS KB']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map(row => row[i]!.length)))
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(' | ')} |`
console.log([line(header), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'))
console.log(`\nReports: ${REPORTS}/<page>.json (open in https://googlechrome.github.io/lighthouse/viewer/)`)
