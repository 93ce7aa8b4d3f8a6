/** Images come from the asset's URL (Sanity's CDN): only an https URL is ever put in a src. */
export function isImageUrl(url: unknown): url is string {
  return typeof url === 'string' && /^https:\/\/[^\s"'<>]+$/.test(url)
}
