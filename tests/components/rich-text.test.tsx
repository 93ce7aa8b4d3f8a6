import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'

import { RichText } from '~/components/portable-text'
import { createBibliography, type Citation } from '~/lib/citations'

const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: text, text, marks })
const paragraph = (children: object[], markDefs: object[] = []) => ({
  _type: 'block',
  _key: 'b',
  style: 'normal',
  markDefs,
  children,
})
const cite = (key: string, id: string, locator?: string) => ({
  _type: 'cite',
  _key: key,
  citation: { _type: 'reference', _ref: id },
  locator,
})

const study = (id: string, family: string[], year: number): Citation => ({
  id,
  type: 'article-journal',
  authors: family.map(f => ({ family: f, given: 'A.' })),
  year,
  title: `Study ${id}`,
})

const bibliography = createBibliography([
  study('tully', ['Tully', 'Dahlén', 'Haggarty'], 2022),
  study('wu', ['Wu', 'Savalia', 'Kwan'], 2021),
  study('domino', ['Domino', 'Warner'], 2010),
])

test('cited text is followed by its APA parenthetical, linked to the reference list', () => {
  const html = renderToStaticMarkup(
    <RichText
      value={[paragraph([span('introduced in 1962', ['c'])], [cite('c', 'domino')])]}
      bibliography={bibliography}
    />,
  )
  expect(html.replace(/<[^>]+>/g, '')).toBe('introduced in 1962 (Domino &amp; Warner, 2010)')
  expect(html).toMatch(/<a href="#ref-domino"[^>]*>Domino &amp; Warner, 2010<\/a>/)
})

test('several cites at one point merge into one parenthetical, ordered as the reference list', () => {
  const html = renderToStaticMarkup(
    <RichText
      value={[paragraph([span('anxiety', ['w', 't'])], [cite('w', 'wu'), cite('t', 'tully')])]}
      bibliography={bibliography}
    />,
  )
  const text = html.replace(/<[^>]+>/g, '')
  expect(text).toBe('anxiety (Tully et al., 2022; Wu et al., 2021)')
})

test('a locator follows the year', () => {
  const html = renderToStaticMarkup(
    <RichText value={[paragraph([span('x', ['c'])], [cite('c', 'domino', 'p. 680')])]} bibliography={bibliography} />,
  )
  expect(html.replace(/<[^>]+>/g, '')).toBe('x (Domino &amp; Warner, 2010, p. 680)')
})

test('a narrative cite marks the authors’ names and adds only the year, linked to the entry', () => {
  const html = renderToStaticMarkup(
    <RichText
      value={[
        paragraph(
          [span('Domino and Warner', ['c']), span(' describe its history.')],
          [{ ...cite('c', 'domino', 'p. 680'), narrative: true }],
        ),
      ]}
      bibliography={bibliography}
    />,
  )
  expect(html.replace(/<[^>]+>/g, '')).toBe('Domino and Warner (2010, p. 680) describe its history.')
  expect(html).toMatch(/<a href="#ref-domino"[^>]*>2010, p. 680<\/a>/)
})

test('a narrative and a parenthetical cite of the same work on one text stay two citations', () => {
  const html = renderToStaticMarkup(
    <RichText
      value={[
        paragraph(
          [span('Wu', ['n']), span(' and others found it', ['p'])],
          [{ ...cite('n', 'wu'), narrative: true }, cite('p', 'domino')],
        ),
      ]}
      bibliography={bibliography}
    />,
  )
  expect(html.replace(/<[^>]+>/g, '')).toBe('Wu (2021) and others found it (Domino &amp; Warner, 2010)')
})

test('a cite of a missing citation keeps its text and adds no parenthetical', () => {
  const html = renderToStaticMarkup(
    <RichText value={[paragraph([span('claim', ['c'])], [cite('c', 'gone')])]} bibliography={bibliography} />,
  )
  expect(html).toBe('<p>claim</p>')
})

test.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JAVASCRIPT:alert(1)', 'vbscript:x'])(
  'a %j link renders as plain text',
  href => {
    const html = renderToStaticMarkup(
      <RichText value={[paragraph([span('click me', ['l'])], [{ _type: 'link', _key: 'l', href }])]} />,
    )
    expect(html).toBe('<p>click me</p>')
  },
)

test('safe links render, external ones with rel="noopener noreferrer"', () => {
  const html = renderToStaticMarkup(
    <RichText
      value={[
        paragraph(
          [span('a', ['l1']), span('b', ['l2'])],
          [
            { _type: 'link', _key: 'l1', href: 'https://988lifeline.org' },
            { _type: 'link', _key: 'l2', href: '/blog' },
          ],
        ),
      ]}
    />,
  )
  expect(html).toBe('<p><a href="https://988lifeline.org" rel="noopener noreferrer">a</a><a href="/blog">b</a></p>')
})

test('a <script> in text renders as text', () => {
  const html = renderToStaticMarkup(<RichText value={[paragraph([span('<script>alert(1)</script>')])]} />)
  expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
})

test('unknown block types render nothing instead of failing', () => {
  const html = renderToStaticMarkup(
    <RichText value={[{ _type: 'mystery', _key: 'm' }, paragraph([span('still here')])]} />,
  )
  expect(html).toBe('<p>still here</p>')
})

test('an image with a non-https URL is not rendered; a Sanity CDN image is, with its alt and caption', () => {
  const image = (url: string) => ({ _type: 'image', _key: url, url, alt: 'A calm lake', caption: 'Morning' })
  expect(renderToStaticMarkup(<RichText value={[image('javascript:alert(1)')]} />)).toBe('')
  expect(renderToStaticMarkup(<RichText value={[image('https://cdn.sanity.io/images/p/d/x.jpg')]} />)).toBe(
    '<figure><img src="https://cdn.sanity.io/images/p/d/x.jpg" alt="A calm lake" loading="lazy" decoding="async"/><figcaption>Morning</figcaption></figure>',
  )
})

test('two works by the same authors in one parenthetical share the names, each year linked', () => {
  const twins = createBibliography([
    study('a', ['Smith'], 2021),
    { ...study('b', ['Smith'], 2021), title: 'Zeta study' },
  ])
  const html = renderToStaticMarkup(
    <RichText value={[paragraph([span('x', ['p', 'q'])], [cite('p', 'a'), cite('q', 'b')])]} bibliography={twins} />,
  )
  expect(html.replace(/<[^>]+>/g, '')).toBe('x (Smith, 2021a, 2021b)')
  expect(html).toMatch(/<a href="#ref-b"[^>]*>2021b<\/a>/)
})
