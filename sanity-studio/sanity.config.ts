import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'

import { documentActions } from './document-actions'
import { notConnectedAuth } from './not-connected'
import { MISSING_PROJECT_ID_MESSAGE, readProjectSettings } from './project'
import { schemaTypes } from './schemaTypes'
import { withoutSingletonTemplates } from './singletons'
import { structure } from './structure'
import { validationMessages } from './validation-messages'

// One default export only: the CLI reads the schema from it, and drops it silently when there are others.
const { projectId, dataset, configured } = readProjectSettings()
if (!configured) console.warn(MISSING_PROJECT_ID_MESSAGE)

export default defineConfig({
  name: 'default',
  title: 'Well Mind Body',
  subtitle: configured ? undefined : 'Not connected to a project',
  projectId,
  dataset,
  ...(configured ? {} : { auth: notConnectedAuth(projectId, dataset) }),
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: '2025-02-19' })],
  schema: { types: schemaTypes },
  document: { actions: documentActions, newDocumentOptions: withoutSingletonTemplates },
  i18n: { bundles: [validationMessages] },
})
