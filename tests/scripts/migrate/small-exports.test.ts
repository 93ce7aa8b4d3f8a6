// Small hand-made exports for what the fixture does not hold, run through migrate() itself.
import { expect, test } from 'vitest'

import { migrate } from '../../../scripts/migrate/migrate'
import { parseWxr } from '../../../scripts/migrate/wxr'
import { bodyType } from '../../../sanity-studio/schemaTypes/compiled'
import type { BodySchemaType } from '../../../scripts/migrate/body'

const schemaType = bodyType() as unknown as BodySchemaType

function wxr(items: string) {
  return parseWxr(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Well Mind Body</title><link>https://www.wellmindbody.co</link><wp:wxr_version>1.2</wp:wxr_version>
${items}
</channel></rss>`)
}

const item = (guid: string, name: string, link: string, html: string) => `<item>
<title>${name}</title><link>${link}</link><dc:creator>liz</dc:creator><guid isPermaLink="false">${guid}</guid>
<content:encoded><![CDATA[${html}]]></content:encoded><wp:post_date_gmt>2024-01-02 10:00:00</wp:post_date_gmt>
<wp:post_name>${name}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`

test('a link to another old post goes straight to its new address, keeping its anchor', () => {
  const { documents } = migrate(
    wxr(
      item(
        'aaaaaaaaaaaa',
        'first-post',
        'https://www.wellmindbody.co/blog/2024/1/2/first-post',
        '<p>A first post, long enough to say something.</p>',
      ) +
        item(
          'bbbbbbbbbbbb',
          'second-post',
          'https://www.wellmindbody.co/blog/second-post',
          '<p>See <a href="https://www.wellmindbody.co/blog/2024/1/2/first-post#part-2">the first post</a> and <a href="/blog/2024/1/2/first-post">again</a>.</p>',
        ),
    ),
    { schemaType },
  )
  const second = documents.find(doc => doc.title === 'second-post') as unknown as {
    body: Array<{ markDefs: Array<{ href?: string }> }>
  }
  expect(second.body[0]?.markDefs.map(def => def.href)).toEqual(['/blog/first-post#part-2', '/blog/first-post'])
})

test('a post whose date cannot be read is skipped and named, the next one migrates', () => {
  const broken = item('cccccccccccc', 'undated', 'https://www.wellmindbody.co/blog/undated', '<p>Text.</p>').replace(
    '2024-01-02 10:00:00',
    'sometime in May',
  )
  const { report } = migrate(
    wxr(broken + item('dddddddddddd', 'dated', 'https://www.wellmindbody.co/blog/dated', '<p>Text.</p>')),
    {
      schemaType,
    },
  )
  expect(report.skipped).toEqual([
    {
      line: expect.any(Number),
      title: 'undated',
      reason: 'its date “sometime in May” (wp:post_date_gmt) cannot be read',
    },
  ])
  expect(report.posts.map(post => post.title)).toEqual(['dated'])
})
