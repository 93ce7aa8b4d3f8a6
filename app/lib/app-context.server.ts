// Everything a process keeps, made once at boot: the content source and its query cache, the invalidation
// module and its inputs, the share images. server.ts hands `loadContext` to every loader.
import type { AppLoadContext } from '@remix-run/node'

import { createQueryCache } from './content/cache.server.ts'
import { createContentService } from './content/content.server.ts'
import { assetFile } from './content/local-assets.server.ts'
import { outageAsResponse, withCircuitBreaker } from './content/resilient-source.server.ts'
import { createContentSource, type ContentSource } from './content/source.server.ts'
import type { Env } from './env.server.ts'
import { watchDataset } from './invalidation/dataset-watcher.server.ts'
import { createInvalidation } from './invalidation/index.ts'
import { subscribeLiveEvents } from './invalidation/live-events.server.ts'
import { startPublishClock } from './invalidation/publish-clock.server.ts'
import { createWebhook } from './invalidation/webhook.server.ts'
import { createImageTransformer } from './outputs/image-transform.server.ts'
import { createShareImages } from './outputs/share-images.server.ts'
import { createPreviewSessions } from './preview.server.ts'
import { createSearchService } from './search/service.server.ts'
import { createPageCache } from './server/page-cache.ts'

// How long the API CDN may take to catch up with a publish that a webhook announced.
const CDN_CATCH_UP_MS = 60_000

export function createAppContext(env: Env) {
  const raw = createContentSource(env)
  // Only a remote backend can be down: the local dataset is in memory.
  const breaker = raw.kind === 'sanity' ? withCircuitBreaker(raw) : null
  const source: ContentSource = breaker ?? raw
  const backendDown = () => breaker?.isOpen() ?? false
  const invalidation = createInvalidation()
  const content = createContentService({ source, cache: createQueryCache(invalidation) })
  const shareImages = createShareImages({ content, invalidation })
  const pageCache = createPageCache({ invalidation, maxBytes: env.PAGE_CACHE_MB * 1024 * 1024 })
  // Read from the documents served now, so a reloaded dataset's new images are found at once.
  const images = createImageTransformer({
    findFile: id => ('documents' in raw ? assetFile(raw.documents().find(doc => doc._id === id)) : null),
    invalidation,
  })
  const watcher =
    raw.kind === 'local' && 'replace' in raw
      ? watchDataset({ file: env.CONTENT_DATASET, source: raw, content, invalidation })
      : null
  const clock = startPublishClock({ content, invalidation })
  const { liveEvents, setLastLiveEventId } = source
  const live =
    liveEvents && setLastLiveEventId && env.SANITY_LIVE
      ? subscribeLiveEvents({ source: { liveEvents, setLastLiveEventId }, invalidation })
      : null
  const webhook = createWebhook({
    secret: env.SANITY_WEBHOOK_SECRET ?? null,
    content,
    invalidation,
    onValidCall: () => source.readPastCdn?.(CDN_CATCH_UP_MS),
  })
  const previewSessions = createPreviewSessions({
    secret: env.SANITY_PREVIEW_SECRET ?? null,
    checkStudioSecret: source.checkStudioSecret,
  })
  const published = outageAsResponse(content)
  const loadContext: AppLoadContext = {
    content: published,
    search: createSearchService(published),
    shareImages,
    images,
    invalidation,
    webhook,
    previewSessions,
    pageCache,
    publicSiteUrl: env.PUBLIC_SITE_URL ?? null,
  }
  // A preview reads drafts over published documents, fresh each time (never from or into the cache).
  const previewContext: AppLoadContext = {
    ...loadContext,
    content: outageAsResponse(createContentService({ source, perspective: 'drafts' })),
    preview: { active: true },
  }
  return {
    loadContext,
    /** The context for one request: the preview's when it carries a valid session. */
    contextFor: async (cookieHeader: string | undefined) =>
      (await previewSessions.isActive(cookieHeader)) ? previewContext : loadContext,
    pageCache,
    /** True while the content backend's circuit is open: server.ts may then answer from stale pages. */
    backendDown,
    sourceKind: source.kind,
    /** Null when the content backend answers a small query; else what is wrong (for /readyz). */
    async ready(): Promise<string | null> {
      try {
        await source.fetch('count(*[_id == "siteSettings"])')
        return null
      } catch (error) {
        return `content backend unreachable: ${(error as Error).message}`
      }
    },
    close() {
      watcher?.close()
      clock.close()
      live?.close()
    },
  }
}
