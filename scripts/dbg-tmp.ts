import { startSite } from '../tests/helpers/server.ts'
import { wrk } from './load-bench.ts'
const path = '/blog/ketamine-ketamine-assisted-psychotherapy'
const site = await startSite()
for (let i = 0; i < 30; i++) await (await fetch(site.url + path)).text()
console.log('cached', (await wrk(site.url + path, { seconds: 5 })).requestsPerSecond)
await site.stop()
