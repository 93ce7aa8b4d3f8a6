import type { LoaderFunctionArgs } from '@remix-run/node'

import { missingPage } from '~/lib/http'

// Every address no other route claims: a redirect where one is set (legacy Squarespace addresses), else a 404,
// rendered by the root error boundary as the designed page.
export async function loader({ request, context }: LoaderFunctionArgs) {
  throw await missingPage(request, context)
}

export default function NotFound() {
  return null
}
