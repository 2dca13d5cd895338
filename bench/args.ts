// A bench script's command line, read strictly (node:util parseArgs): an unknown flag, a flag without its value, a
// stray word or a count that is no whole number in its range is refused in one line, exit 2, before anything runs.
// Such slips ran a default in silence (`--rouns 3`), ran on NaN (`contacts: NaN`), hung, or ended in a stack.
import { parseArgs } from "node:util"

type Options = Record<string, { type: "string" | "boolean"; multiple?: boolean }>

/** Refuses in one line, naming what to type: `[cxedge] [bench] <message>; usage: <usage>`, exit 2. */
export function refuse(message: string, usage: string): never {
  process.stderr.write(`[cxedge] [bench] ${message}; usage: ${usage}\n`)
  process.exit(2)
}

/** The flags and at most `maxWords` positional words of `argv` (the script's own arguments), or a refusal. */
export function benchArgs<O extends Options>(usage: string, options: O, maxWords = 0, argv = process.argv.slice(2)) {
  let parsed
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true })
  } catch (error) {
    const { code, message } = error as { code?: string; message: string }
    const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? ""
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") refuse(`unknown flag ${flag}`, usage)
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") refuse(`${flag.split(" ")[0]} ${/argument missing/.test(message) ? "needs a value" : "takes no value"}`, usage)
    refuse(message.split("\n")[0]!.slice(0, 120), usage)
  }
  if (parsed.positionals.length > maxWords) refuse(`unexpected argument "${parsed.positionals[maxWords]!.slice(0, 40)}"`, usage)
  return parsed
}

/** A count given as `raw` (a flag's value or a word), a whole number from `min` to `max`; `fallback` when not given. */
export function count(name: string, raw: string | undefined, fallback: number, min: number, max: number, usage: string): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!/^\d+$/.test(raw) || n < min || n > max) refuse(`${name} must be a whole number from ${min} to ${max}, not "${raw.slice(0, 20)}"`, usage)
  return n
}
