// What every meta function needs from the root loader: the site's name, description and canonical origin.
import type { SiteSettings } from './content/types.ts'
import { canonicalOrigin } from './outputs/urls.ts'

export interface SiteHead extends SiteSettings {
  origin: string
}

interface Match {
  id: string
  data: unknown
}

export function siteOf(matches: readonly Match[]): SiteHead | null {
  const data = matches.find(match => match.id === 'root')?.data as { site?: SiteHead } | undefined
  return data?.site ?? null
}

/** The site's settings and canonical origin, for loaders (the root's, and those of feeds and the sitemap). */
export async function loadSiteHead(
  context: { content: { getSiteSettings(): Promise<SiteSettings> }; publicSiteUrl: string | null },
  request: Request,
): Promise<SiteHead> {
  const settings = await context.content.getSiteSettings()
  return { ...settings, origin: canonicalOrigin(context.publicSiteUrl, settings.siteUrl, request.url) }
}
