const ENDS_SENTENCE = /[.?!]$/

/** Adds the closing period unless the text already ends with one, or with "?" or "!". */
export function endSentence(text: string): string {
  return ENDS_SENTENCE.test(text) ? text : `${text}.`
}

export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text)
}

/** Page ranges take an en dash: "12-34" → "12–34"; article numbers ("e57877") print as they are. */
export function pageRange(pages: string): string {
  return pages.replace(/(?<=\w)\s*[-‐‑‒—]+\s*(?=\w)/g, '–')
}

export function pageLabel(pages: string): string {
  return /[–,&]/.test(pages) ? 'pp.' : 'p.'
}

/** "2" → "2nd ed.", "Rev." → "Rev. ed.", "1" → null: APA 7 names an edition only when it is not the first. */
export function editionLabel(edition: string): string | null {
  if (/^(?:1|1st|first)$/i.test(edition)) return null
  if (/^\d+$/.test(edition)) return `${ordinal(Number(edition))} ed.`
  if (/\bed(?:\.|ition)?$/i.test(edition)) return edition
  return `${edition} ed.`
}

function ordinal(n: number): string {
  const lastTwo = n % 100
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`
}

// APA 7 title case: capitalise the first word, the first word after a colon, dash or full stop, and every
// word of four letters or more; lowercase articles, conjunctions and prepositions of three letters or fewer.
const MINOR_WORDS = new Set('a an and as at but by for if in nor of off on or per so the to up via yet'.split(' '))

export function titleCase(title: string): string {
  let startsPhrase = true
  return title.replace(/[\p{L}\p{N}'’]+|[:.!?—–]/gu, token => {
    if (/^[:.!?—–]$/.test(token)) {
      startsPhrase = true
      return token
    }
    const minor = !startsPhrase && MINOR_WORDS.has(token.toLowerCase())
    startsPhrase = false
    return minor ? token.toLowerCase() : token.charAt(0).toLocaleUpperCase('en') + token.slice(1)
  })
}
