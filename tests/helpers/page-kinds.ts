// One row per kind of page the site serves: accessibility checks, screenshots and Lighthouse all walk this
// table, so a new kind of page (a topic, the services page) is one line here.
export interface PageKind {
  kind: string
  path: string
}

export const PAGE_KINDS: readonly PageKind[] = [
  { kind: 'home', path: '/' },
  { kind: 'index', path: '/blog' },
  { kind: 'article', path: '/blog/ketamine-ketamine-assisted-psychotherapy' },
  { kind: 'author', path: '/authors/elizabeth-miller' },
  { kind: 'topic', path: '/topics/anxiety' },
  { kind: 'services', path: '/services' },
  { kind: 'service', path: '/services/ketamine-assisted-psychotherapy' },
  { kind: 'about', path: '/about' },
  { kind: 'contact', path: '/contact' },
  { kind: 'page', path: '/privacy' },
  { kind: 'search', path: '/search?q=anxiety' },
  { kind: '404', path: '/blog/ketamine-therapy-guide' },
]
