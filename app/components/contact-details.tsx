import type { SiteSettings } from '~/lib/content/types'
import { isPlaceholder, telHref } from '~/lib/placeholders'

// Phone and email as links a phone or mail app opens; no form, so nothing clinical is ever typed into the site.
export function ContactDetails({ contact }: { contact: SiteSettings['contact'] }) {
  const { phone, email, address } = contact
  if (!phone && !email && !address) return <p>Contact details are coming soon.</p>
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      {phone ? (
        <>
          <dt className="font-semibold">Phone</dt>
          <dd>
            <a href={telHref(phone)} className="inline-block py-0.5 text-brand-800 underline">
              {phone}
            </a>
            <PlaceholderMark value={phone} />
          </dd>
        </>
      ) : null}
      {email ? (
        <>
          <dt className="font-semibold">Email</dt>
          <dd>
            <a href={`mailto:${email}`} className="inline-block py-0.5 text-brand-800 underline">
              {email}
            </a>
            <PlaceholderMark value={email} />
          </dd>
        </>
      ) : null}
      {address ? (
        <>
          <dt className="font-semibold">Address</dt>
          <dd>
            <address className="whitespace-pre-line not-italic">{address}</address>
            <PlaceholderMark value={address} />
          </dd>
        </>
      ) : null}
    </dl>
  )
}

function PlaceholderMark({ value }: { value: string }) {
  if (!isPlaceholder(value)) return null
  return (
    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
      Placeholder: to fill in
    </span>
  )
}
