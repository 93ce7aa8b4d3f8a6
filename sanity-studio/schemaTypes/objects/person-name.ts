import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

// One author of a reference: a person (family + given names) or an organisation (literal).
export const personNameType = defineType({
  name: 'personName',
  title: 'Author',
  type: 'object',
  icon: UserIcon,
  fields: [
    defineField({ name: 'family', title: 'Family name', type: 'string' }),
    defineField({
      name: 'given',
      title: 'Given names or initials',
      type: 'string',
      description: 'Full given names or initials: the site prints initials (“Jane A.” becomes “J. A.”).',
    }),
    defineField({
      name: 'literal',
      title: 'Organisation',
      type: 'string',
      description: 'Only when the author is an organisation, e.g. “American Psychological Association”.',
    }),
  ],
  validation: rule =>
    rule.custom((name: { family?: string; literal?: string } | undefined) =>
      !name || name.family?.trim() || name.literal?.trim()
        ? true
        : 'Enter the author’s family name, or the organisation’s name under “Organisation”.',
    ),
  preview: {
    select: { family: 'family', given: 'given', literal: 'literal' },
    prepare: ({ family, given, literal }) => ({
      title: literal || [family, given].filter(Boolean).join(', ') || 'Unnamed author',
      subtitle: literal ? 'Organisation' : undefined,
    }),
  },
})
