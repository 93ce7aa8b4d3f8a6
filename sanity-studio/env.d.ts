// Vite inlines import.meta.env (the SANITY_STUDIO_* variables) into the Studio bundle; in Node it may be absent.
interface ImportMeta {
  readonly env?: Record<string, string | undefined>
}
