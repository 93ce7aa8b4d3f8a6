import { authorType } from './documents/author'
import { citationType } from './documents/citation'
import { pageType } from './documents/page'
import { postType } from './documents/post'
import { redirectType } from './documents/redirect'
import { serviceType } from './documents/service'
import { siteSettingsType } from './documents/site-settings'
import { topicType } from './documents/topic'
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
  topicType,
  serviceType,
  pageType,
  redirectType,
  blockContentType,
  linkType,
  citeType,
  personNameType,
  seoType,
]
