import { notFound } from '~/lib/http'

// Every address no other route claims: a 404, rendered by the root error boundary as the designed page.
export async function loader() {
  throw notFound()
}

export default function NotFound() {
  return null
}
