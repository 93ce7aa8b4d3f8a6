import type { Author } from '~/lib/content/types'

import { AuthorName } from './author-name'
import { SanityImage } from './sanity-image'

export function AuthorCard({ author }: { author: Author }) {
  return (
    <aside aria-label="About the author" className="mt-12 flex gap-5 rounded-lg border border-stone-200 bg-white p-6">
      {author.image ? (
        <SanityImage
          image={author.image}
          aspect={1}
          sizes="80px"
          widths={[80, 160, 240]}
          className="h-20 w-20 shrink-0 rounded-full object-cover"
        />
      ) : null}
      <div>
        <p className="text-xs font-semibold tracking-wide text-stone-500 uppercase">About the author</p>
        <p className="mt-1 font-serif text-lg font-semibold text-stone-900">
          <AuthorName author={author} className="text-stone-900 hover:text-brand-700" />
        </p>
        {author.role ? <p className="text-sm text-stone-600">{author.role}</p> : null}
        {author.shortBio ? <p className="mt-3 text-stone-700">{author.shortBio}</p> : null}
      </div>
    </aside>
  )
}
