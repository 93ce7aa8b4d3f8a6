import { CrisisSentence } from './crisis-links'

// What a health site owes every reader of an article: crisis help first when the topic is hard, and a plain
// statement of what the article is and is not.
export function SensitiveTopicNotice() {
  return (
    <aside
      aria-labelledby="sensitive-heading"
      className="mt-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-4 text-stone-800"
    >
      <h2 id="sensitive-heading" className="font-semibold text-brand-900">
        This article discusses topics that may be distressing
      </h2>
      <p className="mt-1">
        If you are struggling or thinking about suicide, you can <CrisisSentence />
      </p>
    </aside>
  )
}

export function Disclaimer({ text }: { text: string }) {
  return (
    <aside aria-labelledby="disclaimer-heading" className="mt-12 rounded-md bg-stone-100 p-4 text-sm text-stone-800">
      <h2 id="disclaimer-heading" className="font-semibold">
        About this article
      </h2>
      <p className="mt-1 whitespace-pre-line">{text}</p>
    </aside>
  )
}
