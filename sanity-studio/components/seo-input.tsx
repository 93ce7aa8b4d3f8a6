import { Stack, Text } from '@sanity/ui'
import { useEffect, useState } from 'react'
import { useClient, useFormValue, type ObjectInputProps } from 'sanity'

import { ShareCard } from './share-card'
import { authorLine, shareImageUrl, shareValues, siteDomain, type ShareSource } from './sharing'

interface Extras {
  author?: { name?: string; credentials?: string } | null
  siteUrl?: string | null
}

const EXTRAS_QUERY = `{
  "author": *[_id == $author][0]{name, credentials},
  "siteUrl": *[_id == "siteSettings"][0].siteUrl
}`

/** The "Search & sharing" fields, then the card a shared link to the article shows, as it stands. */
export function SeoInput(props: ObjectInputProps) {
  const client = useClient({ apiVersion: '2025-02-19' })
  const title = useFormValue(['title']) as string | undefined
  const excerpt = useFormValue(['excerpt']) as string | undefined
  const mainImage = useFormValue(['mainImage']) as ShareSource['mainImage']
  const authorId = (useFormValue(['author']) as { _ref?: string } | undefined)?._ref ?? ''
  const [extras, setExtras] = useState<Extras>({})

  useEffect(() => {
    const subscription = client.observable
      .fetch<Extras>(EXTRAS_QUERY, { author: authorId })
      .subscribe({ next: setExtras, error: () => setExtras({}) })
    return () => subscription.unsubscribe()
  }, [client, authorId])

  const share = shareValues({ title, excerpt, mainImage, seo: props.value as ShareSource['seo'] })
  const { projectId, dataset } = client.config()
  const imageUrl = share.image && projectId && dataset ? shareImageUrl(share.image, { projectId, dataset }) : null

  return (
    <Stack space={4}>
      {props.renderDefault(props)}
      <Stack space={3}>
        <Text size={1} weight="semibold">
          How a shared link looks
        </Text>
        <ShareCard
          title={share.title}
          description={share.description}
          imageUrl={imageUrl}
          domain={siteDomain(extras.siteUrl)}
          byline={authorLine(extras.author)}
        />
      </Stack>
    </Stack>
  )
}
