import { readFile } from "node:fs/promises"
import { extname } from "node:path"
import { ConfigError, wideText, jsoncAsJson, jsonSyntaxProblem, repeatedLooseKey, withoutBom } from "../core/index.ts"

// The config file's text forms c12 parses itself (confbox), by extension.
const FORMS: Record<string, string> = { ".yaml": "YAML", ".yml": "YAML", ".toml": "TOML", ".jsonc": "JSONC", ".json5": "JSON5" }

/** YAML, TOML, JSONC or JSON5 for a config file of that kind, else undefined. */
export const textForm = (path: string): string | undefined => FORMS[extname(path).toLowerCase()]

/** A parser's reason, kept only when it quotes nothing of the text (a value there may be a secret). */
const plain = (reason: unknown) => (typeof reason === "string" && /^[\w ,():-]{3,100}$/.test(reason.trim()) ? reason.trim() : undefined)

/** What a YAML, TOML or JSON5 parser's error says, and the line it names: never the text it quotes. */
function parserSaid(error: unknown): { reason?: string; line?: number } {
  const e = error as { reason?: unknown; mark?: { line?: unknown }; line?: unknown; lineNumber?: unknown; message?: unknown }
  const first = String(e?.message ?? "").split("\n")[0]!
  // json5's own line and lineNumber are not the text's (confbox bundles it): its message's "at 2:7" is.
  const json5 = /^JSON5: .* at (\d+):\d+$/.exec(first)?.[1]
  const line = json5 ? Number(json5) : typeof e?.mark?.line === "number" ? e.mark.line + 1 : typeof e?.line === "number" && !/^JSON5:/.test(first) ? e.line : undefined
  // js-yaml: "duplicated mapping key"; smol-toml: "trying to redefine an already defined table or value"; json5: "invalid character ','".
  if (/duplicated mapping key|redefine an already defined/.test(`${String(e?.reason ?? "")} ${first}`)) return { reason: "a key is given twice: write each key once", line }
  const reason = plain(e?.reason) ?? (/^JSON5:/.test(first) ? plain(/^JSON5: (invalid character|invalid end of input)/.exec(first)?.[1]) : plain(first.replace(/^Invalid TOML document:\s*/, "")))
  return { reason, line }
}

/**
 * A YAML, TOML, JSONC or JSON5 config file that could not be loaded, in one line naming the file, the line and the
 * parser's reason, where it was "cannot load the cxedge.config file (parse error)". Undefined for another kind.
 */
export async function textConfigRefusal(error: unknown, path: string, shown: string): Promise<ConfigError | undefined> {
  const form = textForm(path)
  if (!form) return undefined
  const text = await readFile(path, "utf8").catch(() => undefined)
  const wide = text === undefined ? undefined : wideText(text)
  if (wide) return new ConfigError("config", `${shown} ${wide}`)
  // Blank, or comments only: the parser read nothing (c12 then failed on its undefined), which is no configuration.
  if (text !== undefined && !withoutBom(text).replace(/^\s*#.*$/gm, "").trim()) {
    return new ConfigError("config", `${shown} is empty: write the configuration in it, or remove the file`)
  }
  const { reason, line } = parserSaid(error)
  return new ConfigError("config", `${shown}${line ? ` line ${line}` : ""} is not valid ${form}${reason ? ` (${reason})` : ""}: fix the file`)
}

/**
 * What a JSONC or JSON5 parser read past in silence, refused: a key written twice (its last value kept), and for
 * JSONC a text that is not JSON once its comments and trailing commas are set aside (`{"rps": }` was read as `{}`).
 */
export async function checkLooseJson(path: string, shown: string): Promise<void> {
  const form = textForm(path)
  if (form !== "JSONC" && form !== "JSON5") return
  const text = await readFile(path, "utf8").catch(() => undefined)
  if (text === undefined) return
  if (form === "JSONC") {
    try {
      JSON.parse(jsoncAsJson(text) ?? "\u0000")
    } catch (error) {
      const line = /line (\d+)/.exec(String((error as Error).message))?.[1]
      throw new ConfigError("config", `${shown}${line ? ` line ${line}` : ""} is not valid JSONC (${jsonSyntaxProblem(error)}), though its parser read past it: fix the file`)
    }
  }
  const repeated = repeatedLooseKey(text)
  if (repeated) throw new ConfigError("config", `${shown}${text.trimEnd().includes("\n") ? ` line ${repeated.line}` : ""}: ${repeated.path} is given twice: write each key once`)
}
