import { TagIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { checkExcerptLength } from '../rules'

// What an article is about (Depression, Anxiety, Trauma & PTSD…): a page at /topics/<slug>, a feed category.
export const topicType = defineType({
  name: 'topic',
  title: 'Topic',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      validation: rule => rule.required().error('Name the topic, e.g. “Anxiety”.'),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'The end of the topic page’s address: wellmindbody.co/topics/… Click “Generate”.',
      options: { source: 'title', maxLength: 96 },
      validation: rule =>
        rule.custom(slug =>
          slug?.current?.trim() ? true : 'Give the topic a web address: click “Generate” to make one from its name.',
        ),
    }),
    defineField({
      name: 'description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences (50–200 characters), shown at the top of the topic page and in search results.',
      validation: rule => rule.custom(checkExcerptLength),
    }),
  ],
  orderings: [{ title: 'Name', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: { select: { title: 'title', subtitle: 'description' } },
})
