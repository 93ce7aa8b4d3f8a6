// The query of an image URL, as cdn.sanity.io reads it and @sanity/image-url writes it, checked and bounded
// before any pixel is touched. Unknown parameters are ignored (as the CDN does); bad values are refused.

export const MAX_IMAGE_SIDE = 2400

export type Fit = 'clip' | 'crop' | 'max' | 'min' | 'scale'
export type Format = 'jpg' | 'png' | 'webp'

export interface ImageParams {
  width: number | null
  height: number | null
  rect: { left: number; top: number; width: number; height: number } | null
  fit: Fit
  format: Format | 'auto' | null
  quality: number
}

const FITS: readonly string[] = ['clip', 'crop', 'max', 'min', 'scale']
const FORMATS: readonly string[] = ['jpg', 'pjpg', 'png', 'webp']

export type ParsedParams = { ok: true; params: ImageParams } | { ok: false; problem: string }

/** `source` is the asset's own size: a rect must lie inside it. */
export function parseImageParams(query: URLSearchParams, source: { width: number; height: number }): ParsedParams {
  const problems: string[] = []
  const int = (name: string, min: number, max: number): number | null => {
    const raw = query.get(name)
    if (raw === null) return null
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`)
      return null
    }
    return Number(raw)
  }
  const dprRaw = query.get('dpr')
  const dpr = dprRaw === null ? 1 : Number(dprRaw)
  if (!(dpr >= 1 && dpr <= 3)) problems.push(`dpr must be from 1 to 3, got "${dprRaw}"`)
  const w = int('w', 1, MAX_IMAGE_SIDE)
  const h = int('h', 1, MAX_IMAGE_SIDE)
  const quality = int('q', 1, 100) ?? 75
  const fit = query.get('fit') ?? 'clip'
  if (!FITS.includes(fit)) problems.push(`fit must be one of ${FITS.join(', ')}, got "${fit}"`)
  const fm = query.get('fm')
  if (fm !== null && !FORMATS.includes(fm)) problems.push(`fm must be one of ${FORMATS.join(', ')}, got "${fm}"`)
  const auto = query.get('auto')
  if (auto !== null && auto !== 'format') problems.push(`auto must be "format", got "${auto}"`)
  const rect = parseRect(query.get('rect'), source, problems)
  const scaled = (side: number | null) => (side === null ? null : Math.round(side * dpr))
  const width = scaled(w)
  const height = scaled(h)
  if ((width ?? 0) > MAX_IMAGE_SIDE || (height ?? 0) > MAX_IMAGE_SIDE)
    problems.push(`w and h times dpr must be at most ${MAX_IMAGE_SIDE}`)
  if (problems.length > 0) return { ok: false, problem: problems.join('; ') }
  // An explicit fm wins over auto=format, as on the CDN.
  const format = fm === 'pjpg' ? 'jpg' : ((fm as Format | null) ?? (auto ? 'auto' : null))
  return { ok: true, params: { width, height, rect, fit: fit as Fit, format, quality } }
}

function parseRect(raw: string | null, source: { width: number; height: number }, problems: string[]) {
  if (raw === null) return null
  const parts = raw.split(',')
  const [left, top, width, height] = parts.map(Number) as [number, number, number, number]
  const whole = parts.length === 4 && parts.every(part => /^\d+$/.test(part))
  if (!whole || width < 1 || height < 1 || left + width > source.width || top + height > source.height) {
    problems.push(`rect must be left,top,width,height inside the ${source.width}x${source.height} image, got "${raw}"`)
    return null
  }
  return { left, top, width, height }
}

/** One key per distinct output: the cache's key, so `?w=400&q=75` and `?q=75&w=400` are one entry. */
export function paramsKey(params: ImageParams): string {
  const { width, height, rect, fit, format, quality } = params
  return [width, height, rect && Object.values(rect).join(','), fit, format, quality].join('|')
}
