#!/usr/bin/env node
// Runs the CLI under the Bun that npm installed as a devDependency, so a
// machine with only Node and npm needs nothing else.
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { constants } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const require = createRequire(import.meta.url)
let bun
try {
  bun = join(dirname(require.resolve("bun/package.json")), "bin", "bun.exe")
} catch {
  process.stderr.write("[cxedge] bun is not installed: run `npm install` in " + root + "\n")
  process.exit(2)
}
const child = spawn(bun, [join(root, "cli", "main.ts"), ...process.argv.slice(2)], { stdio: "inherit" })
// The CLI decides what an interruption means (a job finishes its in-flight contacts, then exits 130):
// forward the signal and wait for its exit code.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal))
child.on("error", (error) => {
  process.stderr.write(`[cxedge] cannot start bun (${error.message}): run \`npm install\` in ${root}\n`)
  process.exit(2)
})
child.on("exit", (code, signal) => {
  // Re-raising the signal here would only reach the handler above, and the wrapper would exit 0:
  // report a child killed by a signal the way a shell does, 128 + its number (130 for SIGINT).
  if (signal) process.exit(128 + (constants.signals[signal] ?? 1))
  else process.exit(code ?? 1)
})
