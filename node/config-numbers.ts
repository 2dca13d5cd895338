/**
 * A config file's numbers as written, not as parsed: YAML reads `0x10`, `0o7`, `1_000`, `+5`, `.5`, `5e1` and `.inf` as
 * numbers, TOML `0x10`, `0o7`, `0b1`, `1_000`, `5e1`, `inf` and `nan`, JSON5 `0x10`, `+5`, `.5`, `Infinity`, and JSON an
 * exponent (`1e3`). Each was taken as the number it parses to, where a flag or a variable written so is refused with the
 * number it means (README, Configuration: "numbers in general" are plain decimal).
 */
import { readFile } from "node:fs/promises"
import { ConfigError, dotted, findSecret } from "../core/index.ts"
import { placeOfKey } from "./config-lines.ts"

/** Plain decimal, as JSON writes a number without its exponent: an optional minus, no leading zero, digits after a point. */
const PLAIN = /^-?(0|[1-9]\d*)(\.\d+)?$/

/** A field name's shape: a key of another shape may be data (a map keyed by address) and is left unnamed. */
const FIELD = /^[A-Za-z_$][\w$-]{0,39}$/

/**
 * The number a YAML, TOML, JSON5 or JSON number token means (hex, octal, binary, `_` between digits, a sign, a bare
 * point, an exponent, infinity, not-a-number), or undefined for a token that is no number in any of them.
 * @example writtenNumber("0x1_0") // 16
 */
export function writtenNumber(token: string): number | undefined {
  const signed = /^([+-]?)(.*)$/.exec(token)!
  const sign = signed[1] === "-" ? -1 : 1
  const t = signed[2]!
  if (/^\.?(inf|Inf|INF|Infinity)$/.test(t)) return sign * Infinity
  if (/^\.?(nan|NaN|NAN)$/.test(t)) return NaN
  const based = /^0([xob])([0-9a-f_]+)$/i.exec(t)
  if (based) {
    const digits = based[2]!.replace(/_/g, "")
    const radix = { x: 16, o: 8, b: 2 }[based[1]!.toLowerCase() as "x" | "o" | "b"]
    return digits && [...digits].every((d) => !Number.isNaN(parseInt(d, radix))) ? sign * parseInt(digits, radix) : undefined
  }
  if (!/^(\d[\d_]*)?(\.[\d_]*)?([eE][+-]?\d+)?$/.test(t) || !/\d/.test(t.replace(/[eE].*$/, ""))) return undefined
  return sign * Number(t.replace(/_/g, ""))
}

/** The number leaves of a parsed config file, each with its key path (as lineOfKey reads one). */
function* numbers(value: unknown, path: unknown[] = []): Generator<{ path: unknown[]; value: number }> {
  if (typeof value === "number") yield { path, value }
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* numbers(item, [...path, i])
  else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, child] of Object.entries(value)) if (FIELD.test(key)) yield* numbers(child, [...path, key])
  }
}

/** The value token written at a line (from 1) and column: a YAML tag or anchor before it stepped over. */
function tokenAt(lines: string[], line: number, column: number): string | undefined {
  const rest = (lines[line - 1] ?? "").slice(column).replace(/^\s*(?:[!&]\S*\s+)*/, "")
  return /^[^\s,\]}#/]+/.exec(rest)?.[0]
}

const same = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b))

/**
 * The first number of a config file written other than in plain decimal, refused with its key path, the file (and its
 * line, in a file of more than one) and the number meant: `limits.rps is written 0x10 in cxedge.config.yaml line 2: write 16`.
 * A file holding a secret is left to the secret's own refusal, which never shows a value. A number whose text cannot
 * be found (a YAML alias) is left as parsed.
 */
export function checkWrittenNumbers(value: unknown, text: string, shown: string): void {
  if (findSecret(value)) return
  const lines = text.split(/\r?\n/)
  const several = text.trimEnd().includes("\n")
  for (const leaf of numbers(value)) {
    const key = dotted(leaf.path)
    const place = placeOfKey(text, key)
    if (!place || place.column === undefined) continue
    const token = tokenAt(lines, place.line, place.column)
    // A token that does not mean this number was not its text (another key of the same name was found first).
    const meant = token === undefined ? undefined : writtenNumber(token)
    if (token === undefined || meant === undefined || !same(meant, leaf.value) || PLAIN.test(token)) continue
    const where = `${shown}${several ? ` line ${place.line}` : ""}`
    const plain = Number.isFinite(leaf.value) && PLAIN.test(String(leaf.value)) ? String(leaf.value) : undefined
    const what = plain !== undefined ? `write ${plain}` : Number.isNaN(leaf.value) ? "that is not a number: write one in plain decimal digits" : Number.isFinite(leaf.value) ? "write it in plain decimal digits" : "that is infinity: write a number in plain decimal digits"
    throw new ConfigError("config", `${key} is written ${token.slice(0, 20)} in ${where}: ${what}`)
  }
}

/** {@link checkWrittenNumbers} on the config file at `path`, as its text is on disk. */
export async function checkFileNumbers(value: unknown, path: string, shown: string): Promise<void> {
  const text = await readFile(path, "utf8").catch(() => undefined)
  if (text !== undefined) checkWrittenNumbers(value, text.replace(/^\uFEFF/, ""), shown)
}
