import { authorType } from './documents/author'
import { citationType } from './documents/citation'
import { postType } from './documents/post'
import { redirectType } from './documents/redirect'
import { siteSettingsType } from './documents/site-settings'
import { blockContentType } from './objects/block-content'
import { citeType } from './objects/cite'
import { linkType } from './objects/link'
import { personNameType } from './objects/person-name'
import { seoType } from './objects/seo'

// The content model of docs/content-model.md, type for type.
export const schemaTypes = [
  postType,
  authorType,
  citationType,
  siteSettingsType,
  redirectType,
  blockContentType,
  linkType,
  citeType,
  personNameType,
  seoType,
]
