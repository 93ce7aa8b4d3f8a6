import type { CitationDownload } from '~/lib/outputs/citation-downloads'

/** Links to the same references as BibTeX, RIS and CSL-JSON files, for Zotero, EndNote, Mendeley and the like. */
export function Downloads({ label, files }: { label: string; files: CitationDownload[] }) {
  return (
    <p data-print="hide" className="mt-4 text-sm text-stone-700">
      {label}{' '}
      {files.map((file, index) => (
        <span key={file.href}>
          {index > 0 ? ' · ' : null}
          <a href={file.href} type={file.contentType} download={file.fileName} className="text-brand-700 underline">
            {file.format}
          </a>
        </span>
      ))}
    </p>
  )
}
