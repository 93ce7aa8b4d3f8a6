// Renders the PNG icons (Apple touch icon, web-manifest icons) from public/favicon.svg, so that the mark is
// drawn once. Run after changing the SVG: node scripts/render-icons.mjs. The PNGs are committed.
import { readFileSync } from 'node:fs'

import sharp from 'sharp'

const svg = readFileSync('public/favicon.svg')
// iOS fills transparent corners with black: the mark sits on the site's pale green, with a margin.
const BACKGROUND = '#f2f7f5'
const ICONS = { 'apple-touch-icon.png': 180, 'icon-192.png': 192, 'icon-512.png': 512 }

for (const [name, size] of Object.entries(ICONS)) {
  const inner = Math.round(size * 0.8)
  const mark = await sharp(svg, { density: 72 * (inner / 32) })
    .resize(inner, inner)
    .png()
    .toBuffer()
  await sharp({ create: { width: size, height: size, channels: 4, background: BACKGROUND } })
    .composite([{ input: mark, gravity: 'centre' }])
    .png({ compressionLevel: 9 })
    .toFile(`public/${name}`)
  console.log(`public/${name}: ${size}×${size}`)
}
