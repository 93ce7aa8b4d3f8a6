import { type LoaderFunctionArgs, redirect } from '@remix-run/node'

import { PRIVATE_HEADERS } from '~/lib/http'
import { safeReturnPath } from '~/lib/preview.server'

// Leaves the preview and goes back to the same page, as readers see it.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const to = safeReturnPath(new URL(request.url).searchParams.get('to'))
  return redirect(to, { headers: { 'Set-Cookie': await context.previewSessions.end(), ...PRIVATE_HEADERS } })
}
