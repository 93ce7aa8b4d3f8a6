/** `?page=N` with N a positive whole number written plainly; anything else (0, -1, 1.5, 01, abc) is no page. */
export function parsePageParam(value: string | null): number | null {
  if (value === null) return 1
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null
}
