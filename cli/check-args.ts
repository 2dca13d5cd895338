import type { ArgDef, ArgsDef, CommandDef } from "citty"
import { suggestName } from "../core/config-check.ts"
import { pathProblem } from "./file-value.ts"

/**
 * Checks argv against the definition of the command it names, before the
 * command runs. citty parses leniently: an unknown flag (`--dryrun`) becomes
 * a stray boolean the command never reads, a flag before a sub-command is
 * dropped, and `--matrix` with no value becomes "". On real customer data a
 * typo must be refused instead, so every command (built-in, plugin, nested)
 * is checked here, generically, from its `args`.
 */

type Lazy<T> = T | Promise<T> | (() => T | Promise<T>)
const resolve = async <T>(value: Lazy<T>): Promise<T> => (typeof value === "function" ? (value as () => T | Promise<T>)() : value)

/** A command line that names no valid command, flag or value; printed as `[cxedge] message`, exit 2. */
export class ArgvError extends Error {
  override name = "ArgvError"
  readonly code = "E_USAGE"
}

const usage = (message: string) => new ArgvError(message)
const mean = (suggestion: string | undefined, prefix = "") => (suggestion ? ` (did you mean ${prefix}${suggestion}?)` : "")

interface Flag {
  name: string
  def: ArgDef
}

/** Flag spellings of one command: `--name`, aliases, and `-x` for one-letter names and aliases. */
function flagTable(args: ArgsDef): Map<string, Flag> {
  const table = new Map<string, Flag>()
  for (const [name, def] of Object.entries(args)) {
    if (def.type === "positional") continue
    table.set(name, { name, def })
    const aliases = "alias" in def && def.alias ? (Array.isArray(def.alias) ? def.alias : [def.alias]) : []
    for (const alias of aliases) table.set(alias, { name, def })
  }
  return table
}

/**
 * The one flag whose description begins with the thing a flag was called by (--recipient, --recipients for transcript
 * send's --to, "recipient email"): a word too far from the flag's name for a slip of the keyboard.
 */
function describedBy(bare: string, flags: Map<string, Flag>): string | undefined {
  const word = bare.toLowerCase().replace(/s$/, "")
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return undefined
  const opens = new RegExp(`^(the |a |an |one )?${word}s?\\b`, "i")
  const names = new Set([...flags.values()].filter(({ def }) => opens.test(String(def.description ?? ""))).map((f) => f.name))
  return names.size === 1 ? [...names][0] : undefined
}

const takesValue = (def: ArgDef) => def.type === "string" || def.type === "enum"

/** The command argv names, and the path that reached it (`["cxedge", "audit", "verify"]`). */
export interface ResolvedCommand {
  command: CommandDef<any>
  path: string[]
}

const isHelp = (arg: string) => arg === "--help" || arg === "-h"

/**
 * Resolves the sub-command path in argv and throws a one-line usage error for the first problem.
 * With `help`, `--help`/`-h` may appear anywhere and nothing is required, but an unknown command
 * or flag is still refused (`cxedge anonymze --help` must not print the root's help and exit 0).
 */
export async function checkArgv(root: CommandDef<any>, rawArgs: string[], options: { help?: boolean } = {}): Promise<ResolvedCommand> {
  let cmd = root
  const path = ["cxedge"]
  let i = 0
  for (;;) {
    const args = ((await resolve(cmd.args)) ?? {}) as ArgsDef
    const subs = ((await resolve(cmd.subCommands)) ?? {}) as Record<string, Lazy<CommandDef<any>>>
    const subNames = Object.keys(subs)
    const flags = flagTable(args)
    const positionals = Object.entries(args).filter(([, d]) => d.type === "positional")
    const given = new Set<string>()
    let lastFlag: string | undefined
    let extra = 0
    let next: CommandDef<any> | undefined
    const where = path.join(" ")

    for (; i < rawArgs.length; i++) {
      const arg = rawArgs[i]!
      if (arg === "--") {
        extra += rawArgs.length - i - 1
        i = rawArgs.length
        break
      }
      if (!arg.startsWith("-") || arg === "-") {
        // An empty argument ("" from an unset shell variable) would be read as a path or id of nothing.
        if (arg === "") throw usage(`empty argument${lastFlag ? ` (after ${lastFlag})` : ""}: ${where} does not take "" (an unset shell variable?)`)
        if (subNames.length > 0 && extra === 0) {
          if (!Object.hasOwn(subs, arg)) {
            // `cxedge jobs list` (as `webhooks list` and `hold list` are written): the command alone is the list.
            const lists = /^(list|ls)$/.test(arg) && !!cmd.run && /^List\b/.test(String((await resolve(cmd.meta))?.description ?? ""))
            throw usage(`unknown command ${arg} for ${where}${lists ? ` (${where} alone lists them)` : mean(suggestName(arg, subNames))}: use one of ${subNames.join(", ")}${lists ? `, or none to list` : ""}`)
          }
          next = await resolve(subs[arg]!)
          path.push(arg)
          i++
          break
        }
        extra++
        if (extra > positionals.length) {
          // The flag before it, not the value itself: a stray value may be personal data (an address).
          const after = lastFlag ? ` (after ${lastFlag})` : ""
          const takes = positionals.length === 0 ? "takes no positional arguments" : `takes ${positionals.length} (${positionals.map(([n]) => n.toUpperCase()).join(" ")})`
          // A value given to a switch (--samples 3, --dry-run yes) was told to quote it or repeat the flag.
          const before = rawArgs[i - 1]!
          const toggle = before === lastFlag && flags.get(before.replace(/^--?/, ""))
          if (toggle && !takesValue(toggle.def)) throw usage(`unexpected argument after ${lastFlag}, which is a switch and takes no value: pass ${lastFlag} alone (${where} ${takes})`)
          throw usage(`unexpected argument${after}: ${where} ${takes}; quote a value with spaces, repeat a flag for more values`)
        }
        const [name, def] = positionals[extra - 1]!
        const spaced = pathProblem(name.toUpperCase(), arg, def)
        if (spaced) throw usage(spaced)
        continue
      }
      if (options.help && isHelp(arg)) continue
      lastFlag = arg.split("=")[0]
      try {
        i = checkFlag(rawArgs, i, flags, given, where, subNames, positionals.map(([n]) => n))
      } catch (error) {
        throw await otherCommands(root, error, arg, where)
      }
    }

    if (next) {
      cmd = next
      continue
    }
    if (options.help) return { command: cmd, path }
    if (subNames.length > 0 && !cmd.run) throw usage(`${where} needs a sub-command: use one of ${subNames.join(", ")}`)
    for (const [name, def] of Object.entries(args)) {
      if (def.type === "positional") continue
      if (def.required && def.default === undefined && !given.has(name)) throw usage(`missing --${name}: ${where} needs it (see ${where} --help)`)
    }
    const missing = positionals.slice(extra).find(([, d]) => d.required !== false && d.default === undefined)
    if (missing) throw usage(`missing ${missing[0].toUpperCase()}: ${where} needs it (see ${where} --help)`)
    return { command: cmd, path }
  }
}

/**
 * An unknown flag with no near spelling here that other commands take (worker --workers, serve --sandbox):
 * the refusal names them, so the flag is not typed again and again on the wrong command. Other errors pass.
 */
async function otherCommands(root: CommandDef<any>, error: unknown, arg: string, where: string): Promise<unknown> {
  if (!(error instanceof ArgvError) || !/^unknown flag --[\w-]+$/.test(error.message)) return error
  const name = arg.slice(2).split("=")[0]!
  const owners: string[] = []
  const walk = async (cmd: CommandDef<any>, path: string[]) => {
    const args = ((await resolve(cmd.args)) ?? {}) as ArgsDef
    if (path.length > 1 && Object.hasOwn(args, name) && args[name]!.type !== "positional") owners.push(path.join(" "))
    const subs = ((await resolve(cmd.subCommands)) ?? {}) as Record<string, Lazy<CommandDef<any>>>
    for (const [sub, def] of Object.entries(subs)) await walk(await resolve(def), [...path, sub])
  }
  await walk(root, ["cxedge"]).catch(() => undefined)
  // A flag no command takes (--format, --zzzz) was "unknown flag --format" alone, with no word of what to do.
  if (!owners.length) return usage(`unknown flag --${name} for ${where}: no cxedge command takes it (see ${where} --help for this command's flags)`)
  const list = owners.length > 3 ? `${owners.slice(0, 3).join(", ")} and ${owners.length - 3} more` : owners.length > 1 ? `${owners.slice(0, -1).join(", ")} and ${owners.at(-1)}` : owners[0]
  return usage(`unknown flag --${name} for ${where}: it is a flag of ${list} (see ${where} --help for this command's flags)`)
}

function refuseSpaced(spelled: string, value: string, def: ArgDef): void {
  const spaced = pathProblem(spelled, value, def)
  if (spaced) throw usage(spaced)
}

/**
 * A one-letter flag with its value glued on (`-n3`, as other tools take it): read as a flag named "n3", it was refused
 * as unknown with no word of the flag meant. Said how to write it; the value is repeated only when it is a number
 * (anything else could be personal data).
 */
function refuseGlued(name: string, flags: Map<string, Flag>): void {
  const flag = flags.get(name[0]!)
  if (!flag || !takesValue(flag.def)) return
  const value = /^\d+$/.test(name.slice(1)) ? name.slice(1) : "VALUE"
  const long = flag.name.length > 1 ? `--${flag.name}` : `--${name[0]}`
  throw usage(`unknown flag -${name}: -${name[0]} takes its value after a space or =: write -${name[0]} ${value} (or ${long} ${value})`)
}

/** Checks the flag at `rawArgs[i]`; returns the index of the last token it used (its value, if separate). */
function checkFlag(rawArgs: string[], i: number, flags: Map<string, Flag>, given: Set<string>, where: string, subNames: string[], positionals: string[] = []): number {
  const arg = rawArgs[i]!
  const long = arg.startsWith("--")
  const eq = arg.indexOf("=")
  const spelled = eq < 0 ? arg : arg.slice(0, eq)
  const name = spelled.slice(long ? 2 : 1)
  const inline = eq < 0 ? undefined : arg.slice(eq + 1)
  let flag = long || name.length === 1 ? flags.get(name) : undefined
  let negated = false
  if (!flag && long && name.startsWith("no-")) {
    const positive = flags.get(name.slice(3))
    if (positive) {
      if (takesValue(positive.def)) throw usage(`${spelled} is not a flag: --${positive.name} takes a value and cannot be negated`)
      flag = positive
      negated = true
    }
  }
  if (!flag) {
    if (!long && name.length > 1) refuseGlued(name, flags)
    if (flags.size === 0 && subNames.length > 0) throw usage(`unknown flag ${spelled} for ${where}: flags go after the sub-command (${where} ${subNames.join("|")} ${spelled})`)
    const candidates = [...flags.keys()].filter((k) => k.length > 1).concat("help")
    const bare = name.replace(/^no-/, "")
    // The command's argument written as a flag (jobs show --job x, decrypt --token ...): "unknown flag", or a flag of
    // other commands, gave no word of the argument. The value is not shown (a token, a file name).
    const argument = long ? positionals.find((p) => p === bare.toLowerCase()) : undefined
    if (argument) throw usage(`${spelled} is not a flag of ${where}: ${argument.toUpperCase()} is its argument, given alone without ${spelled} (${where} ${argument.toUpperCase()})`)
    // The same word another command's flag is (erase --email, hold add --subject-email): the one flag ending in it.
    const ending = candidates.filter((k) => k.endsWith(`-${bare}`))
    // A flag with the API's word after it (--skill-id for --skill, --contact-id, --policy-name): the one flag it begins with.
    const starting = candidates.filter((k) => bare.startsWith(`${k}-`))
    const near = suggestName(bare, candidates) ?? (ending.length === 1 ? ending[0] : starting.length === 1 ? starting[0] : undefined) ?? describedBy(bare, flags)
    throw usage(`unknown flag ${spelled}${mean(near, "--")}`)
  }
  // A flag given twice takes only its last value, so `--target patch ... --target erasure` or
  // `--dry-run --dry-run=false` would silently run something else: only flags whose help says
  // "repeat" (--to, --param, --id) may be given more than once.
  if (given.has(flag.name) && !/\brepeat\b/i.test(String(flag.def.description ?? ""))) {
    // A one-letter flag is named as typed this time (-n or --n, one flag to citty).
    // A switch (--sent, --dry-run) takes no value: "a single value for it" misread it as one that does.
    const why = takesValue(flag.def) ? `${where} takes a single value for it` : "it is a switch: once turns it on"
    throw usage(`${flag.name.length === 1 ? spelled : `--${flag.name}`} is given more than once: give it once (${why})`)
  }
  given.add(flag.name)
  if (!takesValue(flag.def)) {
    if (inline !== undefined && (negated || !["true", "false"].includes(inline))) throw usage(`${spelled} takes no value: pass ${spelled} alone`)
    return i
  }
  // A repeated flag (--param a --param ''): say which one is missing its value.
  const same = (a: string) => a === spelled || a.startsWith(`${spelled}=`)
  const nth = rawArgs.filter(same).length > 1 ? ` (number ${rawArgs.slice(0, i + 1).filter(same).length})` : ""
  if (inline !== undefined) {
    if (inline === "") throw usage(`${spelled}${nth} needs a value: ${spelled}=VALUE or ${spelled} VALUE`)
    refuseSpaced(spelled, inline, flag.def)
    return i
  }
  const value = rawArgs[i + 1]
  // A value may start with "-" (--param -1), but "--..." is the next flag: this one's value is missing.
  const looksLikeFlag = value !== undefined && value.startsWith("--")
  if (value === undefined || value === "" || looksLikeFlag) throw usage(`${spelled}${nth} needs a value${looksLikeFlag ? ` (found ${value!.split("=")[0]} instead)` : ""}: ${spelled} VALUE`)
  refuseSpaced(spelled, value, flag.def)
  return i + 1
}
