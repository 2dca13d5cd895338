import type { ArgDef, ArgsDef, CommandDef, CommandMeta } from "citty"
import { paint } from "./colour.ts"
import { displayWidth, padDisplay } from "./width.ts"

/**
 * A command's help, rendered by the CLI rather than citty's `showUsage`:
 * citty names a nested command after `process.argv[1]` (`audit
 * /path/to/cli/main.ts`), decides colour from stdout alone at import time,
 * and has no examples. Here the name is the path the user typed, colour is
 * the caller's decision, and `meta.examples` follow the options.
 */

type Lazy<T> = T | Promise<T> | (() => T | Promise<T>)
const resolve = async <T>(value: Lazy<T>): Promise<T> => (typeof value === "function" ? (value as () => T | Promise<T>)() : value)

/** An example line's command and its comment (`cxedge jobs  # every job`). */
export function splitExample(example: string): { command: string; comment?: string } {
  const at = example.indexOf("  # ")
  return at < 0 ? { command: example.trim() } : { command: example.slice(0, at).trim(), comment: example.slice(at + 4).trim() }
}

const hint = (name: string, def: ArgDef) => {
  if (def.type === "boolean" || def.type === "positional") return def.valueHint ? `=<${def.valueHint}>` : ""
  if (def.type === "enum" && def.options?.length) return `=<${def.options.join("|")}>`
  return `=<${def.valueHint ?? name}>`
}

/** Two columns, the first padded to its widest cell (in display columns), indented by two spaces. */
function columns(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([left]) => displayWidth(left)))
  return rows.map(([left, right]) => `  ${padDisplay(left, width)}    ${right}`.trimEnd()).join("\n")
}

/**
 * The usage text of `cmd`, reached by `path` (`["cxedge", "audit", "verify"]`).
 * Required flags and positionals appear on the USAGE line; defaults and
 * "(required)" after each description.
 */
export async function renderUsage(cmd: CommandDef<any>, path: string[], colour: boolean): Promise<string> {
  const c = paint(colour)
  const meta = ((await resolve(cmd.meta)) ?? {}) as CommandMeta
  const args = ((await resolve(cmd.args)) ?? {}) as ArgsDef
  const subs = ((await resolve(cmd.subCommands)) ?? {}) as Record<string, Lazy<CommandDef<any>>>
  const name = path.join(" ")
  const usage: string[] = []
  const positionals: [string, string][] = []
  const options: [string, string][] = []
  for (const [argName, def] of Object.entries(args)) {
    const described = (required: boolean) =>
      [def.description ?? "", required ? c.gray("(required)") : "", def.default === undefined ? "" : c.gray(`(default: ${def.default})`)].filter(Boolean).join(" ")
    if (def.type === "positional") {
      const required = def.required !== false && def.default === undefined
      positionals.push([c.cyan(argName.toUpperCase()), described(required)])
      usage.push(required ? `<${argName.toUpperCase()}>` : `[${argName.toUpperCase()}]`)
      continue
    }
    const required = def.required === true && def.default === undefined
    const aliases = "alias" in def && def.alias ? (Array.isArray(def.alias) ? def.alias : [def.alias]) : []
    options.push([c.cyan([...aliases.map((a) => (a.length === 1 ? `-${a}` : `--${a}`)), `--${argName}`].join(", ") + hint(argName, def)), described(required)])
    if (required) usage.push(`--${argName}${hint(argName, def)}`)
  }
  const commands: [string, string][] = []
  const shown: string[] = []
  for (const [subName, sub] of Object.entries(subs)) {
    const subMeta = ((await resolve((await resolve(sub)).meta)) ?? {}) as CommandMeta
    if (subMeta.hidden) continue
    commands.push([c.cyan(subName), subMeta.description ?? ""])
    shown.push(subName)
  }
  if (shown.length) usage.push(shown.join("|"))

  const version = meta.version ? ` v${meta.version}` : ""
  const lines = [c.gray(`${meta.description ?? ""} (${name}${version})`), ""]
  lines.push(`${c.underline(c.bold("USAGE"))} ${c.cyan([name, options.length || positionals.length ? "[OPTIONS]" : "", ...usage].filter(Boolean).join(" "))}`, "")
  const section = (title: string, body: string) => lines.push(c.underline(c.bold(title)), "", body, "")
  if (positionals.length) section("ARGUMENTS", columns(positionals))
  if (options.length) section("OPTIONS", columns(options))
  if (commands.length) {
    section("COMMANDS", columns(commands))
    lines.push(`Use ${c.cyan(`${name} <command> --help`)} for more information about a command.`, "")
  }
  const examples = meta.examples ?? []
  if (examples.length) {
    const body = examples.map((example) => {
      const { command, comment } = splitExample(example)
      return `  ${command}${comment ? `  ${c.gray(`# ${comment}`)}` : ""}`
    })
    section("EXAMPLES", body.join("\n"))
  }
  return lines.join("\n").trimEnd() + "\n"
}
