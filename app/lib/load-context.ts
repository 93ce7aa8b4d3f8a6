import type { ContentService } from './content/content.server.ts'
import type { Invalidation } from './invalidation/index.ts'
import type { Webhook } from './invalidation/webhook.server.ts'
import type { ImageTransformer } from './outputs/image-transform.server.ts'
import type { ShareImages } from './outputs/share-images.server.ts'
import type { PreviewSessions } from './preview.server.ts'
import type { SearchService } from './search/service.server.ts'
import type { PageCache } from './server/page-cache.ts'
import type { RequestScope } from './server/request-scope.ts'

// What server.ts hands every loader. Built once per process, so each cache in it exists once.
export interface LoadContext {
  content: ContentService
  /** Site search, the 404's suggestions and related articles, over the published posts. */
  search: SearchService
  shareImages: ShareImages
  /** /images/local/…: the local backend's image pipeline (404 for everything with a Sanity project). */
  images: ImageTransformer
  invalidation: Invalidation
  /** POST /api/revalidate: Sanity's signed webhook. */
  webhook: Webhook
  previewSessions: PreviewSessions
  /** Rendered public pages (server.ts answers hits before Express; entry.server.tsx offers new renders). */
  pageCache: PageCache
  /** Set for a request that carries a valid preview session: `content` then reads drafts. */
  preview?: { active: boolean }
  /** PUBLIC_SITE_URL: the canonical origin, over the site settings' address. */
  publicSiteUrl: string | null
  /** What this request's render is built from (server.ts's request scope; the page cache stores by it). */
  requestScope?: RequestScope
  /** This response's Content-Security-Policy nonce (server.ts makes one per request; ADR 012). */
  cspNonce?: string
}

declare module '@remix-run/node' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- module augmentation
  interface AppLoadContext extends LoadContext {}
}
