import type { DocumentActionComponent, DocumentActionsContext } from 'sanity'

import { createPreviewAction } from './actions/preview'
import { withPreviousSlugs } from './actions/publish-with-previous-slugs'
import { singletonActions } from './singletons'

// Made once per original action: the Studio calls the resolver often, and a new component each time would
// remount the action.
const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

function publishWithPreviousSlugs(publish: DocumentActionComponent): DocumentActionComponent {
  let action = wrapped.get(publish)
  if (!action) wrapped.set(publish, (action = withPreviousSlugs(publish)))
  return action
}

const preview = createPreviewAction()

/**
 * The actions of each document type: the singleton's few; for articles a Publish that keeps old slugs; for
 * articles and authors a Preview of the draft on the site, right after Publish.
 */
export function documentActions(prev: DocumentActionComponent[], context: DocumentActionsContext) {
  const actions = singletonActions(prev, context)
  if (context.schemaType === 'author') return withPreview(actions)
  if (context.schemaType !== 'post') return actions
  return withPreview(actions.map(action => (action.action === 'publish' ? publishWithPreviousSlugs(action) : action)))
}

function withPreview(actions: DocumentActionComponent[]): DocumentActionComponent[] {
  const at = actions.findIndex(action => action.action === 'publish') + 1
  return [...actions.slice(0, at), preview, ...actions.slice(at)]
}
