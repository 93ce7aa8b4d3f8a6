import { DocumentIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { checkExcerptLength } from '../rules'

// A standalone page of the practice site (privacy, accessibility…), at /<slug>. Home, about, services,
// contact and the blog have their own addresses, which a page cannot take.
// "home" too: the home page's share card lives at /share-images/home/….
export const RESERVED_PAGE_SLUGS = [
  'about',
  'blog',
  'contact',
  'services',
  'topics',
  'authors',
  'api',
  'build',
  'home',
  'images',
  'share-images',
]

export const pageType = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentIcon,
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      validation: rule => rule.required().error('Give the page a title.'),
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      description: 'The end of the page’s address: wellmindbody.co/… Click “Generate”.',
      options: { source: 'title', maxLength: 96 },
      validation: rule =>
        rule.custom(slug => {
          const current = slug?.current?.trim()
          if (!current) return 'Give the page a web address: click “Generate” to make one from the title.'
          if (RESERVED_PAGE_SLUGS.includes(current))
            return `“/${current}” is already a section of the site. Choose another address for this page.`
          return true
        }),
    }),
    defineField({
      name: 'summary',
      type: 'text',
      rows: 3,
      description: 'One or two sentences (50–200 characters) for search results and shared links.',
      validation: rule => rule.custom(checkExcerptLength),
    }),
    defineField({ name: 'updatedAt', title: 'Last revised', type: 'date' }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'blockContent',
      validation: rule => rule.required().min(1).error('Write the page: the text is empty.'),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
})
