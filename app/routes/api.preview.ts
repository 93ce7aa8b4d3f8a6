import { type LoaderFunctionArgs, redirect } from '@remix-run/node'

import { PRIVATE_HEADERS } from '~/lib/http'

// The only way into a preview: /api/preview?secret=…&to=/blog/<slug> (or a Studio-made preview URL).
export async function loader({ request, context }: LoaderFunctionArgs) {
  const session = await context.previewSessions.start(request)
  if (!session)
    return new Response('A preview needs the right secret: open it from the Studio.', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...PRIVATE_HEADERS },
    })
  return redirect(session.to, { headers: { 'Set-Cookie': session.setCookie, ...PRIVATE_HEADERS } })
}
