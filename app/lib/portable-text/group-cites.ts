import type { PortableTextBody } from '../content/types.ts'

/** One parenthetical citation point: every `cite` annotation that ends on the same marked text. */
export interface CiteGroup {
  _type: 'citeGroup'
  _key: string
  items: Array<{ id: string; locator: string | null; narrative?: true }>
}

type MarkDef = {
  _type?: unknown
  _key?: unknown
  citation?: { _ref?: unknown } | null
  locator?: unknown
  narrative?: unknown
}
type Span = { _type?: unknown; marks?: unknown }

/**
 * Replaces the `cite` annotations of each block by `citeGroup` annotations, one per distinct set of cites on
 * a span, so that text marked by several cites gets one merged parenthetical ("(Tully et al., 2022; Wu et al.,
 * 2021)") instead of one per annotation. Other annotations and blocks pass through untouched.
 */
export function groupCites(body: PortableTextBody): PortableTextBody {
  return body.map(node => {
    if (node._type !== 'block' || !Array.isArray(node.markDefs) || !Array.isArray(node.children)) return node
    const markDefs = node.markDefs as MarkDef[]
    const cites = new Map(markDefs.filter(def => def?._type === 'cite').map(def => [String(def._key), def]))
    if (cites.size === 0) return node

    const groups = new Map<string, CiteGroup>()
    const children = (node.children as Span[]).map(child => {
      if (!Array.isArray(child.marks)) return child
      const marks = child.marks as string[]
      const citeKeys = marks.filter(mark => cites.has(mark))
      if (citeKeys.length === 0) return child
      const groupKey = `cites-${citeKeys.join('-')}`
      if (!groups.has(groupKey))
        groups.set(groupKey, {
          _type: 'citeGroup',
          _key: groupKey,
          items: citeKeys.flatMap(mark => {
            const def = cites.get(mark)
            const id = def?.citation?._ref
            if (typeof id !== 'string') return []
            const locator = typeof def?.locator === 'string' && def.locator ? def.locator : null
            return [def?.narrative === true ? { id, locator, narrative: true as const } : { id, locator }]
          }),
        })
      // The group comes first so it wraps the other marks and its parenthetical follows all of the text.
      return { ...child, marks: [groupKey, ...marks.filter(mark => !cites.has(mark))] }
    })
    const otherDefs = markDefs.filter(def => def?._type !== 'cite')
    return { ...node, markDefs: [...otherDefs, ...groups.values()], children }
  })
}
