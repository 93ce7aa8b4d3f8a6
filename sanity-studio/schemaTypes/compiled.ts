import { createSchema, type ArraySchemaType } from 'sanity'

import { schemaTypes } from './index'

// The Studio's schema compiled outside the Studio (with Sanity's built-in types), for tools that need a type's
// full definition: the Squarespace migration turns HTML into the body's Portable Text with it.
export function compiledSchema() {
  return createSchema({ name: 'well-mind-body', types: schemaTypes })
}

export function bodyType(): ArraySchemaType {
  return compiledSchema().get('blockContent') as ArraySchemaType
}
