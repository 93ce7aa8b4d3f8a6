import type { LoaderFunctionArgs } from '@remix-run/node'

// The asset id in the path is its content hash: a URL's bytes never change, so keep them for a year.
const IMMUTABLE = 'public, max-age=31536000, immutable'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const image = await context.images.get(url.pathname, url.searchParams, request.headers.get('Accept'))
  if (image.status !== 200)
    return new Response(image.message, { status: image.status, headers: { 'Content-Type': 'text/plain' } })
  return new Response(new Uint8Array(image.body), {
    headers: {
      'Content-Type': image.contentType,
      'Content-Length': String(image.body.length),
      'Cache-Control': IMMUTABLE,
      ...(image.varyOnAccept ? { Vary: 'Accept' } : {}),
    },
  })
}
