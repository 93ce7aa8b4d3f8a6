import { createContentService } from '~/lib/content/content.server'
import { readDataset } from '~/lib/content/dataset.server'
import { createLocalSource } from '~/lib/content/source.server'

/** The content service over the dataset the site ships, as `npm start` serves it. */
export function setupBundledContent() {
  const documents = readDataset('content/production.ndjson')
  return { documents, content: createContentService({ source: createLocalSource(documents) }) }
}
