import { CogIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { checkHttpUrl, checkPhone } from '../rules'

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
    defineField({
      name: 'founder',
      title: 'Practice lead',
      type: 'reference',
      to: [{ type: 'author' }],
      description: 'The clinician the About page presents, from her author document.',
    }),
    defineField({
      name: 'intro',
      title: 'Who the practice serves',
      type: 'text',
      rows: 4,
      description: 'Shown at the top of the home page: who the practice serves and how it works.',
    }),
    defineField({
      name: 'specialties',
      type: 'array',
      description: 'Listed on the home page, e.g. “Women’s mental health”.',
      of: [defineArrayMember({ type: 'string' })],
    }),
    defineField({
      name: 'phone',
      type: 'string',
      description: 'The practice’s phone number as readers should dial it, e.g. (555) 010-0100.',
      validation: rule => rule.custom(checkPhone),
    }),
    defineField({
      name: 'email',
      type: 'string',
      description: 'The address readers can write to. Never used for clinical details.',
      validation: rule => rule.email().error('Enter an email address, e.g. hello@example.com.'),
    }),
    defineField({ name: 'address', type: 'text', rows: 3, description: 'The practice’s address, as on a letter.' }),
    defineField({
      name: 'disclaimer',
      type: 'text',
      rows: 5,
      description:
        'Shown under every article: educational, not medical advice, no therapist–client relationship, where to seek care.',
      validation: rule => rule.required().error('Write the disclaimer shown under every article.'),
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})
