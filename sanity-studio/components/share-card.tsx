import { Box, Card, Stack, Text } from '@sanity/ui'
import type { CSSProperties } from 'react'

import { CARD_DESCRIPTION_MAX, CARD_TITLE_MAX, cutForCard } from './sharing'

export interface ShareCardProps {
  title: string
  description: string
  imageUrl: string | null
  domain: string
  byline: string
}

const IMAGE_BOX: CSSProperties = { display: 'block', width: '100%', aspectRatio: '1.91 / 1', objectFit: 'cover' }

/** The link card LinkedIn, Facebook and Slack show: the 1.91:1 image, the domain, the cut title and description. */
export function ShareCard({ title, description, imageUrl, domain, byline }: ShareCardProps) {
  return (
    <Card border radius={2} overflow="hidden" style={{ maxWidth: 520 }} data-testid="share-card">
      {imageUrl ? <img src={imageUrl} alt="" style={IMAGE_BOX} /> : <GeneratedImage title={title} byline={byline} />}
      <Card tone="transparent" padding={3} borderTop>
        <Stack space={2}>
          <Text size={0} muted style={{ textTransform: 'uppercase' }}>
            {domain}
          </Text>
          <Text size={2} weight="semibold">
            {cutForCard(title, CARD_TITLE_MAX) || 'Untitled article'}
          </Text>
          {description ? (
            <Text size={1} muted>
              {cutForCard(description, CARD_DESCRIPTION_MAX)}
            </Text>
          ) : null}
        </Stack>
      </Card>
    </Card>
  )
}

// A CSS stand-in for the image the site generates for an article without one (1200×630, the site's colours),
// drawn at card scale: sizes are in cqw, hundredths of the card's width.
function GeneratedImage({ title, byline }: { title: string; byline: string }) {
  return (
    <Box style={{ position: 'relative', containerType: 'inline-size' }}>
      <div
        role="img"
        aria-label={`Generated image: ${title}`}
        style={{
          ...IMAGE_BOX,
          boxSizing: 'border-box',
          background: '#f2f7f5',
          borderLeft: 'solid #2f5d50',
          borderLeftWidth: 'calc(100cqw * 12 / 1200)',
          padding: '5cqw 6cqw',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          fontFamily: 'system-ui, sans-serif',
        }}
      >
        <div style={{ color: '#264b41', fontSize: '2.6cqw', fontWeight: 600 }}>Well Mind Body</div>
        <div style={{ color: '#1d3a32', fontFamily: 'Georgia, serif', fontSize: '5.4cqw', lineHeight: 1.15 }}>
          {cutForCard(title, 90) || 'Untitled article'}
        </div>
        <div style={{ color: '#44403c', fontSize: '2.4cqw' }}>{byline}</div>
      </div>
      <Box style={{ position: 'absolute', top: 8, right: 8 }}>
        <Card tone="primary" radius={2} paddingX={2} paddingY={1}>
          <Text size={0}>Generated image</Text>
        </Card>
      </Box>
    </Box>
  )
}
