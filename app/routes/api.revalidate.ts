import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'

// Sanity's GROQ-powered webhook: verified, then what the change shows is dropped from every cache.
export const action = ({ request, context }: ActionFunctionArgs) => context.webhook.handle(request)
export const loader = ({ request, context }: LoaderFunctionArgs) => context.webhook.handle(request)
