// `npm run dev`: Remix's dev server rebuilds on change and restarts server.ts (run by tsx) with live reload.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'

// A dev build is not a production build: make the next `npm start` rebuild.
rmSync('build/.stamp', { force: true })

const child = spawn('npx', ['remix', 'dev', '--command', 'tsx server.ts'], { stdio: 'inherit' })
child.on('exit', code => process.exit(code ?? 0))
