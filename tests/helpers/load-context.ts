import type { AppLoadContext } from '@remix-run/node'

import type { ContentService } from '~/lib/content/content.server'
import { createInvalidation } from '~/lib/invalidation'
import { createWebhook } from '~/lib/invalidation/webhook.server'
import { createImageTransformer } from '~/lib/outputs/image-transform.server'
import { createShareImages } from '~/lib/outputs/share-images.server'
import { createPreviewSessions } from '~/lib/preview.server'
import { createSearchService } from '~/lib/search/service.server'
import { createPageCache } from '~/lib/server/page-cache'

/** The load context server.ts builds, over the given content. */
export function setupLoadContext(content: ContentService, publicSiteUrl: string | null = null): AppLoadContext {
  const invalidation = createInvalidation()
  return {
    content,
    search: createSearchService(content),
    invalidation,
    shareImages: createShareImages({ content, invalidation }),
    images: createImageTransformer({ findFile: () => null, invalidation }),
    webhook: createWebhook({ secret: null, content, invalidation }),
    previewSessions: createPreviewSessions({ secret: null }),
    pageCache: createPageCache({ invalidation }),
    publicSiteUrl,
  }
}
