import type { ContentService } from './content/content.server.ts'

// What server.ts hands every loader. Built once per process, so each cache in it exists once.
export interface LoadContext {
  content: ContentService
}

declare module '@remix-run/node' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- module augmentation
  interface AppLoadContext extends LoadContext {}
}
