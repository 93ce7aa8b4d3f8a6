// HTTP requests as bytes on a socket, for what fetch() would refuse or repair before sending: bad
// percent-encoding, null bytes, raw unicode, overlong lines, huge headers.
import { connect } from 'node:net'

/** Sends one request and resolves with the response's status code (0 if the server closed without one). */
export function rawRequest(port: number, target: string, extraHeaders = ''): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let head = ''
    socket.setTimeout(10_000, () => {
      socket.destroy()
      reject(new Error(`No answer within 10 s to ${JSON.stringify(target.slice(0, 100))}`))
    })
    socket.on('connect', () =>
      socket.write(
        Buffer.from(`GET ${target} HTTP/1.1\r\nHost: localhost\r\n${extraHeaders}Connection: close\r\n\r\n`, 'latin1'),
      ),
    )
    socket.on('data', chunk => {
      head += chunk.toString('latin1')
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head)
      if (status) {
        socket.destroy()
        resolve(Number(status[1]))
      }
    })
    socket.on('error', () => resolve(0))
    socket.on('close', () => resolve(0))
  })
}
