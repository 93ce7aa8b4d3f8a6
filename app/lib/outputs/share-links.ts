// Share links as plain URLs to each platform's own share page: no third-party script, no tracking parameter.
export interface ShareLink {
  name: string
  label: string
  href: string
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  return [
    {
      name: 'Email',
      label: 'Share by email',
      href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
    },
    { name: 'LinkedIn', label: 'Share on LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Facebook', label: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    {
      name: 'Bluesky',
      label: 'Share on Bluesky',
      href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}`,
    },
    { name: 'X', label: 'Share on X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
  ]
}
