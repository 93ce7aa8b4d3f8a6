// Image URLs through Sanity's pipeline (see docs/decisions/008-images.md). An asset's URL names its project,
// dataset and id; the same builder makes cdn.sanity.io URLs and, offline, the site's own /images/local/… URLs.
import { createImageUrlBuilder } from '@sanity/image-url'

import type { ImageRef } from './content/types.ts'

/** Where the local backend serves its assets: projectId "local", dataset "production", on the site itself. */
export const LOCAL_IMAGE_PREFIX = '/images/local/production/'

const ASSET_URL = /^(https:\/\/cdn\.sanity\.io)?\/images\/([a-z0-9-]+)\/([a-z0-9_-]+)\/([a-f0-9]+)-(\d+)x(\d+)\.(\w+)$/

/** Only an https URL or the site's own image path is ever put in a src (never javascript:, never //host). */
export function isImageUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false
  if (url.startsWith(LOCAL_IMAGE_PREFIX)) return /^[\w./-]+$/.test(url) && !url.includes('..')
  return /^https:\/\/[^\s"'<>]+$/.test(url)
}

export interface AssetUrlParts {
  baseUrl: string
  projectId: string
  dataset: string
  /** The asset document id, as a reference names it: image-<hash>-<w>x<h>-<ext>. */
  ref: string
  width: number
  height: number
}

/** The parts of an asset URL the builder needs; null for a URL not from an image pipeline. */
export function parseAssetUrl(url: string): AssetUrlParts | null {
  const match = ASSET_URL.exec(url)
  if (!match) return null
  const [, origin, projectId = '', dataset = '', hash, width = '0', height = '0', extension] = match
  // A relative base ('/') makes the builder write /images/… paths: the local backend's own origin.
  return {
    baseUrl: origin ?? '/',
    projectId,
    dataset,
    ref: `image-${hash}-${width}x${height}-${extension}`,
    width: Number(width),
    height: Number(height),
  }
}

/** The width and height of what is shown: the crop of the asset, or that cut to the wanted aspect ratio. */
export function displaySize(image: ImageRef, aspect?: number): { width: number; height: number } | null {
  const parts = parseAssetUrl(image.url)
  const width = image.width ?? parts?.width
  const height = image.height ?? parts?.height
  if (!width || !height) return null
  const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 }
  const cropped = { width: width * (1 - crop.left - crop.right), height: height * (1 - crop.top - crop.bottom) }
  if (!aspect) return { width: Math.round(cropped.width), height: Math.round(cropped.height) }
  const shown = Math.min(cropped.width, cropped.height * aspect)
  return { width: Math.round(shown), height: Math.round(shown / aspect) }
}

/** One URL of the image at a width (and, with an aspect ratio, the height that keeps it; hotspot decides). */
export function imageUrl(image: ImageRef, width: number, aspect?: number): string {
  const parts = parseAssetUrl(image.url)
  if (!parts) return image.url
  const { baseUrl, projectId, dataset, ref } = parts
  let builder = createImageUrlBuilder({ baseUrl, projectId, dataset })
    .image({
      asset: { _ref: ref },
      ...(image.crop ? { crop: image.crop } : {}),
      ...(image.hotspot ? { hotspot: image.hotspot } : {}),
    })
    .width(width)
    .auto('format')
  if (aspect) builder = builder.height(Math.round(width / aspect)).fit('crop')
  return builder.url()
}

/** The article column: main is max-w-3xl (48rem) with px-5 (1.25rem a side), the full width below that. */
export const ARTICLE_COLUMN_SIZES = '(min-width: 48rem) 45.5rem, calc(100vw - 2.5rem)'

// Wide enough for a 3x phone and a 2x max-w-3xl column; never wider than the asset itself.
const WIDTHS = [320, 480, 640, 800, 1024, 1280, 1600, 2048]

/** The srcset widths: each step narrower than the image, and the image's own width if a step was wider. */
export function srcSetWidths(shownWidth: number, widths: readonly number[] = WIDTHS): number[] {
  const below = widths.filter(width => width < shownWidth)
  return below.length < widths.length ? [...below, shownWidth] : below
}

/** A Portable Text image block, as the article query projects it, as an ImageRef (null when unusable). */
export function toImageRef(value: Record<string, unknown>): ImageRef | null {
  if (!isImageUrl(value.url)) return null
  const number = (field: unknown) => (typeof field === 'number' ? field : null)
  const object = <T>(field: unknown) => (field && typeof field === 'object' ? (field as T) : null)
  return {
    url: value.url,
    alt: typeof value.alt === 'string' ? value.alt : '',
    width: number(value.width),
    height: number(value.height),
    crop: object<ImageRef['crop']>(value.crop),
    hotspot: object<ImageRef['hotspot']>(value.hotspot),
  }
}
