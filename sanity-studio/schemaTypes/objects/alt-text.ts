import { defineField } from 'sanity'

import { checkAltText } from '../rules'

// Every image carries alt text; it is required as soon as an image is chosen.
export function altTextField() {
  return defineField({
    name: 'alt',
    title: 'Alternative text',
    type: 'string',
    description: 'What the image shows, for people who cannot see it.',
    validation: rule => rule.custom((alt, context) => checkAltText(alt, context.parent)),
  })
}
