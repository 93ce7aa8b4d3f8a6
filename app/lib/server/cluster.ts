// WEB_CONCURRENCY=N: N server processes share the port (Node's cluster module hands out connections). Each
// keeps its own caches and follows changes by itself (the dataset watcher, Sanity's live events), so they
// share no state (ADR 013). A process that dies is replaced; SIGTERM stops them all gracefully.
import cluster from 'node:cluster'

export function superviseWorkers(count: number) {
  let stopping = false
  for (let i = 0; i < count; i++) cluster.fork()
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      return
    }
    console.error(`Server process ${worker.process.pid} exited (${signal ?? code}); starting another.`)
    cluster.fork()
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stopping = true
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
    })
}
