import { useDocumentOperation, type DocumentActionComponent, type DocumentActionProps } from 'sanity'

/**
 * The earlier slugs once the draft is published: the published slug joins the end of the list (newest last, once)
 * when the draft changes it, and a slug that becomes live again leaves the list.
 */
export function nextPreviousSlugs(
  publishedSlug: string | undefined,
  draftSlug: string | undefined,
  previous: readonly string[] = [],
): string[] {
  if (!draftSlug) return [...previous]
  const kept = previous.filter(slug => slug !== draftSlug && slug !== publishedSlug)
  if (publishedSlug && publishedSlug !== draftSlug) return [...kept, publishedSlug]
  return previous.filter(slug => slug !== draftSlug)
}

const slugOf = (document: DocumentActionProps['draft']) =>
  (document?.slug as { current?: string } | undefined)?.current?.trim() || undefined

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i])

/**
 * Sanity's Publish, after writing the earlier slug into the draft so that the old address keeps working
 * (the "update a value, then publish" pattern: patch the draft, then run the original action).
 */
export function withPreviousSlugs(
  publish: DocumentActionComponent,
  useOperation: typeof useDocumentOperation = useDocumentOperation,
): DocumentActionComponent {
  const PublishWithPreviousSlugs: DocumentActionComponent = props => {
    const { patch } = useOperation(props.id, props.type)
    const original = publish(props)
    if (!original) return original
    return {
      ...original,
      onHandle: () => {
        const previous = (props.draft?.previousSlugs as string[] | undefined) ?? []
        const next = nextPreviousSlugs(slugOf(props.published), slugOf(props.draft), previous)
        if (props.draft && !sameList(previous, next))
          patch.execute([next.length > 0 ? { set: { previousSlugs: next } } : { unset: ['previousSlugs'] }])
        original.onHandle?.()
      },
    }
  }
  PublishWithPreviousSlugs.action = 'publish'
  PublishWithPreviousSlugs.displayName = 'PublishWithPreviousSlugs'
  return PublishWithPreviousSlugs
}
