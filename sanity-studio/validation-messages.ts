import { defineLocaleResourceBundle } from 'sanity'

// Plain-language wording for Sanity's built-in checks (keys from sanity's "validation" namespace).
export const validationMessages = defineLocaleResourceBundle({
  locale: 'en-US',
  namespace: 'validation',
  resources: {
    'slug.not-unique':
      'The web address “{{slug}}” is already used by another page. Change it, for example by adding a word, so that each page has its own address.',
  },
})
