import { ThemeProvider, studioTheme } from '@sanity/ui'
import type { ComponentProps } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { expect, test } from 'vitest'

import { characterCountInput } from '../components/character-count-input'
import { ShareCard, type ShareCardProps } from '../components/share-card'

function renderCard(props: Partial<ShareCardProps> = {}) {
  const html = renderToStaticMarkup(
    <ThemeProvider theme={studioTheme}>
      <ShareCard
        title="Three breathing practices for anxious days"
        description="Slow breathing calms the body’s alarm system."
        imageUrl="https://cdn.sanity.io/images/p/production/abc-800x600.jpg?rect=0,90,800,420&w=1200&h=630&fit=crop"
        domain="wellmindbody.co"
        byline="Elizabeth Miller, Ph.D., LPC-S, LMFT"
        {...props}
      />
    </ThemeProvider>,
  )
  return { html, text: html.replace(/<[^>]+>/g, '\n').replace(/\n+/g, '\n').trim().split('\n') }
}

test('the card shows the image at 1.91:1, the domain, the title and the description', () => {
  const { html, text } = renderCard()
  expect(html).toMatch(/<img src="https:\/\/cdn\.sanity\.io\/[^"]+w=1200&amp;h=630[^"]*"[^>]*aspect-ratio:1\.91 \/ 1;object-fit:cover/)
  expect(text).toEqual([
    'wellmindbody.co',
    'Three breathing practices for anxious days',
    'Slow breathing calms the body’s alarm system.',
  ])
})

test('the card cuts a long title and description where the platforms do', () => {
  const { text } = renderCard({ title: 'word '.repeat(30), description: 'calm '.repeat(50) })
  expect(text[1]).toBe(`${'word '.repeat(14).trim()}…`) // 70 characters with the “…”
  expect(text[2]).toBe(`${'calm '.repeat(32).trim()}…`) // 160
})

test('without an image the card shows the generated one: the practice, the title and the author', () => {
  const { html, text } = renderCard({ imageUrl: null })
  expect(html).not.toContain('<img')
  expect(html).toContain('role="img" aria-label="Generated image: Three breathing practices for anxious days"')
  expect(html).toMatch(/background:#f2f7f5;border-left:solid #2f5d50/)
  expect(html).toContain('font-family:Georgia, serif')
  expect(text).toEqual([
    'Well Mind Body',
    'Three breathing practices for anxious days',
    'Elizabeth Miller, Ph.D., LPC-S, LMFT',
    'Generated image',
    'wellmindbody.co',
    'Three breathing practices for anxious days',
    'Slow breathing calms the body’s alarm system.',
  ])
})

test('the counter sits under the field, in the caution tone past the limit', () => {
  const Counter = characterCountInput(60)
  const render = (value: string) =>
    renderToStaticMarkup(
      <ThemeProvider theme={studioTheme}>
        <Counter
          {...({ value, renderDefault: () => <input data-field="title" /> } as unknown as ComponentProps<typeof Counter>)}
        />
      </ThemeProvider>,
    )
  const within = render('a'.repeat(42))
  expect(within).toMatch(/<input data-field="title"\/>.*42 \/ 60 characters/)
  expect(within).not.toContain('data-tone="caution"')
  expect(render('a'.repeat(61))).toMatch(/data-tone="caution".*61 \/ 60 characters/)
})
