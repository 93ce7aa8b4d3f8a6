// The checks behind the Studio's validation rules: pure functions returning true, or a message that tells
// Dr. Miller what is wrong and what to do. The DOI and link checks are the site's own (one module each).
import { DOI_PATTERN, normalizeDoi } from '../../app/lib/citations/index'
import { isSafeHref } from '../../app/lib/portable-text/safe-href'

type Check = true | string

export const TITLE_MAX = 120
export const EXCERPT_MIN = 50
export const EXCERPT_MAX = 200

export function checkTitleLength(title: unknown): Check {
  if (typeof title !== 'string' || title.length <= TITLE_MAX) return true
  return `The title is ${title.length} characters long. Shorten it to ${TITLE_MAX} or fewer: long titles are cut off in search results and when the article is shared.`
}

export function checkExcerptLength(excerpt: unknown): Check {
  if (typeof excerpt !== 'string' || excerpt.trim() === '') return true
  const length = excerpt.trim().length
  if (length < EXCERPT_MIN)
    return `The summary has ${length} characters. Write at least ${EXCERPT_MIN}: it is the description people see in search results and when the article is shared.`
  if (length > EXCERPT_MAX)
    return `The summary has ${length} characters. Shorten it to ${EXCERPT_MAX} or fewer, or search engines will cut it off.`
  return true
}

export function checkDoi(doi: unknown): Check {
  if (doi === undefined || doi === null || doi === '') return true
  if (typeof doi === 'string' && DOI_PATTERN.test(doi)) return true
  const bare = normalizeDoi(typeof doi === 'string' ? doi : null)
  if (bare)
    return `Enter the DOI on its own, without “https://doi.org/”, “doi:” or spaces. Replace what is in the field with: ${bare}`
  return 'This is not a DOI. A DOI starts with “10.”, a number, then a slash, for example 10.1037/amp0000191. Copy it from the article’s page, or leave the field empty if the work has none.'
}

export function checkHttpUrl(url: unknown): Check {
  if (url === undefined || url === null || url === '') return true
  if (typeof url === 'string') {
    try {
      const parsed = new URL(url)
      if ((parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname) return true
    } catch {
      // not a URL at all: the message below says what one looks like
    }
  }
  return 'Enter a full web address that starts with https:// (or http://), for example https://www.apa.org/topics/stress.'
}

export function checkHref(href: unknown): Check {
  if (href === undefined || href === null || href === '') return 'Enter where the link goes, or remove the link.'
  if (isSafeHref(href)) return true
  return 'This link would not work on the site. A link can go to a web address (https://…), an email address (mailto:…), a phone number (tel:…), a page of this site (/blog/…) or a heading on the page (#…). Other kinds, such as “javascript:”, are not allowed.'
}

export function checkYear(year: unknown, today: Date = new Date()): Check {
  if (year === undefined || year === null) return true
  const latest = today.getUTCFullYear() + 1
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000)
    return 'Enter the year of publication as four digits, for example 2021.'
  if (year > latest)
    return `${year} is in the future. Enter the year the work was published (${latest} at the latest, for a work in press).`
  return true
}

export function checkAltText(alt: unknown, image: unknown): Check {
  const hasAsset = typeof image === 'object' && image !== null && 'asset' in image && Boolean(image.asset)
  if (!hasAsset || (typeof alt === 'string' && alt.trim() !== '')) return true
  return 'Describe the image in a sentence for people who cannot see it (screen readers read this aloud), for example “A woman stretching on a yoga mat by a window”.'
}

// Search and sharing: search results cut a title after about 60 characters and a description after about 160.
export const SEO_TITLE_MAX = 60
export const SEO_DESCRIPTION_MIN = 50
export const SEO_DESCRIPTION_MAX = 160

export function checkSeoTitleLength(title: unknown): Check {
  if (typeof title !== 'string' || title.trim().length <= SEO_TITLE_MAX) return true
  return `The search title is ${title.trim().length} characters long: search results cut it after about ${SEO_TITLE_MAX}. Shorten it, or leave it empty to use the article title.`
}

export function checkSeoDescriptionLength(description: unknown): Check {
  if (typeof description !== 'string' || description.trim() === '') return true
  const length = description.trim().length
  if (length < SEO_DESCRIPTION_MIN)
    return `The description has ${length} characters. Write at least ${SEO_DESCRIPTION_MIN}, or leave it empty to use the summary.`
  if (length > SEO_DESCRIPTION_MAX)
    return `The description has ${length} characters: search results cut it after about ${SEO_DESCRIPTION_MAX}. Shorten it, or leave it empty to use the summary.`
  return true
}

/** A phone number readers can dial: digits with the usual separators, at least seven digits. */
export function checkPhone(phone: unknown): Check {
  if (phone === undefined || phone === null || phone === '') return true
  if (typeof phone === 'string' && /^\+?[\d\s().-]+$/.test(phone) && phone.replace(/\D/g, '').length >= 7) return true
  return 'Enter a phone number with its area code, using digits, spaces, dashes or brackets, e.g. (555) 010-0100.'
}

/** A clinical review names who and when: one without the other tells readers nothing they can trust. */
export function checkReviewPair(field: 'reviewedBy' | 'lastReviewed') {
  return (value: unknown, context: { document?: Record<string, unknown> }): Check => {
    const other = context.document?.[field === 'reviewedBy' ? 'lastReviewed' : 'reviewedBy']
    // Only the empty one of the pair is marked: that is the field to fill in.
    if (value || !other) return true
    return field === 'reviewedBy'
      ? 'Choose who reviewed the article, or clear the review date.'
      : 'Enter the day of the review, or clear who reviewed it.'
  }
}
