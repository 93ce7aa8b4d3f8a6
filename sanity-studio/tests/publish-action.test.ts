import type { DocumentActionComponent, DocumentActionProps, DocumentActionsContext, SanityDocument } from 'sanity'
import { expect, test } from 'vitest'

import { nextPreviousSlugs, withPreviousSlugs } from '../actions/publish-with-previous-slugs'
import config from '../sanity.config'
import { post } from './helpers/documents'

test('publishing a new address adds the old one to the earlier addresses, newest last', () => {
  expect(nextPreviousSlugs('breathing', 'three-breathing-practices', undefined)).toEqual(['breathing'])
  expect(nextPreviousSlugs('breathing-2', 'breathing-3', ['breathing-1'])).toEqual(['breathing-1', 'breathing-2'])
})

test('an address is listed once, and leaves the list when it becomes the article’s address again', () => {
  expect(nextPreviousSlugs('b', 'c', ['b', 'a'])).toEqual(['a', 'b'])
  expect(nextPreviousSlugs('b', 'a', ['a'])).toEqual(['b'])
})

test('publishing without a change of address leaves the list as it is', () => {
  expect(nextPreviousSlugs('a', 'a', ['old'])).toEqual(['old'])
  expect(nextPreviousSlugs(undefined, 'a', ['old'])).toEqual(['old'])
  expect(nextPreviousSlugs('a', undefined, ['old'])).toEqual(['old'])
})

interface Recorded {
  patches: unknown[]
  published: number
  order: string[]
}

function setupPublish(draft: Partial<SanityDocument> | null, published: Partial<SanityDocument> | null) {
  const recorded: Recorded = { patches: [], published: 0, order: [] }
  const publish: DocumentActionComponent = () => ({
    label: 'Publish',
    onHandle: () => {
      recorded.published++
      recorded.order.push('publish')
    },
  })
  publish.action = 'publish'
  const useOperation = (() => ({
    patch: {
      disabled: false,
      execute: (patches: unknown[]) => {
        recorded.patches.push(...patches)
        recorded.order.push('patch')
      },
    },
  })) as unknown as Parameters<typeof withPreviousSlugs>[1]
  const action = withPreviousSlugs(publish, useOperation)
  const props = { id: 'post-breathing', type: 'post', draft, published } as unknown as DocumentActionProps
  return { action, recorded, run: () => action(props)?.onHandle?.() }
}

test('Publish on an article whose address changed writes the old address into the draft, then publishes', () => {
  const { run, recorded, action } = setupPublish(
    post({ _id: 'drafts.post-breathing', slug: { _type: 'slug', current: 'breathing-when-anxious' } }),
    post(),
  )
  run()
  expect(recorded.patches).toEqual([{ set: { previousSlugs: ['three-breathing-practices'] } }])
  expect(recorded.order).toEqual(['patch', 'publish'])
  expect(action.action).toBe('publish')
})

test('Publish on a new article, or without a change of address, only publishes', () => {
  const first = setupPublish(post({ _id: 'drafts.post-breathing' }), null)
  first.run()
  expect(first.recorded).toEqual({ patches: [], published: 1, order: ['publish'] })
  const same = setupPublish(post({ _id: 'drafts.post-breathing', previousSlugs: ['old'] }), post())
  same.run()
  expect(same.recorded).toEqual({ patches: [], published: 1, order: ['publish'] })
})

test('Publish back to an earlier address takes it off the list', () => {
  const { run, recorded } = setupPublish(
    post({ _id: 'drafts.post-breathing', slug: { _type: 'slug', current: 'old' }, previousSlugs: ['old'] }),
    post({ slug: { _type: 'slug', current: 'old' }, previousSlugs: ['old'] }),
  )
  run()
  expect(recorded.patches).toEqual([{ unset: ['previousSlugs'] }])
  expect(recorded.published).toBe(1)
})

test('the Studio’s articles get this Publish in place of Sanity’s; other types keep theirs', () => {
  const resolve = config.document!.actions as (
    prev: DocumentActionComponent[],
    context: DocumentActionsContext,
  ) => DocumentActionComponent[]
  const named = (action: string) => Object.assign((() => null) as DocumentActionComponent, { action })
  const publish = named('publish')
  const prev = [publish, named('unpublish'), named('delete'), named('duplicate')]
  const forType = (schemaType: string) => resolve(prev, { schemaType } as DocumentActionsContext)
  const forPost = forType('post')
  expect(forPost.map(a => a.displayName ?? a.action)).toEqual([
    'PublishWithPreviousSlugs',
    'PreviewAction',
    'unpublish',
    'delete',
    'duplicate',
  ])
  expect(forPost[0]).not.toBe(publish)
  expect(forPost.slice(2)).toEqual(prev.slice(1))
  expect(forType('post')).toEqual(forPost) // the same components each time, so no action is remounted
  expect(forType('author')).toEqual([publish, forPost[1], ...prev.slice(1)])
  expect(forType('redirect')).toEqual(prev)
  expect(forType('siteSettings').map(a => a.action)).toEqual(['publish'])
  expect(forType('siteSettings')[0]).toBe(publish)
})
