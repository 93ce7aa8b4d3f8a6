import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { altTextField } from '../objects/alt-text'

export const authorType = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      type: 'string',
      validation: rule => rule.required().error('Enter the author’s name.'),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description:
        'The end of the author’s page address: wellmindbody.co/authors/… Click “Generate” to make it from the name.',
      options: { source: 'name', maxLength: 96 },
      validation: rule =>
        rule.custom(slug =>
          slug?.current?.trim()
            ? true
            : 'Give the author page a web address: click “Generate” to make one from the name.',
        ),
    }),
    defineField({ name: 'credentials', type: 'string', description: 'e.g. “Ph.D., LPC-S, LMFT”.' }),
    defineField({
      name: 'role',
      type: 'string',
      description: 'e.g. “Founder, psychotherapist and clinical supervisor”.',
    }),
    defineField({
      name: 'shortBio',
      title: 'Short bio',
      type: 'text',
      rows: 3,
      description: 'Two or three sentences, shown under each article.',
    }),
    defineField({ name: 'bio', title: 'Full bio', type: 'blockContent', description: 'Shown on the author’s page.' }),
    defineField({
      name: 'image',
      title: 'Portrait',
      type: 'image',
      options: { hotspot: true },
      fields: [altTextField()],
    }),
  ],
  preview: { select: { title: 'name', subtitle: 'credentials', media: 'image' } },
})
