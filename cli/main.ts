#!/usr/bin/env bun
import type { CommandDef } from "citty"
import { describeError, USAGE_CODES, type CxedgeError } from "../core/errors.ts"
import { ArgvError, checkArgv } from "./check-args.ts"
import { stripAnsi, useColour } from "./colour.ts"
import { rootCommand, rootForUsage, VERSION } from "./root.ts"
import { renderUsage } from "./usage.ts"

/**
 * Help goes through console.log: under Bun, the first touch of
 * `process.stdout` builds a Node stream, which costs more than the rest of
 * `cxedge --help`; console.log writes a string as is. (Not console.error for
 * refusals: Bun paints it red under FORCE_COLOR.)
 */
const print = (text: string) => console.log(text.replace(/\n$/, ""))

const colour = useColour()

const isHelp = (arg: string) => arg === "--help" || arg === "-h"

/**
 * The reader of stdout went away (`cxedge pii scan ... --json | head`): stop
 * quietly, as a Unix tool killed by SIGPIPE does (exit 141), instead of
 * reporting an error the user caused on purpose. A job stopped this way
 * resumes like any interrupted one.
 */
const brokenPipe = (error: unknown) => (error as NodeJS.ErrnoException)?.code === "EPIPE"
const BROKEN_PIPE_EXIT = 141

/** Whether argv asks for help: `--help` or `-h` anywhere before `--` (after it, they are values). */
function asksForHelp(rawArgs: string[]): boolean {
  const end = rawArgs.indexOf("--")
  return (end < 0 ? rawArgs : rawArgs.slice(0, end)).some(isHelp)
}

async function main(rawArgs: string[]) {
  let root: CommandDef<any> | undefined
  try {
    root = rootCommand()
    if (rawArgs.every(isHelp)) {
      // `cxedge`, `cxedge --help`: the root's help, from the command index (no plugin or command is loaded).
      print(await renderUsage(rootForUsage(root), ["cxedge"], colour))
      return
    }
    if (asksForHelp(rawArgs)) {
      // Resolved by the argv check: a misspelt command is refused with a suggestion, not answered with the root's help.
      const { command, path } = await checkArgv(root, rawArgs, { help: true })
      print(await renderUsage(command === root ? rootForUsage(root) : command, path, colour))
      return
    }
    if (rawArgs.length === 1 && (rawArgs[0] === "--version" || rawArgs[0] === "-v")) {
      console.log(VERSION)
      return
    }
    await checkArgv(root, rawArgs)
    const { runCommand } = await import("citty")
    await runCommand(root, { rawArgs })
  } catch (error) {
    if (error instanceof ArgvError) {
      process.stderr.write(`[cxedge] ${error.message}\n`)
      process.exitCode = 2
      return
    }
    if (root && (error as Error)?.constructor?.name === "CLIError") {
      // citty's own refusals (the argv check catches most first): the usage, then the message, all on stderr.
      const resolved = await checkArgv(root, rawArgs, { help: true }).catch(() => ({ command: root!, path: ["cxedge"] }))
      process.stderr.write(await renderUsage(resolved.command, resolved.path, colour))
      const message = (error as Error).message
      process.stderr.write(`[cxedge] ${colour ? message : stripAnsi(message)}\n`)
      process.exitCode = 2
      return
    }
    if (brokenPipe(error)) return void (process.exitCode = BROKEN_PIPE_EXIT)
    process.stderr.write(describeError(error) + "\n")
    // A command may name its own code for a failure (skills health: 3, a monitor's "unknown", not 1 "degraded").
    const own = (error as { exitCode?: unknown })?.exitCode
    process.exitCode = USAGE_CODES.has((error as CxedgeError)?.code) ? 2 : typeof own === "number" ? own : 1
    // A refusal leaves no state: a storage directory it made for the tenant's token and limits only is removed.
    if (process.exitCode === 2) await import("../node/storage-checks.ts").then((m) => m.removeCacheOnlyDirs()).catch(() => undefined)
  }
}

// Last resort: an error no command awaited (a background rejection) is still one line, never a stack.
const uncaught = (error: unknown) => {
  if (brokenPipe(error)) process.exit(BROKEN_PIPE_EXIT)
  process.stderr.write(describeError(error) + "\n")
  process.exit(USAGE_CODES.has((error as CxedgeError)?.code) ? 2 : 1)
}
process.on("uncaughtException", uncaught)
process.on("unhandledRejection", uncaught)

await main(process.argv.slice(2))
