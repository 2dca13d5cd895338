#!/usr/bin/env node
// Runs the CLI under the Bun that npm installed as a devDependency, so a
// machine with only Node and npm needs nothing else.
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
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
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal))
child.on("exit", (code, signal) => {
  if (signal) process.kill(process.pid, signal)
  else process.exit(code ?? 1)
})
