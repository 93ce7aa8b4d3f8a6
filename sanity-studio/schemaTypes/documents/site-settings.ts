import { CogIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { checkHttpUrl } from '../rules'

// A singleton (_id "siteSettings"): opened from the desk, never created or deleted (see singletons.ts).
export const SITE_SETTINGS_ID = 'siteSettings'

export const siteSettingsType = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Site name',
      type: 'string',
      validation: rule => rule.required().error('Enter the name of the site, e.g. “Well Mind Body”.'),
    }),
    defineField({
      name: 'description',
      type: 'text',
      rows: 3,
      description: 'Describes the whole site in search results and when the home page is shared.',
    }),
    defineField({
      name: 'siteUrl',
      title: 'Site address',
      type: 'string',
      description: 'The public address of the site, e.g. https://wellmindbody.co',
      validation: rule => rule.custom(checkHttpUrl),
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})
