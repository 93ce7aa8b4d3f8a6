import { formatDate } from '~/lib/dates'

export function FormattedDate({ iso, className }: { iso: string; className?: string }) {
  return (
    <time dateTime={iso} className={className}>
      {formatDate(iso)}
    </time>
  )
}
