// The Studio's own workspace (sanity.config.ts, schema, i18n), with a client that answers GROQ from an
// in-memory dataset through groq-js, so rules that query (slug uniqueness, the default author) run offline.
import { readFileSync } from 'node:fs'

import { evaluate, parse } from 'groq-js'
import {
  createWorkspaceFromConfig,
  validateDocument,
  type CurrentUser,
  type SanityClient,
  type SanityDocument,
  type ValidationMarker,
  type Workspace,
} from 'sanity'

import config from '../../sanity.config'

export const DATASET_FILE = new URL('../../../content/production.ndjson', import.meta.url)

const EDITOR: CurrentUser = { id: 'editor', name: 'Editor', email: 'editor@example.com', role: 'editor', roles: [] }

export function readDataset(file: URL = DATASET_FILE): SanityDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(line => JSON.parse(line) as SanityDocument)
}

export function createLocalClient(documents: SanityDocument[]): SanityClient {
  const client = {
    config: () => ({
      projectId: 'local',
      dataset: 'local',
      apiVersion: '2025-02-19',
      useCdn: false,
      url: 'http://localhost:1',
    }),
    withConfig: () => client,
    fetch: async (query: string, params: Record<string, unknown> = {}) => {
      const result = await evaluate(parse(query, { params }), { dataset: documents, params })
      return result.get()
    },
  }
  return client as unknown as SanityClient
}

export interface Studio {
  workspace: Workspace
  validate(document: Partial<SanityDocument> & { _type: string }): Promise<ValidationMarker[]>
}

export async function setupStudio(documents: SanityDocument[] = []): Promise<Studio> {
  const client = createLocalClient(documents)
  const getClient = () => client
  const workspace = await createWorkspaceFromConfig({ ...config, currentUser: EDITOR, getClient })
  const ids = new Set(documents.map(document => document._id))
  return {
    workspace,
    validate: document =>
      validateDocument({
        document: { _id: 'drafts.new', _createdAt: '', _updatedAt: '', _rev: '', ...document } as SanityDocument,
        workspace,
        environment: 'studio',
        getClient,
        getDocumentExists: async ({ id }) => ids.has(id),
      }),
  }
}

/** The messages of the errors, the way the Studio lists them under each field. */
export function errors(markers: ValidationMarker[]): string[] {
  return markers.filter(marker => marker.level === 'error').map(marker => marker.message)
}

/** The messages of the warnings: shown under the field, they do not stop publishing. */
export function warnings(markers: ValidationMarker[]): string[] {
  return markers.filter(marker => marker.level === 'warning').map(marker => marker.message)
}
