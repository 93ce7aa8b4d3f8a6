// The local backend's twin of cdn.sanity.io: /images/local/production/<hash>-<w>x<h>.<ext>?w=…&rect=…&fm=…,
// made with sharp from the dataset's image files (ADR 008). Results are kept per process, bounded.
import sharp from 'sharp'

import { LOCAL_IMAGE_PREFIX } from '../images.ts'
import { createTaggedMap, type Invalidation } from '../invalidation/index.ts'
import { paramsKey, parseImageParams, type Format, type ImageParams } from './image-params.ts'

const KEPT_IMAGES = 200 // mostly srcset steps of a few dozen KB each
const ASSET_NAME = /^([a-f0-9]{40})-(\d+)x(\d+)\.(png|jpg)$/

const MIME: Record<Format, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

export type ImageResult =
  { status: 200; body: Buffer; contentType: string; varyOnAccept: boolean } | { status: 400 | 404; message: string }

export interface ImageTransformer {
  get(pathname: string, query: URLSearchParams, accept: string | null): Promise<ImageResult>
}

/** `findFile` answers where an asset's original is on disk (null: no such asset here). */
export function createImageTransformer({
  findFile,
  invalidation,
}: {
  findFile: (assetId: string) => string | null
  invalidation: Invalidation
}): ImageTransformer {
  const images = createTaggedMap<Promise<Buffer>>(KEPT_IMAGES)
  invalidation.register('images', images)

  return {
    async get(pathname, query, accept) {
      const match = pathname.startsWith(LOCAL_IMAGE_PREFIX)
        ? ASSET_NAME.exec(pathname.slice(LOCAL_IMAGE_PREFIX.length))
        : null
      if (!match) return { status: 404, message: 'No image at this address' }
      const [, hash, width, height, extension = 'png'] = match
      const assetId = `image-${hash}-${width}x${height}-${extension}`
      const parsed = parseImageParams(query, { width: Number(width), height: Number(height) })
      if (!parsed.ok) return { status: 400, message: `Bad image parameters: ${parsed.problem}` }
      const format = outputFormat(parsed.params.format, extension, accept)
      const key = `${assetId}|${paramsKey({ ...parsed.params, format })}`
      let body = images.get(key)
      if (!body) {
        const file = findFile(assetId)
        if (!file) return { status: 404, message: 'No image with this id in the dataset' }
        body = render(file, parsed.params, format)
        images.set(key, body, [`doc:${assetId}`])
        body.catch(() => images.drop([`doc:${assetId}`]))
      }
      try {
        return {
          status: 200,
          body: await body,
          contentType: MIME[format],
          varyOnAccept: parsed.params.format === 'auto',
        }
      } catch {
        // The file went missing or is damaged since the dataset was read: there is no such image now.
        return { status: 404, message: 'This image cannot be read' }
      }
    },
  }
}

// auto=format: WebP where the browser says it takes it, else the original's own format (as the CDN does).
function outputFormat(wanted: ImageParams['format'], extension: string, accept: string | null): Format {
  if (wanted && wanted !== 'auto') return wanted
  if (wanted === 'auto' && accept?.includes('image/webp')) return 'webp'
  return extension === 'jpg' ? 'jpg' : 'png'
}

const SHARP_FIT = { clip: 'inside', max: 'inside', crop: 'cover', min: 'cover', scale: 'fill' } as const

async function render(file: string, params: ImageParams, format: Format): Promise<Buffer> {
  let image = sharp(file)
  if (params.rect) image = image.extract(params.rect)
  if (params.width || params.height)
    image = image.resize({
      width: params.width ?? undefined,
      height: params.height ?? undefined,
      fit: SHARP_FIT[params.fit],
      // max and min never make an image larger than the original; clip, crop and scale may.
      withoutEnlargement: params.fit === 'max' || params.fit === 'min',
    })
  const quality = params.quality
  if (format === 'webp') return image.webp({ quality }).toBuffer()
  if (format === 'jpg') return image.jpeg({ quality, mozjpeg: true }).toBuffer()
  return image.png().toBuffer()
}
