import { expect, test } from 'vitest'

import { wordsOfPath } from '~/lib/http'

test('a dead address is searched by its own words, not by the site’s sections', () => {
  expect(wordsOfPath('/blog/ketamine-therapy-guide')).toEqual(['ketamine', 'therapy', 'guide'])
  expect(wordsOfPath('/topics/Teen_Anxiety')).toEqual(['teen', 'anxiety'])
  expect(wordsOfPath('/blog/%C3%A9t%C3%A9-sleep')).toEqual(['été', 'sleep'])
  expect(wordsOfPath('/x/1/ab')).toEqual([])
  expect(wordsOfPath('/%ZZ-grief')).toEqual(['grief'])
})

test('a long address is searched by its first eight distinct words', () => {
  const words = wordsOfPath(`/${Array.from({ length: 20 }, (_, i) => `word${i}`).join('-')}-word1`)
  expect(words).toEqual(['word0', 'word1', 'word2', 'word3', 'word4', 'word5', 'word6', 'word7'])
})
