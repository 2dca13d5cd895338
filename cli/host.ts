import { hostname } from "node:os"
import { createInterface } from "node:readline/promises"
import { createConsola, type ConsolaInstance } from "consola"
import type { CommandHost, Logger, OpenedRuntime } from "../core/index.ts"
import { loadSettings, type Env } from "../node/config.ts"
import { openNodeRuntime } from "../node/runtime.ts"
import { nodeFiles } from "../node/files.ts"
import { render } from "./output.ts"

/** Flags every command that opens a runtime accepts. */
export const commonArgs = {
  config: { type: "string", description: "path to cxedge.config.(json|ts)" },
  sandbox: { type: "boolean", description: "use the embedded sandbox tenant even if one is configured" },
  storage: { type: "string", description: "storage driver: memory, fs or redis (default fs, memory with the sandbox)" },
  "storage-dir": { type: "string", description: "directory of the fs storage (default .cxedge)" },
  rps: { type: "string", description: "most requests a second sent to the tenant" },
  verbose: { type: "boolean", description: "debug logging" },
} as const

function loggerFrom(consola: ConsolaInstance): Logger {
  return {
    debug: (m, ...a) => consola.debug(m, ...a),
    info: (m, ...a) => consola.info(m, ...a),
    warn: (m, ...a) => consola.warn(m, ...a),
    error: (m, ...a) => consola.error(m, ...a),
  }
}

/** This process, for job leases: a pid that is gone (ESRCH) no longer holds one. */
const processOwner = {
  pid: process.pid,
  host: hostname(),
  alive(pid: number) {
    try {
      process.kill(pid, 0)
      return true
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== "ESRCH"
    }
  },
}

/** The CLI's CommandHost: logs on stderr, data on stdout, runtime built from settings. */
export function createHost(env: Env = process.env): CommandHost {
  const consola = createConsola({ stdout: process.stderr, stderr: process.stderr, level: env.CXEDGE_LOG_LEVEL ? Number(env.CXEDGE_LOG_LEVEL) : 3 })
  const isTTY = !!process.stderr.isTTY
  let statusShown = false
  return {
    commonArgs,
    isTTY,
    info: (m) => consola.info(m),
    warn: (m) => consola.warn(m),
    print: (data, options) => void process.stdout.write(render(data, options)),
    setExitCode: (code) => void (process.exitCode = code),
    status(line, done) {
      if (!isTTY) return
      process.stderr.write(`\r\x1b[2K${line}${done ? "\n" : ""}`)
      statusShown = !done
    },
    async prompt(message, options) {
      if (!process.stdin.isTTY || !isTTY) return undefined
      // node:readline rather than consola.prompt: under Bun, clack's text prompt submits undefined.
      const rl = createInterface({ input: process.stdin, output: process.stderr })
      try {
        const answer = (await rl.question(`${message}${options?.default ? ` (${options.default})` : ""}: `)).trim()
        return answer || options?.default || ""
      } finally {
        rl.close()
      }
    },
    async withRuntime(args, fn) {
      const opened = await this.open(args)
      try {
        return await fn(opened)
      } finally {
        await opened.close()
      }
    },
    async open(args): Promise<OpenedRuntime> {
      if (args.verbose) consola.level = 4
      const { rt, sandbox } = await openNodeRuntime(await loadSettings(args, env), env, loggerFrom(consola))
      return {
        rt,
        sandbox,
        files: nodeFiles,
        owner: processOwner,
        async close() {
          if (statusShown) process.stderr.write("\n")
          try {
            // Work a command queued (an erasure request) runs before the process ends.
            await rt.tasks.drain()
          } finally {
            await rt.dispose()
          }
        },
      }
    },
  }
}
