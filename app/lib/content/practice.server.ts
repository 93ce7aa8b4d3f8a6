// The practice's pages around the blog: home, services, topics and standalone pages. Each result is tagged
// with what it shows, like the blog's (see app/lib/invalidation/changes.ts for what a change drops).
import type { z } from 'zod'

import {
  HOME_QUERY,
  PAGE_BY_SLUG_QUERY,
  SERVICE_BY_SLUG_QUERY,
  SERVICES_QUERY,
  TOPIC_BY_SLUG_QUERY,
} from './queries.ts'
import { homeResult, pageResult, serviceResult, servicesResult, topicPageResult } from './schemas.server.ts'
import type { QueryParams } from './source.server.ts'
import type { HomePage, Page, Service, ServiceSummary, TopicPage } from './types.ts'

export type Run = <S extends z.ZodType>(
  name: string,
  query: string,
  params: QueryParams,
  schema: S,
  tagsOf: (value: z.output<S>) => string[],
) => Promise<z.output<S>>

export interface PracticePages {
  /** The latest three articles, the services and the topics. */
  getHome(): Promise<HomePage>
  listServices(): Promise<ServiceSummary[]>
  getService(slug: string): Promise<Service | null>
  getTopicPage(slug: string): Promise<TopicPage | null>
  getPage(slug: string): Promise<Page | null>
}

const doc = (id: string) => `doc:${id}`

export function createPracticePages(run: Run): PracticePages {
  return {
    getHome: () => run('HOME_QUERY', HOME_QUERY, {}, homeResult, () => ['posts', 'services', 'topics']),
    listServices: () => run('SERVICES_QUERY', SERVICES_QUERY, {}, servicesResult, () => ['services']),
    async getService(slug) {
      if (!slug) return null
      return run('SERVICE_BY_SLUG_QUERY', SERVICE_BY_SLUG_QUERY, { slug }, serviceResult, service =>
        service ? [doc(service.id), 'posts'] : ['services'],
      )
    },
    async getTopicPage(slug) {
      if (!slug) return null
      return run('TOPIC_BY_SLUG_QUERY', TOPIC_BY_SLUG_QUERY, { slug }, topicPageResult, topic =>
        topic ? [doc(topic.id), 'posts'] : ['topics'],
      )
    },
    async getPage(slug) {
      if (!slug) return null
      return run('PAGE_BY_SLUG_QUERY', PAGE_BY_SLUG_QUERY, { slug }, pageResult, page =>
        page ? [doc(page.id)] : ['pages'],
      )
    },
  }
}
