import type { LoaderFunctionArgs } from '@remix-run/node'

import { notFound } from '~/lib/http'
import { loadSiteHead } from '~/lib/meta'

// A version is made once and never changes: platforms and browsers may keep it for a year.
const IMMUTABLE = 'public, max-age=31536000, immutable'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const site = await loadSiteHead(context, request)
  const image = await context.shareImages.get(new URL(request.url).pathname, site.origin)
  if (!image) throw notFound('No share image at this address')
  if (image.kind === 'moved')
    return new Response(null, { status: 302, headers: { Location: image.to, 'Cache-Control': 'public, max-age=300' } })
  return new Response(new Uint8Array(image.png), {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(image.png.length), 'Cache-Control': IMMUTABLE },
  })
}
