import { expect, test } from 'vitest'

import { checkYear } from '../schemaTypes/rules'
import { citation, world } from './helpers/documents'
import { errors, setupStudio } from './helpers/studio'

const NOT_A_DOI =
  'This is not a DOI. A DOI starts with “10.”, a number, then a slash, for example 10.1037/amp0000191. Copy it from the article’s page, or leave the field empty if the work has none.'
const bareDoi = (doi: string) =>
  `Enter the DOI on its own, without “https://doi.org/”, “doi:” or spaces. Replace what is in the field with: ${doi}`

test('a complete reference passes', async () => {
  const studio = await setupStudio(world())
  expect(await studio.validate(citation())).toEqual([])
  expect(await studio.validate(citation({ doi: undefined, url: 'https://www.apa.org/topics/stress' }))).toEqual([])
})

test('a reference without authors is rejected', async () => {
  const studio = await setupStudio(world())
  const message = 'Add at least one author (a person, or an organisation such as the APA).'
  expect(errors(await studio.validate(citation({ authors: undefined })))).toEqual([message])
  expect(errors(await studio.validate(citation({ authors: [] })))).toEqual([message])
})

test('an author needs a family name or an organisation name', async () => {
  const studio = await setupStudio(world())
  const nameless = [{ _type: 'personName', _key: 'a1', given: 'Jane' }]
  expect(errors(await studio.validate(citation({ authors: nameless })))).toEqual([
    'Enter the author’s family name, or the organisation’s name under “Organisation”.',
  ])
  const organisation = [{ _type: 'personName', _key: 'a1', literal: 'American Psychological Association' }]
  expect(await studio.validate(citation({ authors: organisation }))).toEqual([])
})

test('a reference needs a kind, a title and a year', async () => {
  const studio = await setupStudio(world())
  expect(errors(await studio.validate(citation({ type: undefined })))).toEqual(['Choose what kind of work this is.'])
  expect(errors(await studio.validate(citation({ title: undefined })))).toEqual(['Enter the title of the work.'])
  expect(errors(await studio.validate(citation({ year: undefined })))).toEqual([
    'Enter the year the work was published.',
  ])
})

test('the year is a whole number, not beyond next year', async () => {
  const studio = await setupStudio(world())
  const nextYear = new Date().getUTCFullYear() + 1
  expect(await studio.validate(citation({ year: nextYear }))).toEqual([])
  expect(errors(await studio.validate(citation({ year: 3021 })))).toEqual([
    `3021 is in the future. Enter the year the work was published (${nextYear} at the latest, for a work in press).`,
  ])
  expect(errors(await studio.validate(citation({ year: 2021.5 })))).toEqual([
    'Enter the year of publication as four digits, for example 2021.',
  ])
  expect(errors(await studio.validate(citation({ year: 21 })))).toEqual([
    'Enter the year of publication as four digits, for example 2021.',
  ])
})

test('the latest year allowed moves with the calendar', () => {
  expect(checkYear(2031, new Date('2030-06-01T00:00:00Z'))).toBe(true)
  expect(checkYear(2032, new Date('2030-06-01T00:00:00Z'))).toMatch(/^2032 is in the future/)
})

test('a DOI that is not one is rejected with an example', async () => {
  const studio = await setupStudio(world())
  for (const doi of ['12.1037/abc', '10.12/abc', 'see article', '10.1037/'])
    expect(errors(await studio.validate(citation({ doi }))), doi).toEqual([NOT_A_DOI])
})

test('a pasted doi.org address or doi: prefix is rejected, giving the bare DOI to use instead', async () => {
  const studio = await setupStudio(world())
  const pasted = [
    'https://doi.org/10.1037/abc0000123',
    'http://dx.doi.org/10.1037/abc0000123',
    'doi:10.1037/abc0000123',
    ' 10.1037/abc0000123 ',
  ]
  for (const doi of pasted)
    expect(errors(await studio.validate(citation({ doi }))), doi).toEqual([bareDoi('10.1037/abc0000123')])
  expect(errors(await studio.validate(citation({ doi: 'https://doi.org/10.1002/%28SICI%291097' })))).toEqual([
    bareDoi('10.1002/(SICI)1097'),
  ])
})

test('a web address must be http or https', async () => {
  const studio = await setupStudio(world())
  const message =
    'Enter a full web address that starts with https:// (or http://), for example https://www.apa.org/topics/stress.'
  for (const url of ['ftp://example.com/paper.pdf', 'javascript:alert(1)', 'www.apa.org', 'https://'])
    expect(errors(await studio.validate(citation({ url }))), url).toEqual([message])
  expect(await studio.validate(citation({ url: 'http://example.com/paper' }))).toEqual([])
})

test('site settings: a site name and an http(s) address', async () => {
  const studio = await setupStudio(world())
  const settings = {
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: 'Well Mind Body',
    siteUrl: 'https://wellmindbody.co',
    disclaimer: 'Educational only, not medical advice.',
  }
  expect(await studio.validate(settings)).toEqual([])
  expect(errors(await studio.validate({ ...settings, disclaimer: undefined }))).toEqual([
    'Write the disclaimer shown under every article.',
  ])
  expect(errors(await studio.validate({ ...settings, title: undefined }))).toEqual([
    'Enter the name of the site, e.g. “Well Mind Body”.',
  ])
  expect(errors(await studio.validate({ ...settings, siteUrl: 'wellmindbody.co' }))).toHaveLength(1)
})
