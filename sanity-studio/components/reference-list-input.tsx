import { Button, Card, Flex, Stack, Text } from '@sanity/ui'
import { insert, setIfMissing, useFormValue, type ArrayOfObjectsInputProps } from 'sanity'

import { ADD_CITED_BUTTON, citedReferencesNotListed, type CitedReference } from '../schemaTypes/citation-integrity'

/**
 * A new item of the list, pointing at a reference the way the text cites it: Sanity's own shape, with a fresh
 * key, weak (to be made strong on publish) when the cited reference is still a draft.
 */
export function referenceItem({ id, ...strength }: CitedReference, key: string = randomKey()) {
  return { _type: 'reference', _key: key, _ref: id, ...strength }
}

function randomKey(): string {
  return Math.random().toString(36).slice(2, 14).padEnd(12, '0')
}

/**
 * The article's list of references, and above it, when the text cites references the list leaves out, the one
 * click that adds them (in the order the text cites them), the fix for the error that blocks publishing.
 */
export function ReferenceListInput(props: ArrayOfObjectsInputProps) {
  const missing = citedReferencesNotListed(useFormValue(['body']), props.value)
  const addCited = () =>
    props.onChange([
      setIfMissing([]),
      insert(
        missing.map(id => referenceItem(id)),
        'after',
        [-1],
      ),
    ])
  return (
    <Stack space={3}>
      {missing.length > 0 && (
        <Card padding={3} radius={2} tone="critical" border>
          <Flex align="center" gap={3} wrap="wrap">
            <Text size={1}>
              {missing.length === 1
                ? 'The text cites 1 reference that is not in this list.'
                : `The text cites ${missing.length} references that are not in this list.`}
            </Text>
            <Button text={ADD_CITED_BUTTON} tone="primary" mode="ghost" fontSize={1} padding={2} onClick={addCited} />
          </Flex>
        </Card>
      )}
      {props.renderDefault(props)}
    </Stack>
  )
}
