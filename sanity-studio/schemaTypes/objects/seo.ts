import { defineField, defineType } from 'sanity'

import { characterCountInput } from '../../components/character-count-input'
import { SeoInput } from '../../components/seo-input'
import {
  SEO_DESCRIPTION_MAX,
  SEO_TITLE_MAX,
  checkSeoDescriptionLength,
  checkSeoTitleLength,
} from '../rules'
import { altTextField } from './alt-text'

// Overrides for search results and shared links; every field is optional and falls back to the article's own.
export const seoType = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  components: { input: SeoInput },
  fields: [
    defineField({
      name: 'title',
      title: 'Title in search results and shared links',
      type: 'string',
      description: `Leave empty to use the article title. Search results show about ${SEO_TITLE_MAX} characters. The page itself keeps the article title.`,
      components: { input: characterCountInput(SEO_TITLE_MAX) },
      validation: rule => rule.custom(checkSeoTitleLength).warning(),
    }),
    defineField({
      name: 'description',
      type: 'text',
      rows: 3,
      description: `Leave empty to use the summary. 50–${SEO_DESCRIPTION_MAX} characters: search results cut longer ones.`,
      components: { input: characterCountInput(SEO_DESCRIPTION_MAX) },
      validation: rule => rule.custom(checkSeoDescriptionLength).warning(),
    }),
    defineField({
      name: 'image',
      title: 'Image for shared links',
      type: 'image',
      description:
        'Shown when the article is shared, cropped to 1200 × 630 (use the hotspot to keep the important part). Leave empty to use the main image; without one, the site generates a card with the title and the author.',
      options: { hotspot: true },
      fields: [altTextField()],
    }),
    defineField({
      name: 'noindex',
      title: 'Hide from search engines and feeds',
      type: 'boolean',
      description:
        'Asks search engines not to list this article, and leaves it out of the sitemap and the RSS feed. The article stays on the site for anyone with the link.',
    }),
  ],
})
