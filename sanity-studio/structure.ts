import { BookIcon, CaseIcon, CogIcon, DocumentIcon, DocumentTextIcon, TagIcon, TransferIcon, UserIcon } from '@sanity/icons'
import type { StructureBuilder, StructureResolver } from 'sanity/structure'

import { SITE_SETTINGS_ID } from './schemaTypes/documents/site-settings'

// The desk lists query through the Studio's drafts perspective: a draft shows under its published id, and
// `_originalId` tells whether it is a draft. Dates compare through dateTime() (see docs/content-model.md).
export const ARTICLE_FILTERS = {
  all: `_type == "post"`,
  published: `_type == "post" && !(_originalId in path("drafts.**")) && dateTime(publishedAt) <= dateTime(now())`,
  drafts: `_type == "post" && _originalId in path("drafts.**")`,
  scheduled: `_type == "post" && dateTime(publishedAt) > dateTime(now())`,
}

const NEWEST_FIRST = [{ field: 'publishedAt', direction: 'desc' as const }]
const BY_FIRST_AUTHOR = [
  { field: 'authors[0].family', direction: 'asc' as const },
  { field: 'authors[0].literal', direction: 'asc' as const },
  { field: 'year', direction: 'asc' as const },
]
const BY_OLD_ADDRESS = [{ field: 'from', direction: 'asc' as const }]
const BY_TITLE = [{ field: 'title', direction: 'asc' as const }]
const BY_POSITION = [
  { field: 'order', direction: 'asc' as const },
  { field: 'title', direction: 'asc' as const },
]

function articleList(S: StructureBuilder, id: keyof typeof ARTICLE_FILTERS, title: string) {
  return S.listItem()
    .id(id)
    .title(title)
    .schemaType('post')
    .child(
      S.documentList()
        .id(id)
        .title(title)
        .schemaType('post')
        .apiVersion('2025-02-19')
        .filter(ARTICLE_FILTERS[id])
        .defaultOrdering(NEWEST_FIRST),
    )
}

export const structure: StructureResolver = S =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .id('articles')
        .title('Articles')
        .icon(DocumentTextIcon)
        .child(
          S.list()
            .id('articles')
            .title('Articles')
            .items([
              articleList(S, 'all', 'All articles'),
              articleList(S, 'published', 'Published'),
              articleList(S, 'drafts', 'Drafts'),
              articleList(S, 'scheduled', 'Scheduled'),
            ]),
        ),
      S.documentTypeListItem('author').title('Authors').icon(UserIcon),
      S.listItem()
        .id('references')
        .title('References')
        .icon(BookIcon)
        .schemaType('citation')
        .child(S.documentTypeList('citation').title('References').defaultOrdering(BY_FIRST_AUTHOR)),
      S.listItem()
        .id('topics')
        .title('Topics')
        .icon(TagIcon)
        .schemaType('topic')
        .child(S.documentTypeList('topic').title('Topics').defaultOrdering(BY_TITLE)),
      S.listItem()
        .id('services')
        .title('Services')
        .icon(CaseIcon)
        .schemaType('service')
        .child(S.documentTypeList('service').title('Services').defaultOrdering(BY_POSITION)),
      S.listItem()
        .id('pages')
        .title('Pages')
        .icon(DocumentIcon)
        .schemaType('page')
        .child(S.documentTypeList('page').title('Pages').defaultOrdering(BY_TITLE)),
      S.listItem()
        .id('redirects')
        .title('Redirects')
        .icon(TransferIcon)
        .schemaType('redirect')
        .child(S.documentTypeList('redirect').title('Redirects').defaultOrdering(BY_OLD_ADDRESS)),
      S.divider(),
      S.listItem()
        .id(SITE_SETTINGS_ID)
        .title('Site settings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
    ])
