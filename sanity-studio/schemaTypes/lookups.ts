// The checks that ask the dataset: what other documents already hold. Each reads through the Studio's client
// in the raw perspective (drafts and published alike) and leaves out the document being edited, whether it is
// the draft or the published version.
import { getPublishedId, type SanityClient, type ValidationContext } from 'sanity'

import {
  checkRedirectPath,
  classifyPath,
  findRedirectProblem,
  type PathKind,
  redirectKey,
  type RedirectRule,
} from '../../app/lib/redirects'

type Check = true | string

const API_VERSION = '2025-02-19'

// What the site shows: a published post (not a draft, not a release version) whose date has come.
const LIVE_POST = `_type == "post" && !(_id in path("drafts.**")) && !(_id in path("versions.**")) && dateTime(publishedAt) <= dateTime(now())`
const published = (type: string) => `_type == "${type}" && !(_id in path("drafts.**")) && !(_id in path("versions.**"))`
const PAGE_TYPES = { author: 'author', topic: 'topic', service: 'service', standalone: 'page' } as const
const PAGE_NAMES = {
  post: 'published article',
  author: 'author page',
  topic: 'topic page',
  service: 'service page',
  standalone: 'page',
} as const

function rawClient(context: ValidationContext): SanityClient {
  return context.getClient({ apiVersion: API_VERSION }).withConfig({ perspective: 'raw' })
}

function publishedIdOf(context: ValidationContext): string {
  return getPublishedId(context.document?._id ?? '')
}

export async function checkSlugWasAnotherPost(slug: unknown, context: ValidationContext): Promise<Check> {
  const current = (slug as { current?: unknown } | undefined)?.current
  if (typeof current !== 'string' || current.trim() === '') return true
  const title = await rawClient(context).fetch<string | null>(
    `*[_type == "post" && !sanity::versionOf($published) && $slug in previousSlugs][0].title`,
    { published: publishedIdOf(context), slug: current },
  )
  if (title === null || title === undefined) return true
  return `The web address “${current}” was the address of “${title || 'Untitled article'}” before: links shared to it will open this article instead.`
}

async function pageExists(page: PathKind, context: ValidationContext): Promise<boolean> {
  if (page.kind === 'page') return true
  if (page.kind === 'other') return false
  const filter = page.kind === 'post' ? LIVE_POST : published(PAGE_TYPES[page.kind])
  return rawClient(context).fetch<boolean>(`defined(*[${filter} && slug.current == $slug][0]._id)`, {
    slug: page.slug,
  })
}

// Other redirects as they will be once published: where a redirect has a draft, the draft counts.
async function otherRedirects(context: ValidationContext): Promise<RedirectRule[]> {
  const documents = await rawClient(context).fetch<(RedirectRule & { _id: string })[]>(
    `*[_type == "redirect" && !sanity::versionOf($published) && !(_id in path("versions.**")) && defined(from) && defined(to)]{_id, from, to, permanent}`,
    { published: publishedIdOf(context) },
  )
  const byId = new Map<string, RedirectRule>()
  for (const { _id, ...rule } of documents)
    if (_id.startsWith('drafts.') || !byId.has(getPublishedId(_id))) byId.set(getPublishedId(_id), rule)
  return [...byId.values()]
}

async function isRedirectedAddress(path: string, context: ValidationContext): Promise<boolean> {
  const own = (context.parent as { from?: unknown } | undefined)?.from
  const key = redirectKey(path)
  if (typeof own === 'string' && redirectKey(own) === key) return true
  return (await otherRedirects(context)).some(rule => redirectKey(rule.from) === key)
}

export async function checkRedirectFrom(from: unknown, context: ValidationContext): Promise<Check> {
  if (from === undefined || from === null) return true
  const problem = checkRedirectPath(from, 'from')
  if (problem) return problem
  const to = (context.parent as { to?: unknown } | undefined)?.to
  if (typeof to !== 'string' || checkRedirectPath(to, 'to')) return true
  return findRedirectProblem({ from: from as string, to }, await otherRedirects(context)) ?? true
}

export async function checkRedirectFromIsLive(from: unknown, context: ValidationContext): Promise<Check> {
  if (typeof from !== 'string' || checkRedirectPath(from, 'from')) return true
  const page = classifyPath(from)
  if (page.kind === 'other' || !(await pageExists(page, context))) return true
  return `${from} is a live page: the page wins and this redirect is never used.`
}

export async function checkRedirectTo(to: unknown, context: ValidationContext): Promise<Check> {
  if (to === undefined || to === null) return true
  const problem = checkRedirectPath(to, 'to')
  if (problem) return problem
  const page = classifyPath(to as string)
  const [path] = (to as string).split(/[?#]/)
  // The site follows a redirect only to a page it knows (and answers 404 otherwise): say so before publishing.
  // A target that is this redirect's own address, or another redirect's, is the `from` check's to name.
  const looseAddress = page.kind === 'other' || page.kind === 'standalone'
  if (looseAddress && (await isRedirectedAddress(path ?? '', context))) return true
  if (page.kind === 'other')
    return `${path} is not a page of this site: send visitors to /, /blog, an article (/blog/…), an author page (/authors/…), a topic (/topics/…), a service (/services/…) or a page (/…).`
  if (page.kind === 'page' || (await pageExists(page, context))) return true
  return `No ${PAGE_NAMES[page.kind]} has the address ${path}: a redirect must lead to a page that exists.`
}
