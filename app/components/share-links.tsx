import { shareLinks } from '~/lib/outputs/share-links'

import { CopyButton } from './copy-button'

/**
 * Share links and a copy-link control. Without JavaScript the link is in a text field to select and copy;
 * with it, a button copies it and says so (public/enhance.js shows the button and wires it up).
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" data-print="hide" className="mt-12 border-t border-stone-200 pt-6 text-sm">
      <h2 id="share-heading" className="font-semibold text-stone-900">
        Share this article
      </h2>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
        {shareLinks(url, title).map(link => (
          <li key={link.name}>
            <a href={link.href} aria-label={link.label} rel="noopener noreferrer" className="text-brand-700 underline">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex max-w-xl items-center gap-2">
        <label htmlFor="share-url" className="shrink-0 text-stone-700">
          Link
        </label>
        <input
          id="share-url"
          readOnly
          value={url}
          className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-2 py-1 text-stone-800"
        />
        <CopyButton target="share-url" status="share-status" label="Copy link" />
      </div>
    </section>
  )
}
