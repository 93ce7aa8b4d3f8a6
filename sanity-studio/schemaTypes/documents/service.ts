import { CaseIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { checkExcerptLength } from '../rules'

// A service of the practice (e.g. ketamine-assisted psychotherapy): a page at /services/<slug>.
export const serviceType = defineType({
  name: 'service',
  title: 'Service',
  type: 'document',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      validation: rule => rule.required().error('Name the service.'),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'The end of the page’s address: wellmindbody.co/services/… Click “Generate”.',
      options: { source: 'title', maxLength: 96 },
      validation: rule =>
        rule.custom(slug =>
          slug?.current?.trim() ? true : 'Give the service a web address: click “Generate” to make one from its name.',
        ),
    }),
    defineField({
      name: 'summary',
      type: 'text',
      rows: 3,
      description: 'One or two sentences (50–200 characters): the services list, search results, shared links.',
      validation: rule => [
        rule.required().error('Write a short summary of the service (50–200 characters).'),
        rule.custom(checkExcerptLength),
      ],
    }),
    defineField({
      name: 'order',
      title: 'Position in the list',
      type: 'number',
      description: 'Services are listed from the lowest number up.',
      validation: rule => rule.integer().min(0).error('Use a whole number, 0 or more.'),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'blockContent',
      validation: rule => rule.required().min(1).error('Describe the service: the text is empty.'),
    }),
    defineField({
      name: 'relatedPosts',
      title: 'Articles to read',
      type: 'array',
      description: 'Articles shown under the service, e.g. the one that explains the treatment.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'post' }] })],
      validation: rule => rule.unique().error('This article is listed twice: remove one of them.'),
    }),
  ],
  orderings: [{ title: 'Position', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] }],
  preview: { select: { title: 'title', subtitle: 'summary' } },
})
