// Details the practice has not given yet are placeholders in the bundled dataset (README: "To fill in"):
// a bracketed note, an example.com address or a reserved 555-01xx number. The site marks them as such, so
// that nobody takes them for the practice's real details.
const PLACEHOLDER = /\[[^\]]+\]|@example\.(com|org|net)\b|\b555[\s.)-]*01\d{2}\b|\(555\)\s*01\d/i

export function isPlaceholder(value: string | null | undefined): boolean {
  return typeof value === 'string' && PLACEHOLDER.test(value)
}

/** `tel:` wants digits only (and a leading +). */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`
}
