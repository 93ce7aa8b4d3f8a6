import type { DocumentActionComponent, DocumentActionsContext, TemplateItem } from 'sanity'

// Documents that exist once, under a fixed id: opened from the desk, never created, duplicated or deleted.
export const SINGLETON_TYPES = new Set(['siteSettings'])
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

export function singletonActions(prev: DocumentActionComponent[], { schemaType }: DocumentActionsContext) {
  if (!SINGLETON_TYPES.has(schemaType)) return prev
  return prev.filter(({ action }) => action && SINGLETON_ACTIONS.has(action))
}

export function withoutSingletonTemplates(prev: TemplateItem[]): TemplateItem[] {
  return prev.filter(({ templateId }) => !SINGLETON_TYPES.has(templateId))
}
