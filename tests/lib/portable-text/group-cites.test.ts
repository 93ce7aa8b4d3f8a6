import { expect, test } from 'vitest'

import { groupCites } from '~/lib/portable-text/group-cites'

const cite = (key: string, id: string, locator?: string) => ({
  _type: 'cite',
  _key: key,
  citation: { _type: 'reference', _ref: id },
  ...(locator ? { locator } : {}),
})

test('two cites on the same text become one group, in the order they were marked', () => {
  const [block] = groupCites([
    {
      _type: 'block',
      markDefs: [cite('a', 'c-tully'), cite('b', 'c-wu', 'p. 2'), { _type: 'link', _key: 'l', href: '/x' }],
      children: [{ _type: 'span', text: 'claim', marks: ['em', 'a', 'b', 'l'] }],
    },
  ])
  expect(block?.markDefs).toEqual([
    { _type: 'link', _key: 'l', href: '/x' },
    {
      _type: 'citeGroup',
      _key: 'cites-a-b',
      items: [
        { id: 'c-tully', locator: null },
        { id: 'c-wu', locator: 'p. 2' },
      ],
    },
  ])
  expect((block?.children as Array<{ marks: string[] }>)[0]?.marks).toEqual(['cites-a-b', 'em', 'l'])
})

test('a cite spread over several spans stays one group with one parenthetical', () => {
  const [block] = groupCites([
    {
      _type: 'block',
      markDefs: [cite('a', 'c1')],
      children: [
        { _type: 'span', text: 'part ', marks: ['a'] },
        { _type: 'span', text: 'bold', marks: ['a', 'strong'] },
      ],
    },
  ])
  expect((block?.markDefs as unknown[]).length).toBe(1)
  expect((block?.children as Array<{ marks: string[] }>).map(c => c.marks)).toEqual([
    ['cites-a'],
    ['cites-a', 'strong'],
  ])
})

test('a cite without a citation keeps its text and cites nothing', () => {
  const [block] = groupCites([
    {
      _type: 'block',
      markDefs: [{ _type: 'cite', _key: 'a' }],
      children: [{ _type: 'span', text: 't', marks: ['a'] }],
    },
  ])
  expect(block?.markDefs).toEqual([{ _type: 'citeGroup', _key: 'cites-a', items: [] }])
})

test('blocks without cites and custom blocks pass through unchanged', () => {
  const body = [
    { _type: 'image', _key: 'i' },
    { _type: 'block', markDefs: [], children: [] },
  ]
  expect(groupCites(body)).toEqual(body)
})
