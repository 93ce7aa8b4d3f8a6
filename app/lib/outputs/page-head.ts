// Head tags for the practice's pages (services, topics, about, contact, standalone pages): the same tags as
// every page, a generated card of the page's own as the share image, and a WebPage in JSON-LD.
import type { MetaDescriptor } from '@remix-run/node'

import type { SiteHead } from '../meta.ts'
import { headTags } from './head.ts'
import { webPageJsonLd } from './json-ld.ts'
import { generatedImage, pageCard, type PageCardText } from './share-card.ts'

type PageType = NonNullable<Parameters<typeof webPageJsonLd>[0]['type']>

export function practicePageHead(
  site: SiteHead,
  page: { path: string; title: string; description: string | null; type?: PageType },
  // What its share card says; app/lib/outputs/share-images.server.ts draws the same card from the content.
  card: PageCardText,
): MetaDescriptor[] {
  return headTags({
    site,
    path: page.path,
    title: page.title,
    description: page.description ?? site.description,
    type: 'website',
    image: generatedImage(page.path, pageCard(card, site, site.origin), null, site.origin),
    jsonLd: webPageJsonLd(page, site),
  })
}
