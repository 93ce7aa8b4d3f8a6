// The access log in Apache format, written off the request's path: lines are gathered and written out in
// one batch a few times a second (stdout to a pipe is a synchronous write on Linux, once per line before).
import type { RequestHandler } from 'express'
import type morganModule from 'morgan'

const FLUSH_EVERY_MS = 200
const FLUSH_AT_BYTES = 64 * 1024

export function createAccessLog(
  morgan: typeof morganModule,
  format: 'combined' | 'dev',
  out: { write(text: string): unknown } = process.stdout,
): RequestHandler {
  let lines: string[] = []
  let bytes = 0
  const flush = () => {
    if (lines.length === 0) return
    const text = lines.join('')
    lines = []
    bytes = 0
    out.write(text)
  }
  setInterval(flush, FLUSH_EVERY_MS).unref()
  process.once('exit', flush)
  return morgan(format, {
    stream: {
      write(line: string) {
        lines.push(line)
        bytes += line.length
        if (bytes >= FLUSH_AT_BYTES) flush()
      },
    },
  })
}
