import type { LoaderFunctionArgs } from '@remix-run/node'
import { expect, test } from 'vitest'

import * as referencesRis from '~/routes/blog.$slug_.references[.]ris'

import { setupBundledContent } from '../helpers/bundled'
import { setupLoadContext } from '../helpers/load-context'

const FLAGSHIP = 'ketamine-ketamine-assisted-psychotherapy'
const { content } = setupBundledContent()

function args(context: LoaderFunctionArgs['context'], slug = FLAGSHIP): LoaderFunctionArgs {
  return { request: new Request(`http://localhost/blog/${slug}/references.ris`), params: { slug }, context }
}

test('a citation file is cacheable like the pages; in a preview session (drafts) it is private and never stored', async () => {
  const context = setupLoadContext(content)
  const publicFile = await referencesRis.loader(args(context))
  expect(publicFile.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=30, stale-while-revalidate=30')
  const preview = await referencesRis.loader(args({ ...context, preview: { active: true } }))
  expect(preview.status).toBe(200)
  expect(preview.headers.get('cache-control')).toBe('private, no-store')
  expect(preview.headers.get('x-robots-tag')).toBe('noindex')
})

test('a file of an article that is not there is a 404, not an error', async () => {
  const response = await referencesRis.loader(args(setupLoadContext(content), 'no-such-article'))
  expect(response.status).toBe(404)
})
