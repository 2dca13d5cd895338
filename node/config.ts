import { existsSync, statSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { ConfigError, jsonSyntaxProblem, settingsFrom, type ConfigFile, type Env, type EnvSettings } from "../core/index.ts"
import { nodeBuiltins } from "../plugins/manifest-node.ts"

export type { Env }

/** Reads `KEY=VALUE` lines (a dotenv-style secrets file); comments and blank lines are skipped. */
export function parseSecretsFile(text: string): Env {
  const out: Env = {}
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Z0-9_]+)\s*=\s*(.*)$/.exec(line)
    if (!m || line.trim().startsWith("#")) continue
    const raw = m[2]!
    // A quoted value is taken as written; an unquoted one ends at " #" (a comment) and loses trailing spaces,
    // as dotenv reads it: a stray space would otherwise become part of a secret and fail its grant.
    const quoted = /^(['"])(.*)\1\s*(?:#.*)?$/.exec(raw)
    out[m[1]!] = quoted ? quoted[2]! : raw.replace(/\s+#.*$/, "").trimEnd()
  }
  return out
}

async function loadFile(path: string): Promise<ConfigFile> {
  if (path.endsWith(".json")) {
    let text: string
    try {
      text = await readFile(path, "utf8")
    } catch {
      throw new ConfigError("config", `cannot read ${path}: check the path given to --config`)
    }
    try {
      // Editors on Windows save a byte-order mark; it is not part of the JSON.
      return JSON.parse(text.replace(/^\uFEFF/, ""))
    } catch (error) {
      throw new ConfigError("config", `${path} is not valid JSON (${jsonSyntaxProblem(error)}): fix the file`)
    }
  }
  let mod: Record<string, unknown>
  try {
    mod = await import(pathToFileURL(resolve(path)).href)
  } catch (error) {
    throw new ConfigError("config", `cannot load ${path}: ${oneLine((error as Error)?.message)}: fix the file`)
  }
  if (!("default" in mod)) throw new ConfigError("config", `${path} has no default export: export default { plugins: [...], ... }`)
  // Its shape (an object, known keys, no secrets) is checked by settingsFrom, like a JSON file's.
  return mod.default as ConfigFile
}

const oneLine = (text: string | undefined) => (text ?? "unknown error").split("\n")[0]!.slice(0, 200)

/** CXEDGE_CALLOUT_MATRIX may name a matrix file: its content replaces the path (settingsFrom reports one it cannot read). */
async function withCalloutMatrixFile(env: Env): Promise<Env> {
  const value = env.CXEDGE_CALLOUT_MATRIX?.trim()
  if (!value || !/[/\\]|\.json$/i.test(value) || /^[[{"]/.test(value)) return env
  try {
    return { ...env, CXEDGE_CALLOUT_MATRIX: await readFile(value, "utf8") }
  } catch {
    return env
  }
}

/**
 * Configuration for the node-side entries (CLI, Bun and Node servers): the
 * environment, with `CXEDGE_SECRETS_FILE` filling what it lacks, and an
 * optional `cxedge.config.(json|ts)` (or `--config`), through the same
 * `settingsFrom` a Worker uses.
 */
export async function loadSettings(args: Record<string, unknown>, processEnv: Env, cwd = process.cwd()): Promise<EnvSettings> {
  let env = processEnv
  if (env.CXEDGE_SECRETS_FILE) {
    let text: string
    try {
      text = await readFile(env.CXEDGE_SECRETS_FILE, "utf8")
    } catch {
      throw new ConfigError("config", `cannot read CXEDGE_SECRETS_FILE (${env.CXEDGE_SECRETS_FILE}): check the path`)
    }
    env = { ...parseSecretsFile(text), ...processEnv }
  }
  const explicit = typeof args.config === "string" ? args.config : env.CXEDGE_CONFIG
  const found = explicit ?? ["cxedge.config.ts", "cxedge.config.json"].map((f) => resolve(cwd, f)).find((f) => existsSync(f))
  if (explicit && !existsSync(explicit)) throw new ConfigError("config", `config file ${explicit} does not exist: check --config`)
  if (found && statSync(found, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigError("config", `config file ${found} is a directory: name a .json or .ts file`)
  const file = found ? await loadFile(found) : {}
  return settingsFrom(await withCalloutMatrixFile(env), file, args, found ?? "environment", { builtins: Object.keys(nodeBuiltins) })
}

/** Loads a plugin module: a relative or absolute path is taken from the working directory, anything else is a package. */
export function importPlugin(specifier: string): Promise<unknown> {
  const local = specifier.startsWith(".") || specifier.startsWith("/")
  return import(local ? pathToFileURL(resolve(specifier)).href : specifier)
}
