import { createConsola, type ConsolaInstance } from "consola"
import type { CommandHost, ConfiguredPlugins, Env, Logger, OpenedRuntime, OpenOptions } from "../core/index.ts"
import { levelHint } from "../core/suggest.ts"
import { CancelledError, ValidationError } from "../core/errors.ts"
import { intFlag } from "../core/flags.ts"
import { refuseQuotedValues } from "../core/env-var.ts"
import { useColour } from "./colour.ts"
import { render } from "./output.ts"
import { processOwner } from "../node/process-owner.ts"

/** Flags every command that opens a runtime accepts. */
export const commonArgs = {
  config: { type: "string", valueHint: "file", description: "config file path (.ts, .mjs, .js, .json, ...), over CXEDGE_CONFIG; default: cxedge.config.* in the working directory" },
  sandbox: { type: "boolean", description: "use the embedded sandbox tenant even if one is configured" },
  storage: { type: "string", description: "storage driver: memory, fs or redis (default fs, memory with the sandbox)" },
  "storage-dir": { type: "string", valueHint: "dir", description: "directory of the fs storage (default .cxedge); naming one chooses the fs storage" },
  rps: { type: "string", description: "most requests a second sent to the tenant (0.1 to 10000)" },
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

/**
 * The process's interruption signal, created when a command first asks for
 * it: commands that never read `host.signal` keep the default (Ctrl-C ends
 * them at once). A terminal's Ctrl-C reaches the bin wrapper and this process
 * together and the wrapper forwards it, so one keypress can arrive twice:
 * a repeat within half a second is the same interruption.
 */
function interruption(): () => AbortSignal {
  let controller: AbortController | undefined
  let firstAt = 0
  return () => {
    if (controller) return controller.signal
    const aborter = (controller = new AbortController())
    const onSignal = (signal: NodeJS.Signals) => {
      if (!aborter.signal.aborted) {
        firstAt = Date.now()
        aborter.abort(new Error(`interrupted by ${signal}`))
      } else if (Date.now() - firstAt > 500) {
        process.stderr.write("\n[cxedge] interrupted again: stopping now\n")
        process.exit(130)
      }
    }
    process.on("SIGINT", onSignal)
    process.on("SIGTERM", onSignal)
    return aborter.signal
  }
}

/** consola's levels by the names the server's CXEDGE_LOG_LEVEL takes; a number (0 errors only .. 5 trace) works too. */
const LEVELS: Record<string, number> = { error: 0, warn: 1, info: 3, debug: 4 }
function logLevel(raw: string | undefined): number {
  if (!raw) return 3
  // Own keys only: `in` also finds "constructor" and "toString" on the prototype, and a function is no level.
  if (Object.hasOwn(LEVELS, raw)) return LEVELS[raw]!
  if (/^\d+$/.test(raw)) return intFlag("CXEDGE_LOG_LEVEL", raw, { min: 0, max: 5 })!
  throw new ValidationError("flags", `CXEDGE_LOG_LEVEL ${JSON.stringify(raw)} is not allowed${levelHint(raw, Object.keys(LEVELS))}: use error, warn, info, debug or a number from 0 to 5`, "CXEDGE_LOG_LEVEL", "E_USAGE")
}

/** The runtime from the settings; its modules load here, not at start-up, where every command's help would pay for them. */
async function openRuntime(args: Record<string, unknown>, env: Env, logger: Logger, options: OpenOptions) {
  // A destructive command's --yes answers a question a dry run never asks: one of the two was not meant.
  if (options.dryRun && args.yes) throw new ValidationError("flags", "--dry-run and --yes contradict each other: --dry-run writes nothing, --yes writes without asking; drop --yes to see the plan, or drop --dry-run to write", "yes", "E_USAGE")
  const [{ loadSettings }, { openNodeRuntime }, { nodeFiles }, { refuseMissingStorageDir }] = await Promise.all([import("../node/config.ts"), import("../node/runtime.ts"), import("../node/files.ts"), import("../node/storage-checks.ts")])
  const settings = await loadSettings(args, env)
  if (options.existingStorage) refuseMissingStorageDir(settings.storage)
  const { rt, sandbox } = await openNodeRuntime(settings, env, logger, { requireAuditKey: !options.readOnly && !options.dryRun, dryRun: !!options.dryRun })
  return { rt, sandbox, files: nodeFiles }
}

/** The config's plugins and their settings, validated, with no tenant, storage or sandbox (`CommandHost.configure`). */
async function configureOnly(args: Record<string, unknown>, env: Env): Promise<ConfiguredPlugins> {
  const [{ loadSettings, importPlugin, placingConfigErrors }, { nodeFiles }, { configurePlugins }, { defaultPlugins }, { nodeBuiltins }] = await Promise.all([
    import("../node/config.ts"), import("../node/files.ts"), import("../core/runtime.ts"), import("../plugins/manifest.ts"), import("../plugins/manifest-node.ts"),
  ])
  const loaded = await loadSettings(args, env)
  const { config } = loaded
  const { plugins, settings, transforms } = await placingConfigErrors(loaded, () => configurePlugins({ ...config, plugins: config.plugins ?? defaultPlugins }, { builtins: nodeBuiltins, importer: importPlugin }))
  return { plugins, transforms, settings: <C>(name: string) => settings.get(name) as C | undefined, files: nodeFiles }
}

/**
 * One question on the terminal. node:readline rather than consola.prompt: under Bun, clack's text prompt submits
 * undefined. The terminal is in raw mode while asking: Ctrl-C arrives as input, not as a signal. Ctrl-D at an empty
 * line closes the interface, and a question pending then never settles (Bun): both reject with a CancelledError.
 */
async function askOnTerminal(message: string, options?: { default?: string }): Promise<string> {
  const { createInterface } = await import("node:readline/promises")
  const rl = createInterface({ input: process.stdin, output: process.stderr })
  const cancel = new AbortController()
  rl.on("SIGINT", () => cancel.abort())
  rl.on("close", () => cancel.abort())
  try {
    const answer = (await rl.question(`${message}${options?.default ? ` (${options.default})` : ""}: `, { signal: cancel.signal })).trim()
    return answer || options?.default || ""
  } catch {
    process.stderr.write("\n")
    throw new CancelledError("cli", "cancelled")
  } finally {
    rl.close()
  }
}

/**
 * The CLI's CommandHost: logs on stderr, data on stdout, runtime built from settings. A variable's value in quotes is
 * refused before CXEDGE_LOG_LEVEL is read (it was told "'info'" is no level).
 */
export function createHost(env: Env = process.env): CommandHost {
  refuseQuotedValues(env)
  const level = logLevel(env.CXEDGE_LOG_LEVEL)
  // consola's fancy reporter colours from its own reading of stdout: without colour, the plain `[warn] ...` lines.
  // (`fancy` is in consola's node build; TypeScript resolves its browser types, which lack it.)
  const options = { stdout: process.stderr, stderr: process.stderr, level, fancy: useColour(env) } as Parameters<typeof createConsola>[0]
  const consola = createConsola(options)
  const isTTY = !!process.stderr.isTTY
  let statusShown = false
  const signal = interruption()
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
    get signal() {
      return signal()
    },
    prompt: (message, options) => (process.stdin.isTTY && isTTY ? askOnTerminal(message, options) : Promise.resolve(undefined)),
    async confirm({ scope, action, summary, yes }) {
      if (yes) return true
      if (!process.stdin.isTTY || !isTTY) throw new ValidationError(scope, `refusing to ${action} without confirmation: re-run with --yes`, "yes", "E_USAGE")
      process.stderr.write(summary.map((line) => `  ${line}\n`).join(""))
      // A cancel at this question is a "no": the command says what it did not write.
      return (await this.prompt!("type yes to continue").catch((error) => (error instanceof CancelledError ? undefined : Promise.reject(error)))) === "yes"
    },
    configure: (args) => configureOnly(args, env),
    async withRuntime(args, fn, options) {
      const opened = await this.open(args, options)
      try {
        return await fn(opened)
      } finally {
        await opened.close()
      }
    },
    async open(args, options): Promise<OpenedRuntime> {
      if (args.verbose) consola.level = 4
      const { rt, sandbox, files } = await openRuntime(args, env, loggerFrom(consola), options ?? {})
      return {
        rt,
        sandbox,
        files,
        owner: processOwner,
        async close() {
          if (statusShown) process.stderr.write("\n")
          try {
            // Work this command queued (an erasure request) runs before the process ends; work others queued in
            // shared storage (a server's retention sweep or access export) is theirs, and is not run as a side effect.
            await rt.tasks.drain({ own: true })
          } finally {
            await rt.dispose()
          }
        },
      }
    },
  }
}
