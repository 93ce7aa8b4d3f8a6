import { Card, Flex, Stack, Text } from '@sanity/ui'
import type { ComponentType } from 'react'
import type { StringInputProps, TextInputProps } from 'sanity'

import { characterCount } from './sharing'

type Props = StringInputProps | TextInputProps

/** The field as Sanity draws it, with "42 / 60 characters" under it, in the caution tone past the limit. */
export function characterCountInput(limit: number): ComponentType<Props> {
  function CharacterCountInput(props: Props) {
    const { text, over } = characterCount(props.value, limit)
    return (
      <Stack space={2}>
        {props.renderDefault(props)}
        <Flex justify="flex-end">
          <Card tone={over ? 'caution' : 'transparent'} paddingX={2} paddingY={1} radius={2}>
            <Text size={1} muted={!over}>
              {text}
            </Text>
          </Card>
        </Flex>
      </Stack>
    )
  }
  CharacterCountInput.displayName = `CharacterCountInput(${limit})`
  return CharacterCountInput
}
