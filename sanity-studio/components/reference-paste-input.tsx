import { Box, Button, Card, Flex, Label, Spinner, Stack, Text, TextArea } from '@sanity/ui'
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react'
import { set, unset, useClient, type FormPatch, type ObjectInputProps } from 'sanity'
import { IntentLink } from 'sanity/router'

import { formatReferenceText } from '../../app/lib/citations/index'
import type { CitationFields } from '../../app/lib/citations/from-csl'
import { lookUpDoi } from '../references/doi-lookup'
import { readPastedReference } from '../references/read-pasted'
import { findSameDoi, type SameDoi } from '../schemaTypes/citation-integrity'

const API_VERSION = '2025-02-19'
const PAUSE_MS = 300

// The fields a paste fills (every field of the reference but the typed line a migration kept).
export const FILLED_FIELDS = [
  'type',
  'authors',
  'year',
  'title',
  'containerTitle',
  'volume',
  'issue',
  'pages',
  'edition',
  'publisher',
  'doi',
  'url',
] as const satisfies readonly (keyof CitationFields)[]

const FORMAT_NAMES = { 'csl-json': 'CSL-JSON', bibtex: 'BibTeX', ris: 'RIS', apa: 'an APA reference', doi: 'doi.org' }

export type PasteState =
  | { status: 'empty' }
  | { status: 'looking-up'; doi: string }
  | { status: 'unreadable'; message: string }
  | { status: 'duplicate'; others: SameDoi[] }
  | { status: 'read'; source: keyof typeof FORMAT_NAMES; fields: CitationFields; notes: string[] }
  | { status: 'filled'; source: keyof typeof FORMAT_NAMES }

let keys = 0
function newKey(): string {
  keys += 1
  return `${Date.now().toString(36)}${keys.toString(36)}`.slice(-12)
}

/** The patches that make the document's fields what was read: set what it gave, unset what it did not. */
export function fillPatches(fields: CitationFields, key: () => string = newKey): FormPatch[] {
  return FILLED_FIELDS.map(field => {
    if (field === 'authors')
      return fields.authors.length > 0
        ? set(
            fields.authors.map(name => ({ _type: 'personName', _key: key(), ...name })),
            ['authors'],
          )
        : unset(['authors'])
    const value = fields[field]
    return value === undefined || value === '' ? unset([field]) : set(value, [field])
  })
}

/**
 * Above the fields of a reference: a box to paste a DOI, BibTeX, RIS, CSL-JSON or an APA line into. What it
 * reads is shown as the site will print it, with what to check; the fields change only when she clicks
 * “Fill in the fields”, and publishing stays hers. A DOI another reference has offers that reference instead.
 */
export function ReferencePasteInput(props: ObjectInputProps) {
  const studioClient = useClient({ apiVersion: API_VERSION })
  // One client for the effect below (withConfig makes a new one each call).
  const client = useMemo(() => studioClient.withConfig({ perspective: 'raw' }), [studioClient])
  const ownId = (props.value as { _id?: string } | undefined)?._id ?? ''
  const [text, setText] = useState('')
  const [state, setState] = useState<PasteState>({ status: 'empty' })
  const latest = useRef(0)

  useEffect(() => {
    const request = ++latest.current
    const current = () => request === latest.current
    const pasted = text.trim()
    if (!pasted) {
      setState(state => (state.status === 'filled' ? state : { status: 'empty' }))
      return
    }
    // What was read from the text before is gone at once (no filling from a stale preview); typed by hand, the
    // text is read once she pauses, not asked of doi.org at every key.
    setState({ status: 'empty' })
    const timer = setTimeout(async () => {
      const reading = readPastedReference(pasted)
      const doi = reading.kind === 'doi' ? reading.doi : reading.kind === 'fields' ? reading.fields.doi : undefined
      if (reading.kind === 'unreadable') return setState({ status: 'unreadable', message: reading.message })
      if (reading.kind === 'doi') setState({ status: 'looking-up', doi: reading.doi })
      const others = doi ? await findSameDoi(client, doi, ownId).catch(() => []) : []
      if (!current()) return
      if (others.length > 0) return setState({ status: 'duplicate', others })
      if (reading.kind === 'fields')
        return setState({ status: 'read', source: reading.format, fields: reading.fields, notes: reading.notes })
      const found = await lookUpDoi(reading.doi)
      if (!current()) return
      setState(
        found.ok
          ? { status: 'read', source: 'doi', fields: found.fields, notes: found.notes }
          : { status: 'unreadable', message: found.message },
      )
    }, PAUSE_MS)
    return () => clearTimeout(timer)
  }, [text, client, ownId])

  const fill = (source: keyof typeof FORMAT_NAMES, fields: CitationFields) => {
    props.onChange(fillPatches(fields))
    setText('')
    setState({ status: 'filled', source })
  }

  return (
    <Stack space={5}>
      <Card padding={4} radius={2} border tone="transparent" data-testid="reference-paste">
        <Stack space={3}>
          <Label as="label" htmlFor="reference-paste-text" size={1}>
            Fill in from a DOI, BibTeX, RIS, CSL-JSON or an APA reference
          </Label>
          <Text size={1} muted>
            Paste one reference. Nothing changes until you click “Fill in the fields”, which replaces every field below
            with what was read; check them, then publish.
          </Text>
          <TextArea
            id="reference-paste-text"
            rows={3}
            value={text}
            onChange={(event: ChangeEvent<HTMLTextAreaElement>) => setText(event.currentTarget.value)}
            placeholder="10.1037/amp0000191"
          />
          <PasteResult state={state} onFill={fill} />
        </Stack>
      </Card>
      {props.renderDefault(props)}
    </Stack>
  )
}

function PasteResult({
  state,
  onFill,
}: {
  state: PasteState
  onFill: (source: keyof typeof FORMAT_NAMES, fields: CitationFields) => void
}) {
  switch (state.status) {
    case 'empty':
      return null
    case 'looking-up':
      return (
        <Flex align="center" gap={2}>
          <Spinner muted />
          <Text size={1}>Looking up {state.doi} at doi.org…</Text>
        </Flex>
      )
    case 'unreadable':
      return (
        <Card padding={3} radius={2} tone="caution" role="status">
          <Text size={1}>{state.message}</Text>
        </Card>
      )
    case 'duplicate':
      return (
        <Card padding={3} radius={2} tone="caution" role="status">
          <Stack space={3}>
            <Text size={1}>
              {state.others.length === 1
                ? 'A reference with this DOI already exists'
                : 'References with this DOI already exist'}
              : use it in articles instead of making a copy.
            </Text>
            {state.others.map(other => (
              <Text key={other.id} size={1}>
                <IntentLink intent="edit" params={{ id: other.id, type: 'citation' }}>
                  Open {other.label}
                </IntentLink>
              </Text>
            ))}
          </Stack>
        </Card>
      )
    case 'filled':
      return (
        <Card padding={3} radius={2} tone="positive" role="status">
          <Text size={1}>Filled in from {FORMAT_NAMES[state.source]}. Check the fields below, then publish.</Text>
        </Card>
      )
    case 'read':
      return (
        <Stack space={3} data-testid="reference-paste-preview">
          <Text size={1} weight="semibold">
            Read from {FORMAT_NAMES[state.source]}; readers will see:
          </Text>
          <Card padding={3} radius={2} border>
            <Text size={1}>
              {formatReferenceText({ ...state.fields, id: 'preview', title: state.fields.title ?? '' })}
            </Text>
          </Card>
          {state.notes.length > 0 && (
            <Stack space={2} as="ul">
              {state.notes.map(note => (
                <Box as="li" key={note}>
                  <Text size={1}>Check: {note}</Text>
                </Box>
              ))}
            </Stack>
          )}
          <Flex>
            <Button text="Fill in the fields" tone="primary" onClick={() => onFill(state.source, state.fields)} />
          </Flex>
        </Stack>
      )
  }
}
