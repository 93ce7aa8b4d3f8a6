import { PortableText, type PortableTextComponents } from '@portabletext/react'
import { useMemo } from 'react'

import type { Bibliography } from '~/lib/citations'
import type { PortableTextBody } from '~/lib/content/types'
import { ARTICLE_COLUMN_SIZES, toImageRef } from '~/lib/images'
import { groupCites, type CiteGroup } from '~/lib/portable-text/group-cites'
import { isSafeHref } from '~/lib/portable-text/safe-href'

import { InTextCitation } from './in-text-citation'
import { SanityImage } from './sanity-image'

interface RichTextProps {
  value: PortableTextBody
  /** Resolves `cite` annotations; without it the cited text renders without a parenthetical. */
  bibliography?: Bibliography
  /** Anchor ids for headings, by block key (the table of contents links to them). */
  headingIds?: ReadonlyMap<string, string>
}

// Content renders through React components only, never as raw HTML.
export function RichText({ value, bibliography, headingIds }: RichTextProps) {
  const blocks = useMemo(() => groupCites(value), [value])
  const components = useMemo(() => createComponents(bibliography, headingIds), [bibliography, headingIds])
  return <PortableText value={blocks} components={components} onMissingComponent={false} />
}

function createComponents(
  bibliography: Bibliography | undefined,
  headingIds: ReadonlyMap<string, string> = new Map(),
): PortableTextComponents {
  const idOf = (value: { _key?: string }) => (value._key ? headingIds.get(value._key) : undefined)
  return {
    // Content of a type this site does not know yet renders nothing (and no hidden developer notice).
    unknownType: () => null,
    unknownMark: ({ children }) => <>{children}</>,
    block: {
      h2: ({ children, value }) => <h2 id={idOf(value)}>{children}</h2>,
      h3: ({ children, value }) => <h3 id={idOf(value)}>{children}</h3>,
      h4: ({ children }) => <h4>{children}</h4>,
      blockquote: ({ children }) => <blockquote>{children}</blockquote>,
    },
    marks: {
      link: ({ value, children }) => {
        const href: unknown = value?.href
        if (!isSafeHref(href)) return <>{children}</>
        const external = /^https?:/i.test(href.trim())
        return (
          <a href={href.trim()} {...(external ? { rel: 'noopener noreferrer' } : {})}>
            {children}
          </a>
        )
      },
      citeGroup: ({ value, children }) => {
        const cite = bibliography?.cite((value as CiteGroup | undefined)?.items ?? [])
        return (
          <>
            {children}
            {cite ? <InTextCitation citation={cite} /> : null}
          </>
        )
      },
    },
    types: {
      image: ({ value }) => {
        const image = toImageRef(value as Record<string, unknown>)
        const caption = (value as { caption?: unknown }).caption
        if (!image) return null
        return (
          <figure>
            <SanityImage image={image} sizes={ARTICLE_COLUMN_SIZES} />
            {typeof caption === 'string' && caption ? <figcaption>{caption}</figcaption> : null}
          </figure>
        )
      },
    },
  }
}
