import { Card, Stack, Text } from '@sanity/ui'
import { useEffect, useMemo, useState } from 'react'
import { IntentLink } from 'sanity/router'
import { useClient, useFormValue, type StringInputProps } from 'sanity'

import { findSameDoi, type SameDoi } from '../schemaTypes/citation-integrity'

/** The DOI field, and under it a link to each other reference that has the same DOI (the warning names them). */
export function DoiInput(props: StringInputProps) {
  const studioClient = useClient({ apiVersion: '2025-02-19' })
  // One client for the effects below (withConfig makes a new one each call).
  const client = useMemo(() => studioClient.withConfig({ perspective: 'raw' }), [studioClient])
  const id = (useFormValue(['_id']) as string | undefined) ?? ''
  const doi = props.value?.trim() ?? ''
  const [same, setSame] = useState<SameDoi[]>([])

  useEffect(() => {
    if (!doi) return setSame(current => (current.length === 0 ? current : []))
    let live = true
    findSameDoi(client, doi, id).then(
      found => live && setSame(found),
      () => live && setSame([]),
    )
    return () => {
      live = false
    }
  }, [client, doi, id])

  return (
    <Stack space={3}>
      {props.renderDefault(props)}
      {same.map(other => (
        <Card key={other.id} padding={3} radius={2} tone="caution" border>
          <Text size={1}>
            Same DOI as{' '}
            <IntentLink intent="edit" params={{ id: other.id, type: 'citation' }}>
              {other.label}
            </IntentLink>
          </Text>
        </Card>
      ))}
    </Stack>
  )
}
