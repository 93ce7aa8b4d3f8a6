// Without a project id the Studio cannot sign anyone in. Rather than fail on the Sanity API, its login card
// says what to set: this auth store reports "signed out" and shows the card, and sends no request.
import { createClient } from '@sanity/client'
import { Code, Stack, Text } from '@sanity/ui'
import { of } from 'rxjs'
import type { AuthStore } from 'sanity'

export function notConnectedAuth(projectId: string, dataset: string): AuthStore {
  const client = createClient({ projectId, dataset, apiVersion: '2025-02-19', useCdn: false })
  return { state: of({ authenticated: false, client, currentUser: null }), LoginComponent: NotConnected }
}

export function NotConnected() {
  return (
    <Stack space={4} padding={2} data-testid="not-connected">
      <Text weight="semibold">This Studio is not connected to a Sanity project yet.</Text>
      <Text size={1}>Put your project id in the .env file at the root of the project:</Text>
      <Code size={0} style={{ overflowWrap: 'anywhere' }}>
        SANITY_STUDIO_PROJECT_ID=your-project-id
      </Code>
      <Text size={1} muted>
        Find the id on sanity.io/manage. Then restart the Studio (npm run studio:dev) or build it again. The Studio’s
        README (sanity-studio/README.md) walks through every step.
      </Text>
    </Stack>
  )
}
