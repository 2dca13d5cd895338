#!/usr/bin/env node
// The installed package runs its built CLI (dist/, made on `npm pack`) in this Node process: a machine
// with only Node and npm needs nothing else. A checkout (the TypeScript sources are there, the package
// ships none) runs them under the Bun that `npm install` put in node_modules, as development always has,
// so a dist/ left behind by `npm pack` is never run stale.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import { constants } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const sources = join(root, "cli", "main.ts")
const built = join(root, "dist", "cli", "main.js")
const bun = existsSync(sources) ? bunBinary() : undefined

if (bun) runUnderBun(bun)
else if (existsSync(built)) await import(pathToFileURL(built).href)
else {
  process.stderr.write(`[cxedge] neither bun nor a built CLI (dist/) is installed: run \`npm install\` in ${root}\n`)
  process.exit(2)
}

function bunBinary() {
  try {
    return join(dirname(createRequire(import.meta.url).resolve("bun/package.json")), "bin", "bun.exe")
  } catch {
    return undefined
  }
}

function runUnderBun(bun) {
  // --no-env-file: cxedge reads no .env by itself (a stray one could point a command at another tenant); CXEDGE_SECRETS_FILE names one.
  const child = spawn(bun, ["--no-env-file", join(root, "cli", "main.ts"), ...process.argv.slice(2)], { stdio: "inherit" })
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
}
