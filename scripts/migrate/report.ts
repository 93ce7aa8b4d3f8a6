// migration-report.md: the counts, then per post what needs a person's eye, each with its Studio address.
import type { MigrationResult } from './migrate.ts'

export interface ReportInput {
  source: string
  output: string
  result: MigrationResult['report']
  images: { copied: number; missing: Array<{ url: string; reason: string; documents: string[] }> }
  lookups?: { checked: number; filled: string[]; differences: string[]; offline: boolean } | null
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
const studioUrl = (id: string) => `/structure/post;${id.replace(/^drafts\./, '')}`
const studioDoc = (type: string, id: string) => `/structure/${type};${id.replace(/^drafts\./, '')}`

export function renderReport({ source, output, result, images, lookups }: ReportInput): string {
  const published = result.posts.filter(post => post.status === 'published').length
  const lines = [
    '# Squarespace migration report',
    '',
    `From \`${source}\` to \`${output}\`. Studio addresses are relative to your Studio (e.g. http://localhost:3333).`,
    '',
    '## Counts',
    '',
    '| | |',
    '|---|---|',
    `| posts | ${result.posts.length} (${published} published, ${plural(result.posts.length - published, 'draft')}) |`,
    `| pages | ${result.pages.filter(page => page.outcome.startsWith('migrated')).length} migrated, ${result.pages.filter(page => !page.outcome.startsWith('migrated')).length} not |`,
    `| references read | ${result.references.parsed} lines: ${result.references.created} new documents, ${result.references.reused} reused, ${result.references.unsure.length} unsure |`,
    `| in-text citations | ${result.citations.linked} linked, ${result.citations.unmatched} left as typed |`,
    `| images | ${images.copied} copied, ${images.missing.length} missing |`,
    `| redirects | ${result.redirects} |`,
    `| authors created | ${result.authorsCreated.length ? result.authorsCreated.join(', ') : 'none'} |`,
    `| topics created | ${result.topicsCreated.length ? result.topicsCreated.join(', ') : 'none'} |`,
    `| items skipped | ${result.skipped.length} |`,
  ]
  if (lookups)
    lines.push(
      `| DOI lookups | ${lookups.offline ? 'offline: none made' : `${lookups.checked} checked, ${lookups.filled.length} fields filled, ${lookups.differences.length} differences`} |`,
    )
  lines.push('', '## Posts to check', '')
  for (const post of result.posts) {
    lines.push(`### ${post.title} (${post.status})`, '', `Studio: \`${studioUrl(post.id)}\``, '')
    if (post.notes.length === 0)
      lines.push('- [ ] Read it through once in the Studio preview: nothing else was flagged.')
    for (const note of post.notes) lines.push(`- [ ] ${note}`)
    for (const image of images.missing.filter(entry =>
      entry.documents.some(id => id.replace(/^drafts\./, '') === post.id),
    ))
      lines.push(`- [ ] An image could not be copied (${image.reason}): ${image.url}. Upload it again in the Studio.`)
    lines.push('')
  }
  if (result.references.unsure.length) {
    lines.push(
      '## References read without confidence',
      '',
      'The original line is kept in the reference’s “As typed on the old site” field.',
      '',
    )
    for (const entry of result.references.unsure)
      lines.push(
        `- [ ] \`${studioDoc('citation', entry.id)}\`: “${entry.text}”${entry.notes.length ? ` (${entry.notes.join(' ')})` : ''}`,
      )
    lines.push('')
  }
  if (lookups && (lookups.differences.length || lookups.filled.length)) {
    lines.push('## DOI lookups', '')
    for (const line of lookups.filled) lines.push(`- Filled: ${line}`)
    for (const line of lookups.differences) lines.push(`- [ ] Differs from doi.org: ${line}`)
    lines.push('')
  }
  if (result.pages.length) {
    lines.push('## Pages', '')
    for (const page of result.pages) lines.push(`- [ ] ${page.title}: ${page.outcome}`)
    lines.push('')
  }
  if (result.authorsCreated.length || result.topicsCreated.length || result.settingsCreated) {
    lines.push('## New documents to complete', '')
    for (const name of result.authorsCreated) lines.push(`- [ ] Author “${name}”: photo, role, credentials and bio.`)
    for (const name of result.topicsCreated) lines.push(`- [ ] Topic “${name}”: a one- or two-sentence description.`)
    if (result.settingsCreated)
      lines.push(
        '- [ ] Site settings (`/structure/siteSettings`): description, phone, email, address, and the disclaimer’s wording.',
      )
    lines.push('')
  }
  if (result.skipped.length) {
    lines.push('## Items not migrated', '')
    for (const item of result.skipped) lines.push(`- Line ${item.line}, “${item.title}”: ${item.reason}.`)
    lines.push('')
  }
  return lines.join('\n')
}
