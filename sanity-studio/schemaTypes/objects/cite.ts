import { BookIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

// Marks a passage as resting on a source: the site follows it with the APA parenthetical, e.g. (Smith, 2021).
export const citeType = defineType({
  name: 'cite',
  title: 'Cite a reference',
  type: 'object',
  icon: BookIcon,
  fields: [
    defineField({
      name: 'citation',
      title: 'Reference',
      type: 'reference',
      to: [{ type: 'citation' }],
      validation: rule =>
        rule.required().error('Choose the reference this passage cites, or remove the citation from the text.'),
    }),
    defineField({
      name: 'locator',
      title: 'Page or section',
      type: 'string',
      description: 'Only for a quotation or a specific passage, e.g. “p. 680” or “pp. 12–14”.',
    }),
    defineField({
      name: 'narrative',
      title: 'The sentence names the authors',
      type: 'boolean',
      description:
        'On when the marked text is the authors’ names, as in “Domino and Warner (2010) found…”: the site then adds only the year, “(2010)”.',
      initialValue: false,
    }),
  ],
})
