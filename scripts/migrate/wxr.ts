// Reads the file Squarespace writes under Settings → Import & Export → Export: WordPress eXtended RSS (WXR).
// Streaming (saxes), so every item knows the line it starts on and a broken file says where it breaks.
import { SaxesParser } from 'saxes'

export interface WxrCategory {
  domain: 'category' | 'post_tag'
  nicename: string
  name: string
}

export interface WxrItem {
  /** The line of the file where this `<item>` starts, for messages. */
  line: number
  title: string
  link: string
  creator: string
  guid: string
  content: string
  excerpt: string
  postId: string
  postName: string
  postDateGmt: string
  status: string
  postType: string
  attachmentUrl: string
  categories: WxrCategory[]
}

export interface WxrExport {
  title: string
  link: string
  /** wp:author_login → display name. */
  authors: Map<string, string>
  items: WxrItem[]
}

export class WxrError extends Error {
  override name = 'WxrError'
}

const WP_NAMESPACE = /^http:\/\/wordpress\.org\/export\/1\.\d+\/$/

// Item children read as text, by their qualified name.
const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  'dc:creator': 'creator',
  guid: 'guid',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_name': 'postName',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:status': 'status',
  'wp:post_type': 'postType',
  'wp:attachment_url': 'attachmentUrl',
}

function emptyItem(line: number): WxrItem {
  return {
    line,
    title: '',
    link: '',
    creator: '',
    guid: '',
    content: '',
    excerpt: '',
    postId: '',
    postName: '',
    postDateGmt: '',
    status: '',
    postType: '',
    attachmentUrl: '',
    categories: [],
  }
}

/** Parses a whole export. Not XML, not a WXR, or cut short: a WxrError that says which, and where. */
export function parseWxr(xml: string, file = 'the export'): WxrExport {
  const parser = new SaxesParser({ xmlns: false, position: true })
  const result: WxrExport = { title: '', link: '', authors: new Map(), items: [] }
  const stack: string[] = []
  let text = ''
  let item: WxrItem | null = null
  let category: { domain: string; nicename: string } | null = null
  let author: { login: string; display: string } | null = null
  let sawRoot = false
  let wpNamespace = false
  let wxrVersion = ''

  parser.on('opentag', tag => {
    if (!sawRoot) {
      sawRoot = true
      if (tag.name !== 'rss')
        throw new WxrError(`${file} is XML but not a Squarespace export: it starts with <${tag.name}>, not <rss>.`)
      wpNamespace = Object.entries(tag.attributes).some(
        ([name, value]) => name.startsWith('xmlns:') && WP_NAMESPACE.test(String(value)),
      )
    }
    stack.push(tag.name)
    text = ''
    if (tag.name === 'item') item = emptyItem(parser.line)
    if (tag.name === 'category' && item)
      category = { domain: String(tag.attributes.domain ?? ''), nicename: String(tag.attributes.nicename ?? '') }
    if (tag.name === 'wp:author' && !item) author = { login: '', display: '' }
  })
  parser.on('text', chunk => (text += chunk))
  parser.on('cdata', chunk => (text += chunk))
  parser.on('closetag', tag => {
    stack.pop()
    const parent = stack[stack.length - 1]
    const value = text.trim()
    if (tag.name === 'item' && item) {
      result.items.push(item)
      item = null
    } else if (item && parent === 'item' && tag.name in ITEM_FIELDS) {
      const field = ITEM_FIELDS[tag.name] as keyof WxrItem
      ;(item as unknown as Record<string, unknown>)[field] = tag.name === 'content:encoded' ? text : value
    } else if (item && tag.name === 'category' && category) {
      if (category.domain === 'category' || category.domain === 'post_tag')
        item.categories.push({ domain: category.domain, nicename: category.nicename, name: value })
      category = null
    } else if (!item && parent === 'channel' && tag.name === 'title') result.title = value
    else if (!item && parent === 'channel' && tag.name === 'link') result.link = value
    else if (tag.name === 'wp:wxr_version') wxrVersion = value
    else if (author && tag.name === 'wp:author_login') author.login = value
    else if (author && tag.name === 'wp:author_display_name') author.display = value
    else if (author && tag.name === 'wp:author') {
      if (author.login) result.authors.set(author.login, author.display || author.login)
      author = null
    }
    text = ''
  })

  try {
    parser.write(xml).close()
  } catch (error) {
    if (error instanceof WxrError) throw error
    const message = (error as Error).message
    if (sawRoot && stack.length > 0)
      throw new WxrError(
        `${file} is cut short: it ends inside <${stack[stack.length - 1]}>${item ? ` (the item that starts on line ${(item as WxrItem).line})` : ''}. Export it again from Squarespace. (${message})`,
      )
    throw new WxrError(`${file} is not well-formed XML: ${message}`)
  }
  if (!sawRoot) throw new WxrError(`${file} is empty or not XML.`)
  if (!wpNamespace || !wxrVersion)
    throw new WxrError(
      `${file} is an RSS file but not a Squarespace (WordPress WXR) export: it has no wp: namespace or <wp:wxr_version>. Export it from Settings → Import & Export → Export.`,
    )
  return result
}
