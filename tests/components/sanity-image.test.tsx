import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'

import { RichText } from '~/components/portable-text'
import { SanityImage } from '~/components/sanity-image'
import type { ImageRef } from '~/lib/content/types'

const hills: ImageRef = {
  url: `/images/local/production/${'b'.repeat(40)}-1600x900.png`,
  alt: 'Layered green hills under a pale sun',
  width: 1600,
  height: 900,
  crop: null,
  hotspot: { x: 0.7, y: 0.4, width: 0.2, height: 0.2 },
}

function setupImg(markup: string) {
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(markup)?.[1]?.replaceAll('&amp;', '&')
  const widths = (attribute('srcSet') ?? '').split(', ').map(candidate => candidate.split(' ')[1])
  return { attribute, widths }
}

test('the hero offers several widths, says how wide it is shown, and reserves its box', () => {
  const { attribute, widths } = setupImg(
    renderToStaticMarkup(
      <SanityImage image={hills} aspect={16 / 9} sizes="(min-width: 48rem) 45.5rem, 100vw" priority />,
    ),
  )
  expect(widths).toEqual(['320w', '480w', '640w', '800w', '1024w', '1280w', '1600w'])
  expect(attribute('sizes')).toBe('(min-width: 48rem) 45.5rem, 100vw')
  expect([attribute('width'), attribute('height')]).toEqual(['1600', '900'])
  expect(attribute('src')).toMatch(/\?.*w=1280/)
})

test('the hero loads at once and first; every other image waits until it is near', () => {
  const hero = setupImg(renderToStaticMarkup(<SanityImage image={hills} sizes="100vw" priority />))
  expect([hero.attribute('loading'), hero.attribute('fetchpriority')]).toEqual(['eager', 'high'])
  const other = setupImg(renderToStaticMarkup(<SanityImage image={hills} sizes="100vw" />))
  expect([other.attribute('loading'), other.attribute('fetchpriority')]).toEqual(['lazy', undefined])
})

test('a portrait is cut square around the hotspot and offered at its few small sizes', () => {
  const { attribute, widths } = setupImg(
    renderToStaticMarkup(<SanityImage image={hills} aspect={1} sizes="80px" widths={[80, 160, 240]} />),
  )
  expect(widths).toEqual(['80w', '160w', '240w'])
  expect([attribute('width'), attribute('height')]).toEqual(['900', '900'])
  expect(attribute('src')).toContain('rect=670,0,900,900')
})

test('an image always has alt text, empty when the editor gave none', () => {
  const markup = renderToStaticMarkup(<SanityImage image={{ ...hills, alt: '' }} sizes="100vw" />)
  expect(markup).toContain('alt=""')
})

test('an image in an article body is lazy and responsive, with its caption', () => {
  const body = [{ _type: 'image', _key: 'i', ...hills, caption: 'Hills, drawn.' }]
  const markup = renderToStaticMarkup(<RichText value={body} />)
  const { attribute, widths } = setupImg(markup)
  expect(attribute('loading')).toBe('lazy')
  expect(widths.length).toBeGreaterThan(3)
  expect(attribute('alt')).toBe(hills.alt)
  expect(markup).toContain('<figcaption>Hills, drawn.</figcaption>')
})
