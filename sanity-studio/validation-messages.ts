import { defineLocaleResourceBundle } from 'sanity'

// Plain-language wording for Sanity's built-in checks (keys from sanity's "validation" namespace).
export const validationMessages = defineLocaleResourceBundle({
  locale: 'en-US',
  namespace: 'validation',
  resources: {
    // A strong reference to a document that is not published: deleted, or never published (a cite mark,
    // an item of the list of references, the author).
    'object.reference-not-published':
      'This points to a document that is not published: it was deleted, or it is still a draft. Publish that document first, or choose another (or remove this one).',
    'slug.not-unique':
      'The web address “{{slug}}” is already used by another page. Change it, for example by adding a word, so that each page has its own address.',
  },
})
