import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import type { ShouldRevalidateFunction } from '@remix-run/react'
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import type { ReactNode } from 'react'

import { CrisisBar } from './components/crisis-bar'
import { ErrorPage } from './components/error-page'
import type { MissingPageData } from './lib/http'
import { PreviewBanner } from './components/preview-banner'
import { SiteFooter } from './components/site-footer'
import { SiteHeader } from './components/site-header'
import './lib/load-context'
import { loadSiteHead } from './lib/meta'
import { useNonce } from './lib/nonce'
import { FALLBACK_DISCLAIMER } from './lib/disclaimer'
import { showsDisclaimer, wantsHydration } from './lib/route-handle'
import stylesheet from './tailwind.css'

const FALLBACK_TITLE = 'Well Mind Body'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  // PNGs drawn from the SVG by scripts/render-icons.mjs: iOS home screens and the web manifest want bitmaps.
  { rel: 'apple-touch-icon', href: '/apple-touch-icon.png' },
  { rel: 'manifest', href: '/site.webmanifest' },
  // Lets a browser add the site's search to its address bar.
  { rel: 'search', type: 'application/opensearchdescription+xml', title: 'Well Mind Body', href: '/opensearch.xml' },
]

export async function loader({ context, request }: LoaderFunctionArgs) {
  return { site: await loadSiteHead(context, request), preview: context.preview?.active === true }
}

// Site settings change rarely: paging through the blog (a new ?page) should not fetch them again each time.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod !== undefined && formMethod !== 'GET' ? defaultShouldRevalidate : false

// Pages give their own head tags (app/lib/outputs/head.ts); this one serves error pages.
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const site = data?.site.title ?? FALLBACK_TITLE
  if (!error) return [{ title: site }]
  const missing = isRouteErrorResponse(error) && error.status === 404
  return [
    { title: `${missing ? 'Page not found' : 'Something went wrong'} | ${site}` },
    {
      name: 'description',
      content: missing
        ? 'This page is not here. The blog, the practice’s services and crisis help are one link away.'
        : 'Something went wrong on our side. Crisis help: call or text 988, or call 911 in immediate danger.',
    },
  ]
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root')
  const title = data?.site.title ?? FALLBACK_TITLE
  const matches = useMatches()
  const nonce = useNonce()
  const hydrate = wantsHydration(matches, process.env.NODE_ENV === 'development')
  const disclaimer = showsDisclaimer(matches) ? null : (data?.site.disclaimer ?? FALLBACK_DISCLAIMER)
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1d3a32" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <CrisisBar />
        {data?.preview ? <PreviewBanner /> : null}
        <SiteHeader title={title} />
        <div className="flex-1">{children}</div>
        <SiteFooter title={title} disclaimer={disclaimer} />
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
        <script type="module" src="/enhance.js" nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  const error = useRouteError()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const data: unknown = isRouteErrorResponse(error) ? error.data : null
  const suggestions =
    typeof data === 'object' && data !== null && Array.isArray((data as Partial<MissingPageData>).suggestions)
      ? (data as MissingPageData).suggestions
      : []
  return <ErrorPage status={status} suggestions={suggestions} />
}
