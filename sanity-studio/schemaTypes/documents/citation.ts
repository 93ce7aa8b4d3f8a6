import { BookIcon } from '@sanity/icons'
import { defineArrayMember, defineField, defineType } from 'sanity'

import { DoiInput } from '../../components/doi-input'
import { ReferencePasteInput } from '../../components/reference-paste-input'
import { checkDoiIsUnique, checkHasLink } from '../citation-integrity'
import { checkDoi, checkHttpUrl, checkYear } from '../rules'
import { citationPreviewSelect, previewCitation } from './citation-preview'

// `reference` is a reserved type name in Sanity: the bibliographic document is `citation`, titled "Reference".
export const citationType = defineType({
  name: 'citation',
  title: 'Reference',
  type: 'document',
  icon: BookIcon,
  components: { input: ReferencePasteInput },
  fields: [
    defineField({
      name: 'type',
      title: 'Kind of work',
      type: 'string',
      options: {
        list: [
          { title: 'Journal article', value: 'article-journal' },
          { title: 'Book', value: 'book' },
          { title: 'Chapter in a book', value: 'chapter' },
          { title: 'Web page', value: 'webpage' },
        ],
        layout: 'radio',
      },
      initialValue: 'article-journal',
      validation: rule => rule.required().error('Choose what kind of work this is.'),
    }),
    defineField({
      name: 'authors',
      type: 'array',
      description: 'In the order the work lists them.',
      of: [defineArrayMember({ type: 'personName' })],
      validation: rule =>
        rule.required().min(1).error('Add at least one author (a person, or an organisation such as the APA).'),
    }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      validation: rule => [
        rule.required().error('Enter the year the work was published.'),
        rule.custom(year => checkYear(year)),
      ],
    }),
    defineField({
      name: 'title',
      type: 'string',
      validation: rule => rule.required().error('Enter the title of the work.'),
    }),
    defineField({
      name: 'containerTitle',
      title: 'Journal, book or website',
      type: 'string',
      description: 'The journal of an article, the book of a chapter, or the name of a website.',
    }),
    defineField({ name: 'volume', type: 'string' }),
    defineField({ name: 'issue', type: 'string' }),
    defineField({
      name: 'pages',
      type: 'string',
      description: 'A range such as “678–684”, or an article number such as “e57877”.',
    }),
    defineField({ name: 'edition', type: 'string', description: 'Only when not the first, e.g. “2”.' }),
    defineField({ name: 'publisher', type: 'string' }),
    defineField({
      name: 'doi',
      title: 'DOI',
      type: 'string',
      description: 'Just the DOI, e.g. 10.1037/amp0000191 (not the https://doi.org/ address).',
      components: { input: DoiInput },
      validation: rule => [
        rule.custom(checkDoi),
        rule.custom(checkDoiIsUnique).warning(),
        rule.custom(checkHasLink('doi')).warning(),
      ],
    }),
    defineField({
      name: 'url',
      title: 'Web address',
      type: 'string',
      description: 'Only for works without a DOI, e.g. a web page.',
      validation: rule => [rule.custom(checkHttpUrl), rule.custom(checkHasLink('url')).warning()],
    }),
    defineField({
      name: 'originalText',
      title: 'As typed on the old site',
      type: 'text',
      rows: 3,
      readOnly: true,
      description:
        'The reference as it was typed on Squarespace, kept because the migration could not read all of it with confidence. Check the fields above against it.',
      hidden: ({ value }) => !value,
    }),
  ],
  orderings: [
    {
      title: 'First author',
      name: 'firstAuthorAsc',
      by: [
        { field: 'authors[0].family', direction: 'asc' },
        { field: 'authors[0].literal', direction: 'asc' },
        { field: 'year', direction: 'asc' },
      ],
    },
    { title: 'Newest first', name: 'yearDesc', by: [{ field: 'year', direction: 'desc' }] },
  ],
  preview: { select: citationPreviewSelect, prepare: selection => previewCitation(selection) },
})
