#!/usr/bin/env bun
import { defineCommand, runCommand, showUsage, type CommandDef } from "citty"
import { describeError, resolvePlugins, type CxedgeError, type Plugin } from "../core/index.ts"
import { nodeBuiltins as builtins } from "../plugins/manifest-node.ts"
import { importPlugin, loadSettings } from "../node/config.ts"
import { ArgvError, checkArgv } from "./check-args.ts"
import { createHost } from "./host.ts"

const USAGE_CODES = new Set(["E_CONFIG", "E_USAGE", "E_VALIDATION"])

/** Plugins whose commands the root mounts: the built-ins plus any a config file names. */
async function commandPlugins(): Promise<Plugin[]> {
  try {
    const settings = await loadSettings({}, process.env)
    const extra = (settings.config.plugins ?? []).filter((p) => typeof p !== "string" || !builtins[p])
    if (extra.length === 0) return Object.values(builtins)
    const resolved = await resolvePlugins([...Object.values(builtins), ...extra], { builtins, importer: importPlugin })
    return resolved.map((r) => r.plugin)
  } catch {
    // A bad config is reported by the command that opens the runtime.
    return Object.values(builtins)
  }
}

/** The root command: the built-in commands and every plugin's, loaded lazily. */
async function rootCommand(): Promise<CommandDef<any>> {
  const host = createHost()
  const subCommands: Record<string, () => Promise<CommandDef<any>>> = {
    sandbox: () => import("./commands/sandbox.ts").then((m) => m.default),
    plugins: () => import("./commands/plugins.ts").then((m) => m.default),
    serve: () => import("./commands/serve.ts").then((m) => m.default),
  }
  for (const plugin of await commandPlugins()) {
    for (const [name, make] of Object.entries(plugin.commands ?? {})) subCommands[name] ??= () => make(host)
  }
  return defineCommand({
    meta: { name: "cxedge", version: "0.1.0", description: "Privacy and integration operations against NICE CXone tenants" },
    subCommands,
  })
}

async function main(rawArgs: string[]) {
  let root: CommandDef<any> | undefined
  try {
    root = await rootCommand()
    if (rawArgs.length === 0 || rawArgs.includes("--help") || rawArgs.includes("-h")) {
      const [cmd, parent] = await resolveForUsage(root, rawArgs)
      await showUsage(cmd, parent)
      return
    }
    if (rawArgs.length === 1 && (rawArgs[0] === "--version" || rawArgs[0] === "-v")) {
      console.log("0.1.0")
      return
    }
    await checkArgv(root, rawArgs)
    await runCommand(root, { rawArgs })
  } catch (error) {
    if (error instanceof ArgvError) {
      process.stderr.write(`[cxedge] ${error.message}\n`)
      process.exitCode = 2
      return
    }
    if (root && (error as Error)?.constructor?.name === "CLIError") {
      const [cmd, parent] = await resolveForUsage(root, rawArgs).catch(() => [root!, undefined] as const)
      await showUsage(cmd, parent)
      process.stderr.write(`[cxedge] ${(error as Error).message}\n`)
      process.exitCode = 2
      return
    }
    process.stderr.write(describeError(error) + "\n")
    process.exitCode = USAGE_CODES.has((error as CxedgeError)?.code) ? 2 : 1
  }
}

/** Walks the sub-command names in argv to show the usage of the deepest one. */
async function resolveForUsage(root: CommandDef<any>, rawArgs: string[]): Promise<readonly [CommandDef<any>, CommandDef<any> | undefined]> {
  let cmd = root
  let parent: CommandDef<any> | undefined
  for (const arg of rawArgs) {
    if (arg.startsWith("-")) break
    const subs = typeof cmd.subCommands === "function" ? await cmd.subCommands() : await cmd.subCommands
    const next = subs?.[arg]
    if (!next) break
    parent = cmd
    cmd = typeof next === "function" ? await next() : await next
  }
  return [cmd, parent]
}

// Last resort: an error no command awaited (a background rejection) is still one line, never a stack.
const uncaught = (error: unknown) => {
  process.stderr.write(describeError(error) + "\n")
  process.exit(USAGE_CODES.has((error as CxedgeError)?.code) ? 2 : 1)
}
process.on("uncaughtException", uncaught)
process.on("unhandledRejection", uncaught)

await main(process.argv.slice(2))
