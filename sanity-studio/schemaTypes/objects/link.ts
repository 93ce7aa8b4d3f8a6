import { LinkIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { checkHref } from '../rules'

export const linkType = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Goes to',
      type: 'string',
      description:
        'A web address (https://…), an email (mailto:…), a phone number (tel:…) or a page of this site (/blog/…).',
      validation: rule => rule.custom(checkHref),
    }),
  ],
})
