export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/

const PASTED_PREFIX = /^(?:(?:https?:\/\/)?(?:www\.|dx\.)?doi\.org\/|doi:\s*)/i

// RFC 3986 path characters, "/" included; everything else (space, %, <, >, ", #, ?, non-ASCII…) is
// percent-encoded so a DOI can never break out of the path or the attribute it is printed in.
const PATH_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/

export function normalizeDoi(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null
  const trimmed = input.trim()
  const bare = trimmed.replace(PASTED_PREFIX, '')
  const decoded = bare !== trimmed && /^https?:/i.test(trimmed) ? safeDecode(bare) : bare
  return DOI_PATTERN.test(decoded) ? decoded : null
}

export function doiUrl(doi: string | null | undefined): string | null {
  if (typeof doi !== 'string') return null
  const trimmed = doi.trim()
  if (!DOI_PATTERN.test(trimmed)) return null
  let path = ''
  for (const char of trimmed) {
    if (PATH_SAFE.test(char)) path += char
    else if (isLoneSurrogate(char)) return null
    else path += encodeURIComponent(char)
  }
  return `https://doi.org/${path}`
}

function isLoneSurrogate(char: string): boolean {
  const code = char.charCodeAt(0)
  return char.length === 1 && code >= 0xd800 && code <= 0xdfff
}

// A DOI copied from a browser's address bar arrives percent-encoded; the bare DOI is stored decoded.
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
