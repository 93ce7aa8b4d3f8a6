/**
 * A button that copies what the element `target` holds, and a status that says it did. Hidden in the HTML:
 * public/enhance.js shows and wires it where JavaScript runs; without it, the text stays there to select.
 */
export function CopyButton({ target, status, label }: { target: string; status: string; label: string }) {
  return (
    <>
      <button
        type="button"
        hidden
        suppressHydrationWarning
        data-copy={target}
        data-copy-status={status}
        className="shrink-0 rounded bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800"
      >
        {label}
      </button>
      <span id={status} role="status" className="shrink-0 text-stone-700" suppressHydrationWarning />
    </>
  )
}
