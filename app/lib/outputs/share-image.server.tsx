// The generated share image: a 1200×630 PNG card in the site's design, drawn by satori (layout to SVG) and
// resvg (SVG to PNG), with bundled fonts so that it looks the same on every machine.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { Resvg } from '@resvg/resvg-js'
import satori, { type Font } from 'satori'

import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareCard } from './share-card.ts'

const COLORS = { background: '#f2f7f5', bar: '#2f5d50', eyebrow: '#264b41', title: '#1d3a32', byline: '#44403c' }
export const SHARE_CARD_BACKGROUND = COLORS.background

let fonts: Font[] | undefined
function loadFonts(): Font[] {
  if (fonts) return fonts
  const require = createRequire(import.meta.url)
  const file = (name: string) => readFileSync(require.resolve(`@fontsource/${name}`))
  fonts = [
    { name: 'Source Serif', data: file('source-serif-4/files/source-serif-4-latin-600-normal.woff'), weight: 600 },
    { name: 'Source Serif', data: file('source-serif-4/files/source-serif-4-latin-ext-600-normal.woff'), weight: 600 },
    { name: 'Inter', data: file('inter/files/inter-latin-500-normal.woff'), weight: 500 },
    { name: 'Inter', data: file('inter/files/inter-latin-ext-500-normal.woff'), weight: 500 },
    { name: 'Inter', data: file('inter/files/inter-latin-600-normal.woff'), weight: 600 },
  ]
  return fonts
}

/** Long titles get smaller type; past four lines they end in an ellipsis rather than run into the byline. */
export function titleFontSize(title: string): number {
  if (title.length <= 30) return 80
  if (title.length <= 60) return 68
  if (title.length <= 90) return 58
  if (title.length <= 120) return 50
  return 44
}

function Card({ siteTitle, title, byline, domain }: ShareCard) {
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', backgroundColor: COLORS.background }}>
      <div style={{ width: 16, height: '100%', backgroundColor: COLORS.bar }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          flex: 1,
          padding: '60px 80px 52px 72px',
        }}
      >
        <div
          style={{
            fontFamily: 'Inter',
            fontWeight: 600,
            fontSize: 26,
            letterSpacing: 4,
            textTransform: 'uppercase',
            color: COLORS.eyebrow,
          }}
        >
          {siteTitle}
        </div>
        <div
          style={{
            display: 'block',
            fontFamily: 'Source Serif',
            fontWeight: 600,
            fontSize: titleFontSize(title),
            lineHeight: 1.15,
            color: COLORS.title,
            lineClamp: 4,
            maxHeight: 380,
            overflow: 'hidden',
          }}
        >
          {title}
        </div>
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'flex-end',
            borderTop: '2px solid #dcebe5',
            paddingTop: 26,
            fontFamily: 'Inter',
            fontWeight: 500,
            fontSize: 28,
            color: COLORS.byline,
          }}
        >
          <div style={{ display: 'block', maxWidth: 760, lineClamp: 1 }}>{byline ?? ''}</div>
          <div style={{ color: COLORS.bar }}>{domain}</div>
        </div>
      </div>
    </div>
  )
}

export async function renderShareCardSvg(card: ShareCard): Promise<string> {
  return satori(<Card {...card} />, { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts: loadFonts() })
}

export async function renderShareCard(card: ShareCard): Promise<Buffer> {
  const svg = await renderShareCardSvg(card)
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng()
}
