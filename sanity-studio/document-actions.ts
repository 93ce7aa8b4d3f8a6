import type { DocumentActionComponent, DocumentActionsContext } from 'sanity'

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

/** The actions of each document type: the singleton's few, and for articles a Publish that keeps old slugs. */
export function documentActions(prev: DocumentActionComponent[], context: DocumentActionsContext) {
  const actions = singletonActions(prev, context)
  if (context.schemaType !== 'post') return actions
  return actions.map(action => (action.action === 'publish' ? publishWithPreviousSlugs(action) : action))
}
