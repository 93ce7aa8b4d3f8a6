import { useState } from 'react'
import { useClient, useCurrentUser, type DocumentActionComponent } from 'sanity'

import { studioEnv } from '../project'
import { createPreviewLink, previewPathOf, readPreviewSiteUrl } from '../preview-url'

interface Dependencies {
  createLink?: typeof createPreviewLink
  /** The Studio's hooks; tests give their own, outside a signed-in Studio. */
  useStudioClient?: () => Parameters<typeof createPreviewLink>[0]
  useUserId?: () => string | undefined
  env?: Record<string, string | undefined>
  studioUrl?: () => string
  open?: () => { location: { href: string }; opener: unknown; close(): void } | null
}

/**
 * "Preview" on an article or author: opens the site in a new tab, showing the draft as readers will see it
 * once it is published. The tab is opened at the click (so no pop-up blocker stops it) and sent on once the
 * secret is written.
 */
export function createPreviewAction({
  createLink = createPreviewLink,
  useStudioClient = () => useClient({ apiVersion: '2025-02-19' }),
  useUserId = () => useCurrentUser()?.id,
  env = studioEnv(),
  open = () => window.open('', '_blank'),
  studioUrl = () => window.location.origin,
}: Dependencies = {}): DocumentActionComponent {
  const site = readPreviewSiteUrl(env)
  const PreviewAction: DocumentActionComponent = props => {
    const client = useStudioClient()
    const userId = useUserId()
    const [problem, setProblem] = useState<string | null>(null)
    const pathname = previewPathOf(props.draft ?? props.published)
    const cannot =
      'problem' in site ? site.problem : pathname ? null : 'Give it a slug first: the preview opens at its address.'
    return {
      label: 'Preview',
      title: cannot ?? `Open ${pathname} on the site, showing this draft`,
      disabled: cannot !== null,
      onHandle: () => {
        if (!pathname || 'problem' in site) return
        const tab = open()
        if (tab) tab.opener = null
        createLink(client, { origin: site.origin, pathname, studioUrl: studioUrl(), userId })
          .then(url => {
            if (tab) tab.location.href = url
            else setProblem(`The browser blocked the new tab. Open this address instead: ${url}`)
          })
          .catch((error: unknown) => {
            tab?.close()
            setProblem(
              `The preview could not start: ${error instanceof Error ? error.message : String(error)}. Check that you are signed in and may edit this project.`,
            )
          })
          .finally(() => props.onComplete())
      },
      dialog: problem
        ? { type: 'dialog', header: 'Preview', content: problem, onClose: () => setProblem(null) }
        : undefined,
    }
  }
  PreviewAction.displayName = 'PreviewAction'
  return PreviewAction
}
