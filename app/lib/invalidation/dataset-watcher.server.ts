// The local backend's input to invalidation: the dataset file is watched, and an edit (or a new file moved
// over it) is read whole, checked, served, and then what changed is dropped from every cache.
import { watch } from 'node:fs'
import path from 'node:path'

import type { ContentService } from '../content/content.server.ts'
import { readDataset } from '../content/dataset.server.ts'
import type { LocalSource } from '../content/source.server.ts'
import { diffDocuments, isDraftOrVersion, tagsForChange } from './changes.ts'
import type { Invalidation } from './index.ts'

// Editors and `sanity dataset export` write in bursts: wait for the file to be quiet before reading it.
const SETTLE_MS = 60

export interface DatasetWatcher {
  close(): void
  /** Reads the file now (the watcher calls this after each burst of changes). */
  reload(): Promise<number>
}

export function watchDataset({
  file,
  source,
  content,
  invalidation,
  log = console,
}: {
  file: string
  source: LocalSource
  content: ContentService
  invalidation: Invalidation
  log?: Pick<Console, 'log' | 'error'>
}): DatasetWatcher {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<number> = Promise.resolve(0)

  async function reloadNow(): Promise<number> {
    let next
    try {
      next = readDataset(file)
    } catch (error) {
      // A half-written or broken file is never served: the last good version stays.
      log.error(`${(error as Error).message}\nStill serving the previous version of ${file}.`)
      return 0
    }
    const changes = diffDocuments(source.documents(), next)
    if (changes.length === 0) return 0
    source.replace(next)
    const tags = new Set<string>()
    for (const change of changes) {
      const shown = change.type === 'post' && !isDraftOrVersion(change.id)
      const neighbours = shown ? await content.getNeighbourIds(change.id) : []
      for (const tag of tagsForChange(change, neighbours)) tags.add(tag)
    }
    if (tags.size > 0) invalidation.invalidate([...tags])
    log.log(`Reloaded ${file}: ${changes.length} document${changes.length === 1 ? '' : 's'} changed.`)
    return changes.length
  }

  const reload = () => (running = running.then(reloadNow, reloadNow))
  // The directory, not the file: a file moved over the dataset is a new inode that a file watch would miss.
  const watcher = watch(path.dirname(path.resolve(file)), (_event, name) => {
    if (name !== path.basename(file)) return
    clearTimeout(timer)
    timer = setTimeout(() => void reload(), SETTLE_MS)
  })
  watcher.unref()
  return {
    reload,
    close() {
      clearTimeout(timer)
      watcher.close()
    },
  }
}
