import { displaySize, imageUrl, srcSetWidths } from '~/lib/images'
import type { ImageRef } from '~/lib/content/types'

export interface SanityImageProps {
  image: ImageRef
  /** The CSS width the image takes at each breakpoint: the browser picks from the srcset with it. */
  sizes: string
  /** Width / height to cut to (the hotspot stays in view); the asset's own crop when left out. */
  aspect?: number
  /** The page's main image: fetched first, never lazily (it is the Largest Contentful Paint). */
  priority?: boolean
  /** srcset steps for an image always shown small (a portrait); the column widths when left out. */
  widths?: readonly number[]
  className?: string
}

export function SanityImage({ image, sizes, aspect, priority = false, widths: steps, className }: SanityImageProps) {
  const size = displaySize(image, aspect)
  const widths = size ? srcSetWidths(size.width, steps) : []
  const largest = widths.at(-1)
  return (
    // Keyed by the image: on client navigation to another article, a new element, so the previous
    // article's picture never shows while the next one loads.
    <img
      key={image.url}
      src={largest ? imageUrl(image, Math.min(largest, 1280), aspect) : image.url}
      srcSet={widths.map(width => `${imageUrl(image, width, aspect)} ${width}w`).join(', ') || undefined}
      sizes={widths.length > 0 ? sizes : undefined}
      // Both set, so the browser reserves the box before the bytes arrive: no layout shift.
      width={size?.width}
      height={size?.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding={priority ? 'auto' : 'async'}
      // React 18 does not know fetchPriority yet; the lowercase attribute passes through as is.
      {...(priority ? { fetchpriority: 'high' } : {})}
      className={className}
    />
  )
}
