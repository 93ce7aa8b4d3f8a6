// The Squarespace migration over the fixture export (tests/fixtures/squarespace/README.md says what each item
// holds), as `npm run migrate:squarespace` runs it: documents, images, redirects, the report, and a second run.
import { createServer, type Server } from 'node:http'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { readDataset } from '~/lib/content/dataset.server'
import { run } from '../../../scripts/migrate/squarespace'

const FIXTURE = 'tests/fixtures/squarespace'
const EXPORT = `${FIXTURE}/export.xml`
const CDN = 'https://images.squarespace-cdn.com'

type Doc = { _id: string; _type: string; [field: string]: unknown }
type Block = {
  _type: string
  style?: string
  listItem?: string
  children?: Array<{ text: string; marks: string[] }>
  markDefs?: Array<Record<string, unknown>>
}

const readDocs = (file: string): Doc[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as Doc)
const textOf = (block: Block) => (block.children ?? []).map(child => child.text).join('')
const silent = () => {}

// A fake of Squarespace's CDN serving the fixture's cdn/ folder; it counts what is asked of it.
let cdn: Server
let cdnOrigin = ''
const cdnRequests: string[] = []
beforeAll(async () => {
  cdn = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    cdnRequests.push(pathname)
    const file = path.join(FIXTURE, 'cdn', pathname)
    if (!file.startsWith(path.join(FIXTURE, 'cdn')) || !existsSync(file)) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': 'image/png' }).end(readFileSync(file))
  })
  await new Promise<void>(resolve => cdn.listen(0, '127.0.0.1', resolve))
  const address = cdn.address()
  cdnOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(() => new Promise<void>(resolve => cdn.close(() => resolve())))

const viaFakeCdn: typeof fetch = (input, init) => {
  const url = String(input)
  return url.startsWith(CDN) ? fetch(cdnOrigin + url.slice(CDN.length), init) : Promise.reject(new Error('offline'))
}

async function migrateTo(dir: string, extra: string[] = []) {
  const out = path.join(dir, 'production.ndjson')
  const outcome = await run({ args: [EXPORT, '--out', out, ...extra], log: silent, images: { fetch: viaFakeCdn } })
  return { ...outcome, docs: readDocs(out), text: readFileSync(out, 'utf8') }
}

describe('alone, the export becomes a whole site', () => {
  let out: Awaited<ReturnType<typeof migrateTo>>
  let dir: string
  const bundled = readDocs('content/production.ndjson')
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'wmb-migrate-'))
    out = await migrateTo(dir)
  })
  const byId = (id: string) => out.docs.find(doc => doc._id === id)
  const post = (title: string) =>
    out.docs.find(doc => doc._type === 'post' && String(doc.title).startsWith(title)) as Doc
  const body = (doc: Doc) => doc.body as Block[]

  test('the site can read it: every line a document, every image beside it', () => {
    const docs = readDataset(path.join(dir, 'production.ndjson'))
    expect(docs.filter(doc => doc._type === 'sanity.imageAsset').length).toBe(
      readdirSync(path.join(dir, 'images')).length,
    )
    expect(out.docs.map(doc => doc._type).sort()).toEqual(
      expect.arrayContaining(['siteSettings', 'author', 'topic', 'citation', 'post', 'page', 'redirect']),
    )
  })

  test('the flagship’s ten typed references are ten citation documents with the fields the bundled dataset holds', () => {
    const flagship = post('Ketamine + Ketamine')
    const refs = (flagship.references as Array<{ _ref: string }>).map(ref => byId(ref._ref) as Doc)
    expect(refs).toHaveLength(10)
    const fields = (doc: Doc): Record<string, unknown> => ({
      type: doc.type,
      authors: (doc.authors as Array<Record<string, unknown>>).map(({ family, given, literal }) => ({
        family,
        given,
        literal,
      })),
      ...Object.fromEntries(
        ['year', 'title', 'containerTitle', 'volume', 'issue', 'pages', 'doi', 'url', 'publisher', 'edition'].map(f => [
          f,
          doc[f] ?? null,
        ]),
      ),
    })
    const expected = bundled.filter(doc => doc._type === 'citation').map(fields)
    expect(refs.map(fields).sort((a, b) => String(a.doi).localeCompare(String(b.doi)))).toEqual(
      expected.sort((a, b) => String(a.doi).localeCompare(String(b.doi))),
    )
    expect(refs.every(doc => doc.originalText === undefined)).toBe(true)
  })

  test('every typed in-text citation of the flagship is now a cite mark on the text it follows, and the typed form is gone', () => {
    const flagship = post('Ketamine + Ketamine')
    const listed = new Set((flagship.references as Array<{ _ref: string }>).map(ref => ref._ref))
    const cites = body(flagship).flatMap(block => (block.markDefs ?? []).filter(def => def._type === 'cite'))
    expect(cites).toHaveLength(10)
    expect(new Set(cites.map(cite => (cite.citation as { _ref: string })._ref))).toEqual(listed)
    const text = body(flagship).map(textOf).join('\n')
    expect(text).not.toMatch(/et al\.,? \(?\d{4}|\(\s*[A-Z][a-z]+ & [A-Z][a-z]+, \d{4}\)|\(\d{4}\)/)
    // Marked as the bundled article marks it: the clause before the parenthetical.
    const marked = (ref: string) =>
      body(flagship)
        .flatMap(block => {
          const keys = new Set(
            (block.markDefs ?? [])
              .filter(def => (def.citation as { _ref?: string })?._ref === ref)
              .map(def => def._key),
          )
          return (block.children ?? [])
            .filter(child => child.marks.some(mark => keys.has(mark)))
            .map(child => child.text)
        })
        .join('')
    const tully = [...listed].find(id => id.startsWith('citation-tully')) as string
    expect(marked(tully)).toBe('KAP is being explored for generalized anxiety, social anxiety and existential anxiety')
    const domino = cites.find(cite => (cite.citation as { _ref: string })._ref.startsWith('citation-domino'))
    expect(domino).toMatchObject({ narrative: true })
    expect(marked((domino?.citation as { _ref: string })._ref)).toBe('Domino and Warner')
    expect(cites.find(cite => (cite.citation as { _ref: string })._ref.startsWith('citation-drozdz'))).toMatchObject({
      locator: 'p. 1691',
    })
  })

  test('its body keeps the article and leaves Squarespace’s chrome, the reference list and the bio box behind', () => {
    const flagship = post('Ketamine + Ketamine')
    const blocks = body(flagship)
    const bundledBody = (bundled.find(doc => doc._id === 'post-ketamine-assisted-psychotherapy') as Doc).body as Block[]
    expect(blocks.map(block => [block.style, block.listItem ?? null])).toEqual(
      bundledBody.map(block => [block.style, block.listItem ?? null]),
    )
    const text = blocks.map(textOf).join('\n')
    for (const chrome of ['Previous', 'Next', 'Facebook', 'References', 'LPC-S', 'Domino, E. F.'])
      expect(text).not.toContain(chrome)
    expect(flagship.mainImage).toMatchObject({
      alt: expect.any(String),
      _sanityAsset: expect.stringMatching(/^image@file:\/\/\.\/images\//),
    })
  })

  test('a reference cited by two posts is one document; a garbled one keeps its line; a Title Case title is flagged', () => {
    const grounding = post('Grounding')
    const flagship = post('Ketamine + Ketamine')
    const tully = (doc: Doc) =>
      (doc.references as Array<{ _ref: string }>).map(ref => ref._ref).filter(id => id.startsWith('citation-tully'))
    expect(tully(grounding)).toEqual(tully(flagship))
    expect(
      out.docs.filter(doc => doc._type === 'citation' && String(doc.doi).toLowerCase() === '10.1111/bcp.15374'),
    ).toHaveLength(1)
    const garbled = out.docs.find(doc => doc.originalText === 'Smith J 2019 something about sleep')
    expect(garbled).toBeDefined()
    expect(out.result.report.references.unsure.map(entry => entry.id)).toEqual([garbled?._id])
    const notes = out.result.report.posts.find(entry => entry.title.startsWith('Grounding'))?.notes.join('\n')
    expect(notes).toMatch(/Title Case/)
    expect(notes).toContain('(Nobody, 2019)')
    expect(body(grounding).map(textOf).join('\n')).toContain('(Nobody, 2019)')
  })

  test('typed bullets become a list; links pass the allow-list or go, reported; an image without alt is reported', () => {
    const grounding = body(post('Grounding'))
    expect(grounding.filter(block => block.listItem === 'bullet').length).toBeGreaterThanOrEqual(3)
    expect(grounding.map(textOf).join('\n')).not.toContain('•')
    expect(grounding.some(block => block.style === 'blockquote')).toBe(true)
    const hrefs = grounding.flatMap(block =>
      (block.markDefs ?? []).filter(def => def._type === 'link').map(def => def.href),
    )
    expect(hrefs.some(href => String(href).startsWith('https://'))).toBe(true)
    expect(hrefs.some(href => /script:/i.test(String(href)))).toBe(false)
    const notes = out.result.report.posts.find(entry => entry.title.startsWith('Grounding'))?.notes.join('\n')
    expect(notes).toMatch(/link that is not allowed.*javascript:alert\(1\)/)
    expect(notes).toMatch(/no alt text.*grounding-feet\.png/)
  })

  test('hostile HTML arrives as plain text: no script, handler, frame or javascript: link anywhere', () => {
    const hostile = post('Video')
    const json = JSON.stringify(hostile)
    expect(json).not.toMatch(/<script|onerror|onclick|<iframe|javascript:|display: none/i)
    expect(body(hostile).length).toBeGreaterThan(0)
  })

  test('old addresses become 301 redirects: posts whose path changes, categories and tags to their topics', () => {
    const redirects = out.docs.filter(doc => doc._type === 'redirect')
    const to = (from: string) => redirects.find(doc => doc.from === from)
    expect(to('/blog/2024/11/5/ketamine-ketamine-assisted-psychotherapy')).toMatchObject({
      to: '/blog/ketamine-ketamine-assisted-psychotherapy',
      permanent: true,
    })
    expect(to('/blog/grounding-techniques')).toMatchObject({ to: '/blog/grounding-techniques-for-anxious-moments' })
    expect(to('/blog/taking-a-gentle-walk')).toBeUndefined() // same address: nothing to redirect
    expect(to('/blog/category/anxiety')).toMatchObject({ to: '/topics/anxiety' })
    expect(to('/blog/tag/ptsd')).toMatchObject({ to: '/topics/ptsd' })
    expect(redirects.some(doc => String(doc.from).includes('sleep-and-stress'))).toBe(false) // a draft has no old address to keep
  })

  test('authors by name, drafts as drafts, a bad item skipped and named while the rest migrate', () => {
    const authors = out.docs.filter(doc => doc._type === 'author')
    expect(authors.map(doc => doc.name).sort()).toEqual(['Elizabeth Miller', 'Jordan Lee'])
    expect(authors.find(doc => doc.name === 'Elizabeth Miller')).toMatchObject({ credentials: 'Ph.D., LPC-S, LMFT' })
    expect(post('Taking a Gentle Walk').author).toEqual({ _type: 'reference', _ref: 'author-jordan-lee' })
    expect(post('Sleep and Stress')._id).toMatch(/^drafts\.post-/)
    expect(out.result.report.posts.find(entry => entry.status === 'draft')?.notes).toContainEqual(
      expect.stringMatching(
        /^The excerpt was taken from the first paragraph and has only \d+ characters: write one of 50–200/,
      ),
    )
    expect(out.result.report.skipped).toEqual([
      { line: expect.any(Number), title: 'wp:post_id 11', reason: 'it has no title' },
    ])
    expect(out.result.report.posts).toHaveLength(5)
  })

  test('images come from the CDN into images/; one that cannot be had is reported, and nothing points at the old CDN', () => {
    expect(cdnRequests.some(request => request.endsWith('/kap-header.png'))).toBe(true)
    expect(out.text).not.toContain('squarespace-cdn.com')
    expect(out.gathered.missing.map(entry => path.basename(entry.url))).toContain('walking-path.png')
    expect(JSON.stringify(post('Taking a Gentle Walk'))).not.toContain('walking-path')
  })

  test('the report counts, then lists per post what needs a person, with its Studio address', () => {
    const report = readFileSync(out.reportFile, 'utf8')
    expect(report).toContain('| in-text citations | 12 linked, 1 left as typed |')
    expect(report).toMatch(/\| references read \| 13 lines: 12 new documents, 0 reused, 1 unsure \|/)
    const grounding = out.docs.find(doc => String(doc.title).startsWith('Grounding')) as Doc
    expect(report).toContain(`Studio: \`/structure/post;${grounding._id}\``)
    expect(report).toMatch(/Line \d+, “wp:post_id 11”: it has no title/)
  })

  test('a second run writes the same file, byte for byte, and the same images', async () => {
    const again = await migrateTo(mkdtempSync(path.join(tmpdir(), 'wmb-migrate-again-')))
    expect(again.text).toBe(out.text)
    expect(readdirSync(path.join(path.dirname(again.out), 'images'))).toEqual(readdirSync(path.join(dir, 'images')))
  })

  test('with --images-from a folder, nothing is downloaded', async () => {
    const before = cdnRequests.length
    const offline = await run({
      args: [
        EXPORT,
        '--out',
        path.join(mkdtempSync(path.join(tmpdir(), 'wmb-migrate-folder-')), 'x.ndjson'),
        '--images-from',
        `${FIXTURE}/cdn`,
      ],
      log: silent,
      images: { fetch: viaFakeCdn },
    })
    expect(cdnRequests.length).toBe(before) // the image missing from the folder is not fetched either
    expect(offline.gathered.files.length).toBe(out.gathered.files.length)
    expect(offline.gathered.missing.find(entry => entry.url.endsWith('/walking-path.png'))?.reason).toBe(
      `it is not in ${path.resolve(FIXTURE, 'cdn')}`,
    )
  })
})

describe('--into a dataset: what it holds is reused, nothing is duplicated', () => {
  let out: Awaited<ReturnType<typeof migrateTo>>
  const bundledText = readFileSync('content/production.ndjson', 'utf8')
  beforeAll(async () => {
    out = await migrateTo(mkdtempSync(path.join(tmpdir(), 'wmb-migrate-into-')), [
      '--into',
      'content/production.ndjson',
    ])
  })

  test('the output is the dataset, line for line, then what is new, its images beside it', () => {
    expect(out.text.startsWith(bundledText)).toBe(true)
    expect(() => readDataset(out.out)).not.toThrow() // every image of the dataset was copied along
    const ids = out.docs.map(doc => doc._id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('the author, the settings, the topics and the references already there are reused', () => {
    const added = out.docs.slice(bundledText.trim().split('\n').length)
    expect(added.filter(doc => doc._type === 'author').map(doc => doc.name)).toEqual(['Jordan Lee'])
    expect(added.some(doc => doc._type === 'siteSettings')).toBe(false)
    const grounding = added.find(doc => String(doc.title).startsWith('Grounding')) as Doc
    expect((grounding.references as Array<{ _ref: string }>).map(ref => ref._ref)).toContain('citation-tully2022')
    expect(added.some(doc => doc._type === 'topic' && (doc.slug as { current: string }).current === 'anxiety')).toBe(
      false,
    )
  })

  test('the flagship, already in the dataset at its address, is skipped and said so', () => {
    expect(out.result.report.skipped).toContainEqual({
      line: expect.any(Number),
      title: 'Ketamine + Ketamine Assisted Psychotherapy',
      reason:
        'the dataset already has a post at /blog/ketamine-ketamine-assisted-psychotherapy (post-ketamine-assisted-psychotherapy)',
    })
  })

  test('migrating into its own output adds nothing the second time', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wmb-migrate-twice-'))
    const again = await run({
      args: [EXPORT, '--out', path.join(dir, 'production.ndjson'), '--into', out.out],
      log: silent,
      images: { fetch: viaFakeCdn },
    })
    expect(again.result.documents).toEqual([])
    expect(readFileSync(again.out, 'utf8')).toBe(out.text)
  })
})

describe('a file that is not an export stops with a clear error', () => {
  test.each([
    ['not-xml.xml', /not a Squarespace export: it starts with <html>|not well-formed XML/],
    ['not-wxr.xml', /RSS file but not a Squarespace \(WordPress WXR\) export/],
    ['cut-short.xml', /cut short: it ends inside <.+> \(the item that starts on line \d+\)/],
  ])('%s', async (file, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wmb-migrate-bad-'))
    await expect(
      run({ args: [`${FIXTURE}/${file}`, '--out', path.join(dir, 'x.ndjson')], log: silent }),
    ).rejects.toThrow(message)
    expect(existsSync(path.join(dir, 'x.ndjson'))).toBe(false)
  })
})
