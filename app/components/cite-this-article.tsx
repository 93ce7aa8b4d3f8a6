import type { Segment } from '~/lib/citations'
import type { CitationDownload } from '~/lib/outputs/citation-downloads'

import { CopyButton } from './copy-button'
import { Downloads } from './downloads'
import { Segments } from './segments'

/**
 * The article's own APA 7 reference, as text to select and copy (no JavaScript needed); with JavaScript a button
 * copies it, italics included where the clipboard takes them (public/enhance.js shows the button).
 */
export function CiteThisArticle({ segments, downloads }: { segments: Segment[]; downloads: CitationDownload[] }) {
  return (
    <section aria-labelledby="cite-heading" className="mt-12 border-t border-stone-200 pt-6 text-sm">
      <h2 id="cite-heading" className="font-semibold text-stone-900">
        Cite this article
      </h2>
      <p id="cite-apa" className="mt-3 pl-8 -indent-8 break-words text-stone-800">
        {/* The text is what gets copied: no hidden link descriptions in it. */}
        <Segments segments={segments} describeLinks={false} />
      </p>
      <div data-print="hide" className="mt-3 flex items-center gap-2">
        <CopyButton target="cite-apa" status="cite-status" label="Copy citation" />
      </div>
      <Downloads label="Download this citation:" files={downloads} />
    </section>
  )
}
