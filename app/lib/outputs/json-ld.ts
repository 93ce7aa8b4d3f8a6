// schema.org structured data, as one @graph a page. It repeats what the page shows, nothing more. Remix's
// `script:ld+json` meta escapes "<", ">" and "&", so no content can close the script element.
import { createBibliography, doiUrl } from '../citations/index.ts'
import type { Author, Citation, Post, SiteSettings } from '../content/types.ts'
import type { ShareImage } from './share-card.ts'
import { authorPath, postPath } from './urls.ts'

type Node = Record<string, unknown>
type Site = Pick<SiteSettings, 'title' | 'description'> & { origin: string }

const organizationId = (origin: string) => `${origin}/#organization`
const websiteId = (origin: string) => `${origin}/#website`
const personId = (origin: string, slug: string) => `${origin}${authorPath(slug)}#person`

const graph = (nodes: Node[]) => ({ '@context': 'https://schema.org', '@graph': nodes })

function organization(site: Site): Node {
  return {
    '@type': 'Organization',
    '@id': organizationId(site.origin),
    name: site.title,
    url: `${site.origin}/`,
    logo: { '@type': 'ImageObject', url: `${site.origin}/logo.png`, width: 512, height: 512 },
    ...(site.description ? { description: site.description } : {}),
  }
}

function person(author: Pick<Author, 'name' | 'slug' | 'credentials' | 'role'>, site: Site): Node {
  const url = author.slug ? `${site.origin}${authorPath(author.slug)}` : null
  return {
    '@type': 'Person',
    ...(url && author.slug ? { '@id': personId(site.origin, author.slug), url } : {}),
    name: author.name,
    ...(author.credentials ? { honorificSuffix: author.credentials } : {}),
    ...(author.role ? { jobTitle: author.role } : {}),
    worksFor: { '@id': organizationId(site.origin) },
  }
}

const WORK_TYPES = { 'article-journal': 'ScholarlyArticle', book: 'Book', chapter: 'Chapter', webpage: 'WebPage' }

/** A cited work: a journal article is a ScholarlyArticle; its DOI, resolved, is its sameAs. */
function work(citation: Citation): Node {
  const doi = doiUrl(citation.doi)
  const authors = citation.authors.flatMap((name): Node[] =>
    name.literal
      ? [{ '@type': 'Organization', name: name.literal }]
      : name.family
        ? [{ '@type': 'Person', familyName: name.family, ...(name.given ? { givenName: name.given } : {}) }]
        : [],
  )
  return {
    '@type': WORK_TYPES[citation.type],
    name: citation.title,
    ...(authors.length ? { author: authors } : {}),
    ...(citation.year ? { datePublished: String(citation.year) } : {}),
    ...(citation.containerTitle
      ? {
          isPartOf: {
            '@type': citation.type === 'article-journal' ? 'Periodical' : 'CreativeWork',
            name: citation.containerTitle,
          },
        }
      : {}),
    ...(doi ? { sameAs: doi } : {}),
    ...(citation.url || doi ? { url: citation.url ?? doi } : {}),
  }
}

export function articleJsonLd(post: Post, image: ShareImage, site: Site) {
  const url = `${site.origin}${postPath(post.slug)}`
  const references = createBibliography(post.citations).entries.flatMap(entry => {
    const citation = post.citations.find(candidate => candidate.id === entry.id)
    return citation ? [work(citation)] : []
  })
  const author = post.author ? person(post.author, site) : null
  return graph([
    {
      '@type': 'BlogPosting',
      '@id': `${url}#article`,
      headline: post.title,
      ...(post.excerpt ? { description: post.excerpt } : {}),
      datePublished: post.publishedAt,
      dateModified: post.modifiedAt,
      image: { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height },
      ...(author ? { author } : {}),
      publisher: { '@id': organizationId(site.origin) },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
      inLanguage: 'en-US',
      ...(references.length ? { citation: references } : {}),
    },
    organization(site),
  ])
}

export function authorJsonLd(author: Author, site: Site) {
  const url = author.slug ? `${site.origin}${authorPath(author.slug)}` : site.origin
  return graph([
    {
      '@type': 'ProfilePage',
      '@id': url,
      url,
      mainEntity: person(author, site),
    },
    organization(site),
  ])
}

export function homeJsonLd(site: Site) {
  return graph([
    organization(site),
    {
      '@type': 'WebSite',
      '@id': websiteId(site.origin),
      name: site.title,
      url: `${site.origin}/`,
      publisher: { '@id': organizationId(site.origin) },
      inLanguage: 'en-US',
    },
  ])
}

/** A page of the practice site (services, topics, privacy…): what it is and who publishes it. */
export function webPageJsonLd(
  page: {
    path: string
    title: string
    description: string | null
    type?: 'WebPage' | 'CollectionPage' | 'AboutPage' | 'ContactPage' | 'MedicalWebPage'
  },
  site: Site,
) {
  const url = `${site.origin}${page.path}`
  return graph([
    {
      '@type': page.type ?? 'WebPage',
      '@id': url,
      url,
      name: page.title,
      ...(page.description ? { description: page.description } : {}),
      isPartOf: { '@id': websiteId(site.origin) },
      publisher: { '@id': organizationId(site.origin) },
      inLanguage: 'en-US',
    },
    organization(site),
  ])
}
