// Draws the bundled dataset's images: calm abstract shapes in the site's muted greens and stones, no people,
// no photographs. Reproducible: `node scripts/draw-images.mjs` rewrites content/images/*.png byte for byte.
// `--fixtures` writes the small copies tests/fixtures/images/images/ uses instead.
import { mkdirSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

const W = 1600
const H = 900
const palette = {
  mist: '#eef1ea',
  sage: '#b9c7b0',
  moss: '#7f9878',
  pine: '#4f6b52',
  stone: '#d9d3c7',
  clay: '#c9b8a3',
  sun: '#e8d8b0',
}

const sky = (top, bottom) => `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
  <stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>`

// A smooth ridge line across the width: a sum of two sines, so every layer is a soft hill.
function ridge(base, amplitude, phase, colour) {
  const points = []
  for (let x = 0; x <= W; x += 20) {
    const y = base + amplitude * Math.sin(x / 260 + phase) + (amplitude / 2) * Math.sin(x / 97 + phase * 2)
    points.push(`${x},${y.toFixed(1)}`)
  }
  return `<polygon points="0,${H} ${points.join(' ')} ${W},${H}" fill="${colour}"/>`
}

// A long, low swell: one slow sine, so the bands read as water rather than hills.
function wave(base, amplitude, phase, colour, opacity = 1) {
  const points = []
  for (let x = 0; x <= W; x += 20) points.push(`${x},${(base + amplitude * Math.sin(x / 210 + phase)).toFixed(1)}`)
  return `<polygon points="0,${H} ${points.join(' ')} ${W},${H}" fill="${colour}" fill-opacity="${opacity}"/>`
}

function leaf(cx, cy, length, angle, colour) {
  const w = length * 0.38
  return `<g transform="translate(${cx} ${cy}) rotate(${angle})">
    <path d="M0 0 C ${w} ${-length * 0.3}, ${w} ${-length * 0.75}, 0 ${-length} C ${-w} ${-length * 0.75}, ${-w} ${-length * 0.3}, 0 0 Z" fill="${colour}"/>
    <path d="M0 0 L0 ${-length * 0.95}" stroke="${palette.mist}" stroke-width="4" stroke-opacity="0.6"/></g>`
}

const drawings = {
  'layered-hills': `${sky(palette.mist, palette.stone)}<circle cx="1180" cy="300" r="110" fill="${palette.sun}"/>
    ${ridge(520, 40, 0.3, palette.sage)}${ridge(610, 45, 1.7, palette.moss)}${ridge(720, 35, 3.1, palette.pine)}`,
  'sunrise-over-water': `${sky(palette.sun, palette.mist)}<circle cx="800" cy="560" r="200" fill="#e3c99a"/>
    <rect y="560" width="${W}" height="${H - 560}" fill="${palette.sage}"/>
    ${[600, 650, 700, 760, 820].map((y, i) => `<rect x="${560 + i * 30}" y="${y}" width="${480 - i * 60}" height="6" rx="3" fill="${palette.mist}" fill-opacity="0.7"/>`).join('')}`,
  'quiet-leaves': `<rect width="${W}" height="${H}" fill="${palette.stone}"/>
    ${leaf(620, 820, 560, -28, palette.moss)}${leaf(820, 840, 640, 6, palette.pine)}${leaf(1010, 820, 520, 34, palette.sage)}
    <circle cx="1320" cy="200" r="70" fill="${palette.mist}"/>`,
  'gentle-waves': `${sky(palette.mist, palette.mist)}${wave(430, 50, 0, palette.stone)}${wave(540, 45, 1, palette.sage, 0.9)}
    ${wave(650, 40, 2, palette.moss, 0.9)}${wave(770, 30, 3, palette.pine)}`,
  'stones-in-balance': `${sky(palette.mist, palette.sage)}<rect y="740" width="${W}" height="160" fill="${palette.moss}"/>
    <ellipse cx="800" cy="690" rx="230" ry="70" fill="${palette.clay}"/><ellipse cx="800" cy="565" rx="170" ry="58" fill="${palette.stone}"/>
    <ellipse cx="800" cy="465" rx="115" ry="45" fill="#bfb29f"/><ellipse cx="800" cy="390" rx="70" ry="32" fill="${palette.stone}"/>`,
}

const fixtures = process.argv.includes('--fixtures')
const outDir = path.resolve(fixtures ? 'tests/fixtures/images/images' : 'content/images')
mkdirSync(outDir, { recursive: true })
for (const [name, body] of Object.entries(drawings)) {
  if (fixtures && !['layered-hills', 'quiet-leaves'].includes(name)) continue
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`
  const file = path.join(outDir, `${name}.png`)
  // Fixtures are small so tests stay fast; 800x450 keeps the 16:9 of the heroes.
  await sharp(Buffer.from(svg))
    .resize(fixtures ? 800 : W)
    .png({ compressionLevel: 9, palette: !fixtures })
    .toFile(file)
  console.log(path.relative(process.cwd(), file))
}
