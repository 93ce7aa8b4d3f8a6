import { DocumentTextIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { ReferenceListInput } from '../../components/reference-list-input'
import { checkCitedAreListed, checkListedAreCited } from '../citation-integrity'
import { altTextField } from '../objects/alt-text'
import { checkSlugWasAnotherPost } from '../lookups'
import { checkExcerptLength, checkReviewPair, checkTitleLength } from '../rules'
import { practiceAuthor } from './practice-author'
import { previewPost } from './post-preview'

export const postType = defineType({
  name: 'post',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'sources', title: 'Sources' },
    { name: 'sharing', title: 'Search & sharing' },
  ],
  fields: [
    defineField({
      name: 'title',
      type: 'string',
      group: 'content',
      validation: rule => [rule.required().error('Give the article a title.'), rule.custom(checkTitleLength)],
    }),
    defineField({
      name: 'slug',
      title: 'Web address',
      type: 'slug',
      group: 'content',
      description:
        'The end of the article’s address: wellmindbody.co/blog/… Click “Generate” to make it from the title.',
      options: { source: 'title', maxLength: 96 },
      // Not rule.required().error(…): a rule's message would also replace the built-in "already in use" one.
      validation: rule => [
        rule.custom(slug =>
          slug?.current?.trim() ? true : 'Give the article a web address: click “Generate” to make one from the title.',
        ),
        rule.custom(checkSlugWasAnotherPost).warning(),
      ],
    }),
    defineField({
      name: 'excerpt',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: 'content',
      description:
        'One or two sentences (50–200 characters). Shown on the blog page, in search results and when the article is shared.',
      validation: rule => [
        rule.required().error('Write a short summary of the article (50–200 characters).'),
        rule.custom(checkExcerptLength),
      ],
    }),
    defineField({
      name: 'publishedAt',
      title: 'Publication date',
      type: 'datetime',
      group: 'content',
      description: 'A date in the future schedules the article: it appears on the site at that time.',
      initialValue: () => new Date().toISOString(),
      validation: rule =>
        rule.required().error('Set the publication date (a date in the future schedules the article).'),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Last revised',
      type: 'datetime',
      group: 'content',
      description: 'Only when you have revised a published article substantially.',
    }),
    defineField({
      name: 'author',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'content',
      initialValue: practiceAuthor,
      validation: rule => rule.required().error('Choose who wrote the article.'),
    }),
    defineField({
      name: 'topics',
      type: 'array',
      group: 'content',
      description: 'What the article is about. It is listed on each topic’s page.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
      validation: rule => rule.unique().error('This topic is listed twice: remove one of them.'),
    }),
    defineField({
      name: 'reviewedBy',
      title: 'Clinically reviewed by',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'content',
      description: 'The clinician who checked the article’s clinical content (she may be its author).',
      validation: rule => rule.custom(checkReviewPair('reviewedBy')),
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last clinical review',
      type: 'date',
      group: 'content',
      description: 'The day of the last clinical review. Readers see “Clinically reviewed by … on …”.',
      validation: rule => rule.custom(checkReviewPair('lastReviewed')),
    }),
    defineField({
      name: 'sensitiveTopic',
      title: 'Sensitive topic',
      type: 'boolean',
      group: 'content',
      description:
        'Turn on for articles about suicide, self-harm, abuse or other topics that may distress readers: crisis help is then shown at the top of the article.',
      initialValue: false,
    }),
    defineField({
      name: 'mainImage',
      title: 'Main image',
      type: 'image',
      group: 'content',
      options: { hotspot: true },
      fields: [altTextField()],
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'blockContent',
      group: 'content',
      validation: rule => rule.required().min(1).error('Write the article: the text is empty.'),
    }),
    defineField({
      name: 'references',
      type: 'array',
      group: 'sources',
      description:
        'Sources listed under the article, in APA order on the site. Every reference cited in the text must be here.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'citation' }] })],
      components: { input: ReferenceListInput },
      validation: rule => [
        rule.unique().error('This reference is listed twice: remove one of them.'),
        rule.custom(checkCitedAreListed),
        rule.custom(checkListedAreCited).warning(),
      ],
    }),
    defineField({
      name: 'seo',
      title: 'Search and sharing',
      type: 'seo',
      group: 'sharing',
      description:
        'Optional: what search results and shared links show instead of the article’s own title, summary and main image.',
    }),
    defineField({
      name: 'previousSlugs',
      title: 'Earlier web addresses',
      type: 'array',
      group: 'sharing',
      readOnly: true,
      description:
        'Earlier addresses of this article. They keep old links working; the Studio adds to this list when you publish a new address.',
      of: [defineArrayMember({ type: 'string' })],
    }),
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Oldest first', name: 'publishedAtAsc', by: [{ field: 'publishedAt', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', publishedAt: 'publishedAt', authorName: 'author.name', media: 'mainImage' },
    // Sanity passes view options as a second argument: keep previewPost's own second parameter out of reach.
    prepare: selection => previewPost(selection),
  },
})
