import type { MetaFunction } from '@remix-run/node'
import { useMatches } from '@remix-run/react'

import { CrisisSentence } from '~/components/crisis-links'
import { ContactDetails } from '~/components/contact-details'
import { siteOf } from '~/lib/meta'
import { practicePageHead } from '~/lib/outputs/page-head'
import { practiceCardText } from '~/lib/outputs/share-card'

const DESCRIPTION = 'How to reach Well Mind Body by phone or email, and where to find help in a crisis.'

export const meta: MetaFunction = ({ matches }) => {
  const site = siteOf(matches)
  if (!site) return [{ title: 'Contact | Well Mind Body' }]
  return practicePageHead(
    site,
    { path: '/contact', title: 'Contact', description: DESCRIPTION, type: 'ContactPage' },
    practiceCardText.contact(),
  )
}

// The details come from the site settings, which the root loader already reads.
export default function Contact() {
  const site = siteOf(useMatches())
  return (
    <main id="main" className="mx-auto max-w-3xl px-5 py-12">
      <h1 className="font-serif text-4xl font-semibold text-brand-900">Contact</h1>
      <p className="mt-3 text-lg text-stone-700">
        To ask about therapy or make an appointment, call or email the practice. Please do not send clinical details by
        email: we will arrange a safer way to talk.
      </p>
      <div className="mt-8">{site ? <ContactDetails contact={site.contact} /> : null}</div>
      <p className="mt-8 rounded-md border border-brand-100 bg-brand-50 p-4">
        The practice cannot answer urgently. In a crisis, <CrisisSentence />
      </p>
    </main>
  )
}
