import { readFile, stat } from "node:fs/promises"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { ConfigError, CORE_VARIABLES, wideText, settingsFrom, settingsWithPlugins, type Env, type EnvSettings, withoutBom } from "../core/index.ts"
import { editDistance } from "../core/config-check.ts"
import { notUtf8File } from "../core/json-keys.ts"
import { placeConfigError, readConfigFile } from "./config-file.ts"

export type { Env }

/** Reads `KEY=VALUE` lines (a dotenv-style secrets file); comments and blank lines are skipped, any other line refused. */
export function parseSecretsFile(text: string, path = "CXEDGE_SECRETS_FILE"): Env {
  const out: Env = {}
  const lineOf = new Map<string, number>()
  for (const [i, line] of withoutBom(text).split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith("#")) continue
    const m = /^\s*(?:export\s+)?([A-Z0-9_]+)\s*=\s*(.*)$/.exec(line)
    // A line skipped in silence (cxedge_issuer=..., KEY: value) would leave its variable unset, and the sandbox or
    // another tenant used instead. The line is never quoted: it may hold a secret.
    if (!m) throw new ConfigError("config", `${path} line ${i + 1} is not NAME=value: write one variable a line, its name in capitals (CXEDGE_CLIENT_SECRET=...); # starts a comment`)
    // Set twice, the last line won in silence: which secret was meant is not known. Neither value is quoted.
    const first = lineOf.get(m[1]!)
    if (first !== undefined) throw new ConfigError("config", `${path} line ${i + 1} sets ${m[1]} again (line ${first} set it): keep one line for it`)
    lineOf.set(m[1]!, i + 1)
    const raw = m[2]!
    // A line of a file saved as Latin-1: its secret read with U+FFFD where its bytes were, and refused at the grant.
    if (line.includes("\uFFFD")) throw new ConfigError("config", `${path} ${notUtf8File(i + 1)}`)
    // A quoted value is taken as written; an unquoted one ends at " #" (a comment) and loses trailing spaces,
    // as dotenv reads it: a stray space would otherwise become part of a secret and fail its grant.
    const quoted = /^(['"])(.*)\1\s*(?:#.*)?$/.exec(raw)
    // An opening quote with no closing one (a value cut, or a quote typed in it) was taken with the quote as a secret.
    if (!quoted && /^['"]/.test(raw)) throw new ConfigError("config", `${path} line ${i + 1} opens a quote it does not close (an unbalanced quote): close it, or write the value without quotes`)
    out[m[1]!] = quoted ? quoted[2]! : raw.replace(/\s+#.*$/, "").trimEnd()
  }
  return out
}

/**
 * The environment with `CXEDGE_SECRETS_FILE` filling what it lacks. A variable set in both with different values is
 * refused, naming it and both places (never a value): the environment won in silence, and a rotated secret in the file
 * was never used.
 */
export async function withSecretsFile(processEnv: Env): Promise<Env> {
  const path = processEnv.CXEDGE_SECRETS_FILE
  if (!path) return processEnv
  let text: string
  try {
    text = await readFile(path, "utf8")
  } catch (error) {
    const code = (error as { code?: string }).code
    const why = code === "EISDIR" ? "it is a directory: name the file of NAME=value lines" : code === "ENOENT" ? "no such file: check the path" : "check the path and its permissions"
    throw new ConfigError("config", `cannot read CXEDGE_SECRETS_FILE (${path}): ${why}`)
  }
  const wide = wideText(text)
  if (wide) throw new ConfigError("config", `CXEDGE_SECRETS_FILE (${path}) ${wide}`)
  const secrets = parseSecretsFile(text, `CXEDGE_SECRETS_FILE (${path})`)
  // An empty file (a secret not yet mounted, the wrong file) ran on the embedded sandbox, or the defaults, with no word.
  if (!Object.keys(secrets).length) throw new ConfigError("config", `CXEDGE_SECRETS_FILE (${path}) sets no variable (${text.trim() ? "comments only" : "it is empty"}): write NAME=value lines (CXEDGE_CLIENT_SECRET=...), or unset CXEDGE_SECRETS_FILE`)
  for (const [name, value] of Object.entries(secrets)) {
    if (processEnv[name] !== undefined && processEnv[name] !== value) {
      throw new ConfigError("config", `${name} is set both in the environment and in CXEDGE_SECRETS_FILE (${path}), with different values: keep one (unset ${name} in the environment, or remove its line from the file)`)
    }
  }
  return { ...secrets, ...processEnv }
}

/** A Worker's bindings (wrangler.toml), which a node-side environment may carry from the same .env. */
const BINDINGS = ["CXEDGE_KV", "CXEDGE_QUEUE", "CXEDGE_DEAD_LETTER_QUEUE"]

// The word of a storage (or of BullMQ, the queue redis carries) in a binding's variable: the storage meant.
const STORAGE_WORDS: Record<string, string> = { redis: "redis", bullmq: "redis", memory: "memory", fs: "fs", file: "fs", kv: "kv" }

/**
 * A Worker's binding set as a variable where the CLI or a Bun/Node server runs (CXEDGE_QUEUE=Redis) was ignored in
 * silence: the tasks went to the storage's queue, and the user believed them on the one named. Refused, naming what
 * chooses the queue here; a value that is a storage's name is told the variable it belongs in. CXEDGE_DEAD_LETTER_QUEUE
 * (a queue name, which a .dev.vars file may carry) is left alone.
 */
function refuseBinding(name: string, value: string): void {
  if (name === "CXEDGE_DEAD_LETTER_QUEUE") return
  const storage = STORAGE_WORDS[value.trim().toLowerCase()]
  const meant = storage && storage !== "kv" ? ` (did you mean CXEDGE_STORAGE=${storage}?)` : ""
  const [what, here] = name === "CXEDGE_QUEUE"
    ? ["a Cloudflare Worker's Queue producer binding (wrangler.toml, [[queues.producers]])", "here the tasks are queued in the storage (CXEDGE_STORAGE=redis queues them on BullMQ in redis)"]
    : ["a Cloudflare Worker's KV namespace binding (wrangler.toml, [[kv_namespaces]])", "here CXEDGE_STORAGE names the storage (fs or redis)"]
  throw new ConfigError("config", `${name} is ${what}, which the CLI and the Bun/Node servers never read${meant}: ${here}; unset ${name}`)
}

/**
 * A CXEDGE_ variable one slip away from one cxedge or a loaded plugin reads (_STORGE for _STORAGE, _HMAC_KEY for
 * _HMAC_KEYS: one letter left out, added, changed or two swapped) was ignored in silence: the storage, the keys or
 * the tenant fell back to their defaults (the embedded sandbox, for a tenant). Refused, naming the variable meant;
 * its value is never shown. A name further from every one (`_REDIS_PORT` after the prefix) is left alone: it may be another tool's.
 */
export function checkVariableNames(env: Env, plugins: readonly unknown[]): void {
  const known = [...CORE_VARIABLES.map((v) => v.name), ...BINDINGS, ...plugins.flatMap((p) => ((p as { env?: { name: string }[] }).env ?? []).map((e) => e.name))]
  for (const name of Object.keys(env)) {
    if (BINDINGS.includes(name) && env[name]) refuseBinding(name, env[name])
    if (!name.startsWith("CXEDGE_") || known.includes(name) || env[name] === undefined) continue
    const meant = known.find((k) => editDistance(name, k) === 1)
    if (meant) throw new ConfigError("config", `${name} is not a variable cxedge reads (did you mean ${meant}?): rename it, or unset it (as it is, it is ignored)`)
  }
}

const readIfPossible = (path: string) => readFile(path, "utf8").catch(() => undefined)

/**
 * Configuration for the node-side entries (CLI, Bun and Node servers): the
 * environment, with `CXEDGE_SECRETS_FILE` filling what it lacks, and an
 * optional config file (node/config-file.ts), through the same
 * `settingsFrom` a Worker uses; then the loaded plugins' own variables.
 */
export async function loadSettings(args: Record<string, unknown>, processEnv: Env, cwd = process.cwd()): Promise<EnvSettings> {
  // The plugin objects load with the settings, not with this module: a command's help needs neither.
  const [{ defaultPlugins }, { nodeBuiltins }] = await Promise.all([import("../plugins/manifest.ts"), import("../plugins/manifest-node.ts")])
  const env = await withSecretsFile(processEnv)
  const found = await readConfigFile(args, env, cwd)
  let loaded: readonly unknown[] = []
  let settings: EnvSettings
  try {
    const core = settingsFrom(env, found ? found.file : {}, args, found?.source ?? "environment", { builtins: Object.keys(nodeBuiltins) })
    settings = await settingsWithPlugins(core, env, { builtins: nodeBuiltins, defaults: defaultPlugins, importer: importPlugin, readFile: readIfPossible, loaded: (plugins) => void (loaded = plugins) })
  } catch (error) {
    throw await placeConfigError(error, found)
  }
  // The names the built-ins and the plugins loaded declare: a variable of a plugin this configuration loads is known.
  checkVariableNames(env, [...Object.values(nodeBuiltins), ...loaded])
  if (found) files.set(settings, found)
  return settings
}

const files = new WeakMap<EnvSettings, { file: unknown; source: string; path: string }>()

/**
 * Runs what checks the settings later (the plugins' own, when the runtime is built) so that a mistake in
 * the config file names the file and its line, as the checks of loadSettings do.
 */
export async function placingConfigErrors<T>(settings: EnvSettings, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    throw await placeConfigError(error, files.get(settings))
  }
}

/**
 * Loads a plugin module: a relative or absolute path is taken from the
 * working directory; a package is looked up from the working directory first
 * (the project's node_modules, so a globally installed cxedge finds the
 * project's plugins), then from cxedge's own location.
 */
export async function importPlugin(specifier: string): Promise<unknown> {
  const local = specifier.startsWith(".") || specifier.startsWith("/")
  if (local) {
    // A directory was "no such file": an import names a module file, and a folder is not one.
    const isDir = await stat(resolve(specifier)).then((s) => s.isDirectory(), () => false)
    if (isDir) throw new ConfigError("runtime", `plugin module "${specifier.slice(0, 80)}" is a directory: name its module file (${specifier.replace(/\/+$/, "")}/index.mjs, its package.json's main), or install it and name its package`)
    return import(pathToFileURL(resolve(specifier)).href)
  }
  const { resolveModuleURL } = await import("exsolve")
  const fromProject = resolveModuleURL(specifier, { from: pathToFileURL(join(process.cwd(), "/")), conditions: ["node", "import"], try: true })
  return import(fromProject ?? specifier)
}
