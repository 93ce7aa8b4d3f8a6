// Shown until she writes her own in the site settings (and on error pages, which have no settings):
// a health site never goes without one.
export const FALLBACK_DISCLAIMER =
  'The articles on this site are general information, not medical or psychological advice, and reading them does not create a therapist–client relationship. Talk with a qualified professional about your own situation. In a crisis, call or text 988; in immediate danger, call 911.'
