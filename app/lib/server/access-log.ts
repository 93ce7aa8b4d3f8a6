// The access log, one line per response in Apache's combined format, written off the request's path:
// lines are gathered and written out in one batch a few times a second (stdout to a pipe is a synchronous
// write on Linux). The date is formatted once a second, not per line: at thousands of page-cache hits a
// second, formatting was a third of the hit path's cost.
import type { IncomingMessage, ServerResponse } from 'node:http'

const FLUSH_EVERY_MS = 200
const FLUSH_AT_BYTES = 64 * 1024
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const pad = (n: number) => String(n).padStart(2, '0')

/** 03/Dec/2026:13:50:06 +0000, as Apache writes it (in UTC). */
export function clfDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}:${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
}

// Quotes and control characters in logged values are escaped, so a request cannot forge log lines.
const quoted = (value: string | undefined) =>
  value ? value.replace(/[\\"\x00-\x1f\x7f]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) : '-'

export interface AccessLog {
  /** Logs the response when it has been sent. */
  (request: IncomingMessage, response: ServerResponse, next?: () => void): void
  /** Logs a response already sent whose headers went straight to writeHead (a page-cache hit). */
  sent(request: IncomingMessage, response: ServerResponse, length: number): void
}

export function createAccessLog(out: { write(text: string): unknown } = process.stdout): AccessLog {
  let lines: string[] = []
  let bytes = 0
  let second = 0
  let date = ''
  const flush = () => {
    if (lines.length === 0) return
    const text = lines.join('')
    lines = []
    bytes = 0
    out.write(text)
  }
  setInterval(flush, FLUSH_EVERY_MS).unref()
  process.once('exit', flush)

  function write(request: IncomingMessage, response: ServerResponse, sentLength?: number) {
    const now = Date.now()
    if (now - second >= 1000) {
      second = now - (now % 1000)
      date = clfDate(new Date(second))
    }
    const length = sentLength ?? response.getHeader('content-length')
    const line = `${request.socket.remoteAddress ?? '-'} - - [${date}] "${request.method} ${quoted(request.url)} HTTP/${request.httpVersion}" ${response.statusCode} ${length ?? '-'} "${quoted(request.headers.referer)}" "${quoted(request.headers['user-agent'])}"\n`
    lines.push(line)
    bytes += line.length
    if (bytes >= FLUSH_AT_BYTES) flush()
  }

  const log: AccessLog = (request, response, next) => {
    response.once('finish', () => write(request, response))
    next?.()
  }
  log.sent = (request, response, length) => write(request, response, length)
  return log
}
