import { TransferIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import {
  checkRedirectFrom,
  checkRedirectFromIsLive,
  checkRedirectTo,
} from '../lookups'

// An old address of the site sent on to a current page, e.g. the Squarespace blog's /blog/category/… pages.
// Path rules and the loop and chain checks are the site's own (app/lib/redirects.ts).
const ENTER_A_PATH = 'Enter a path of this site, starting with “/”.'

export const redirectType = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  icon: TransferIcon,
  fields: [
    defineField({
      name: 'from',
      title: 'Old address',
      type: 'string',
      description:
        'The path visitors arrive at, without the domain: for example /blog/category/anxiety or /about-1. Capital letters and a final “/” do not matter; the “?…” part is kept for the visitor.',
      validation: rule => [
        rule.required().error(ENTER_A_PATH),
        rule.custom(checkRedirectFrom),
        rule.custom(checkRedirectFromIsLive).warning(),
      ],
    }),
    defineField({
      name: 'to',
      title: 'New address',
      type: 'string',
      description: 'The page of this site to send them to: for example /blog or /blog/self-care.',
      validation: rule => [rule.required().error(ENTER_A_PATH), rule.custom(checkRedirectTo)],
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent (301)',
      type: 'boolean',
      description:
        'On for a page that has moved for good: search engines replace the old address with the new one (301). Off for a temporary move (302).',
      initialValue: true,
    }),
  ],
  orderings: [{ title: 'Old address', name: 'fromAsc', by: [{ field: 'from', direction: 'asc' }] }],
  preview: {
    select: { from: 'from', to: 'to', permanent: 'permanent' },
    prepare: selection => previewRedirect(selection),
  },
})

export function previewRedirect({ from, to, permanent }: { from?: string; to?: string; permanent?: boolean }) {
  return {
    title: `${from || 'No old address'} → ${to || 'No new address'}`,
    subtitle: permanent === false ? '302 temporary' : '301 permanent',
  }
}
