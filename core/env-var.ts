import * as v from "valibot"
import type { GenericSchema } from "valibot"
import { checkUrl } from "./config-check.ts"
import { ConfigError } from "./errors.ts"

/** What the embedded sandbox tenant offers a plugin that needs a peer: its origin and its consent receiver's signing secrets. */
export interface EmbeddedSandbox {
  origin: string
  consentSecrets: string[]
}

/**
 * An environment variable a plugin reads. The entry that reads the
 * environment asks each loaded plugin for these, so core names none of them;
 * `cxedge plugins` lists them (set or not, never the value).
 *
 * @example
 * const url: EnvVar = { name: "ACME_URL", description: "where events go", setting: "url", schema: urlValue("ACME_URL") }
 */
export interface EnvVar {
  /** Upper case, e.g. `CXEDGE_WEBHOOK_URL`. */
  name: string
  /** One line for `cxedge plugins` and the README. */
  description: string
  /** A secret: it comes only from the environment (a config file holding its setting is refused) and is never printed. */
  secret?: boolean
  /** The plugin setting it fills, as a dotted path under `settings.<plugin>` (`url`, `contactEnded.allowIps`). */
  setting?: string
  /** The value is an object spread into the setting instead of replacing it. */
  spread?: boolean
  /**
   * From the text to the setting's value. Its issues are reported as
   * `NAME <message>`; a ConfigError thrown by a transform in it is kept as it
   * is. Without a schema the text is used as written.
   */
  schema?: GenericSchema<string, unknown>
  /**
   * A value that looks like a path (holds `/` or `\\`, or ends in `.json`, and
   * is not JSON) is replaced by that file's content where the entry can read
   * files (the CLI, the Bun and Node servers); one it cannot read is left as is.
   */
  mayNameFile?: boolean
  /** A variable that must not be set together with this one (two places to rotate one secret is one place to forget). */
  excludes?: string
  /** The same check for the setting when it comes from a config file; `where` names the file and key. Returns the value to use. */
  fromFile?(value: unknown, where: string): unknown
  /** Why the plugin cannot work without this variable, given its settings as they stand; undefined when it can. */
  requiredWhen?(settings: Record<string, unknown>): string | undefined
  /** The value to use against the embedded sandbox when the user configured none of the plugin's sandbox variables. */
  sandbox?(sandbox: EmbeddedSandbox): string
}

/** Whether a variable's value names a file rather than holding the value (see `EnvVar.mayNameFile`). */
export const namesFile = (value: string) => /[/\\]|\.json$/i.test(value) && !/^[[{"]/.test(value)

/**
 * A comma-separated list, each entry trimmed; a blank value is no entry. With `name` (a variable's), an empty entry
 * between or after the others (`a,,b`, `a,`) is refused by its position, as CXEDGE_HMAC_KEYS and CXEDGE_PLUGINS
 * refuse one: dropped in silence, it may be the place of an address or secret that was cut.
 */
export function splitList(value: string, name?: string): string[] {
  const entries = value.split(",").map((s) => s.trim())
  if (!name || entries.every((e) => !e)) return entries.filter(Boolean)
  const empty = entries.findIndex((e) => !e)
  if (empty >= 0) throw new ConfigError("config", `${name} entry ${empty + 1} is empty (a stray comma?): separate the entries with one comma each`)
  return entries
}

/** A schema for a comma-separated list; `name` refuses an empty entry (see splitList). */
export const listValue = (name?: string) => v.pipe(v.string(), v.transform((raw) => splitList(raw, name)))

/** A schema for an http(s) URL; the refusal names `name`, never the value. */
export const urlValue = (name: string) => v.pipe(v.string(), v.transform((url) => (checkUrl(url, name), url)))

/**
 * A secret a client sends as `Authorization: Bearer <token>`: long enough not
 * to be guessed, and an RFC 6750 b64token, which a header carries without
 * quoting (a stray space or newline would never match). The refusal names
 * `which`, never the value; `orElse` adds what else the user may do.
 */
export function checkBearerToken(token: string, which: string, orElse = ""): void {
  if (token.length < 32) throw new ConfigError("config", `${which} is shorter than 32 characters: use a long random token (e.g. openssl rand -hex 32)${orElse}`)
  if (!/^[A-Za-z0-9\-._~+/]+=*$/.test(token)) {
    throw new ConfigError("config", `${which} holds a character a Bearer header cannot carry: use letters, digits and - . _ ~ + / (e.g. openssl rand -hex 32)`)
  }
}

/** A schema for bearer tokens: several comma-separated (`list`), or one; each checked, the refusal naming the variable and the entry. */
export const bearerTokensValue = (name: string, list: boolean) =>
  v.pipe(
    v.string(),
    v.transform((raw) => {
      const tokens = list ? splitList(raw, name) : [raw.trim()].filter(Boolean)
      if (!tokens.length) throw new ConfigError("config", `${name} holds no token: set one or more tokens of 32+ characters (e.g. from openssl rand -hex 32), or unset it`)
      tokens.forEach((token, i) => checkBearerToken(token, tokens.length > 1 ? `${name} entry ${i + 1}` : name))
      return tokens
    }),
  )

// Empty is their default: the storage's driver and directory widen no access and drop no limit, and a shell or a test
// clears an inherited one with CXEDGE_STORAGE= (README, "Environment").
export const EMPTY_MEANS_DEFAULT: readonly string[] = ["CXEDGE_STORAGE", "CXEDGE_STORAGE_DIR"]

/** The refusal of a variable set to the empty string, naming it, never guessing "unset". */
export const emptyVariable = (name: string) => `${name} is set but empty: give its value, or unset it`

/**
 * A `CXEDGE_*` variable set to the empty string (`CXEDGE_CALLOUT_ALLOW_IPS=`, `CXEDGE_RPS=$UNSET_VAR`) was read as
 * unset: an allowlist turned off, a rate ceiling dropped, in silence. Refused by its name at start, whoever reads it.
 */
export function refuseEmptyValues(env: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith("CXEDGE_") && value === "" && !EMPTY_MEANS_DEFAULT.includes(name)) throw new ConfigError("config", emptyVariable(name))
  }
}

/**
 * A `CXEDGE_*` value written in quotes (`CXEDGE_STORAGE_DIR="st"`): an env file read by `docker --env-file` or
 * Compose's `environment:` list keeps them as part of the value, so "st" was a directory named with its quotes, and
 * other variables were refused with no word of why (`""fs""`, `key id ""k1"`). Refused by its name, never its value.
 */
export function refuseQuotedValues(env: Record<string, unknown>): void {
  refuseEmptyValues(env)
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith("CXEDGE_") || typeof value !== "string") continue
    const quote = /^\s*(["'])[^]*\1\s*$/.exec(value)
    if (quote && value.trim().length >= 2) {
      throw new ConfigError("config", `${name} is written in quotes (${quote[1]}...${quote[1]}), and here they are part of its value (an env file read by docker --env-file keeps them): write the value without the quotes`)
    }
  }
  refuseSpacedPaths(env)
}

// The variables that name a file or a directory.
const PATH_VARIABLES = ["CXEDGE_STORAGE_DIR", "CXEDGE_CONFIG", "CXEDGE_SECRETS_FILE"]

/**
 * A path variable with white space around its name (`CXEDGE_STORAGE_DIR="st "` in an env file): the jobs were kept in a
 * directory named with the space, where the next run without it found none, and `CXEDGE_CONFIG=" c.json"` was "does not
 * exist", the space unseen. Refused, never trimmed, as `--storage-dir " st"` and `--config " c.json"` are.
 */
function refuseSpacedPaths(env: Record<string, unknown>): void {
  for (const name of PATH_VARIABLES) {
    const value = env[name]
    if (typeof value !== "string" || !value) continue
    const spaced = pathNameProblem(name, value, name.endsWith("_DIR") ? "directory" : "file")
    if (spaced) throw new ConfigError("config", value.trim() ? spaced : `${spaced}, or unset it`)
  }
}

/**
 * Why a file or directory name opening with a ~ no shell expanded is refused, or undefined: `~/st` made a directory
 * named ~ in the current one, and the jobs and audit records kept there were found by no one. An env file, a config
 * file, a quoted value and a flag's `--name=~/st` all reach the command as written.
 */
export function unexpandedHome(from: string, value: string, where = "here"): string | undefined {
  if (value !== "~" && !value.startsWith("~/")) return undefined
  return `${from} ${JSON.stringify(value)} starts with ~, which is not expanded ${where}: write $HOME${value.slice(1)}, the whole path`
}

/**
 * Why a file or directory name is refused (white space around it: `CXEDGE_STORAGE_DIR "st " has white space after
 * the name: write "st", without it`; a ~ left unexpanded), or undefined. `from` says where the name was given.
 */
export function pathNameProblem(from: string, value: string, kind: "file" | "directory"): string | undefined {
  const home = unexpandedHome(from, value, "in an env file, a config file or quotes")
  if (home) return home
  if (value.trim() === value) return undefined
  if (!value.trim()) return `${from} is only white space: name the ${kind}`
  const where = value.trimStart() === value ? "after" : value.trimEnd() === value ? "before" : "around"
  return `${from} ${JSON.stringify(value)} has white space ${where} the name: write ${JSON.stringify(value.trim())}, without it`
}

// The tenant's variables other than the ones that configure it (CXEDGE_ISSUER, CXEDGE_ACCESS_KEY_ID, CXEDGE_RECORDS_URL).
const TENANT_PARTS = [
  "CXEDGE_ACCESS_KEY_SECRET", "CXEDGE_CLIENT_ID", "CXEDGE_CLIENT_SECRET", "CXEDGE_TENANT_ID", "CXEDGE_GRANT", "CXEDGE_CLIENT_AUTH",
  "CXEDGE_ACD_VERSION", "CXEDGE_TOKEN_URL", "CXEDGE_API_URL", "CXEDGE_DFO_URL", "CXEDGE_PRIVACY_URL",
  "CXEDGE_RECORDS_CLIENT_ID", "CXEDGE_RECORDS_CLIENT_SECRET", "CXEDGE_RECORDS_SCOPE",
]

/**
 * A part of a tenant's configuration set with nothing that configures one: the command ran against the embedded
 * sandbox, the variable dropped in silence (CXEDGE_ISSUER forgotten, or CXEDGE_ACCESS_KEY_ID misspelt elsewhere).
 * Named by the variable, never its value. `--sandbox` asks for the sandbox whatever is set, and is not refused.
 */
export function refuseTenantPart(env: Record<string, string | undefined>): void {
  const part = TENANT_PARTS.find((name) => env[name] !== undefined && env[name] !== "")
  if (!part) return
  throw new ConfigError("config", `${part} is set, but no tenant is configured, so it would be ignored and the embedded sandbox used: set CXEDGE_ISSUER and CXEDGE_ACCESS_KEY_ID (or the config file's tenant) too, or unset ${part} (--sandbox uses the sandbox whatever is set)`)
}
