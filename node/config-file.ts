import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { extname, join, relative } from "node:path"
import type { Jiti } from "jiti"
import { ConfigError, editDistance, wideText, jsonLinesCount, jsonSyntaxProblem, notUtf8File, parseJsonFile, type ConfigFile, withoutBom } from "../core/index.ts"
import { mayHoldConfig, packageKey } from "./config-probe.ts"
import { lineOfKey, literal } from "./config-lines.ts"
import { checkLooseJson, textConfigRefusal } from "./config-text.ts"
import { checkFileNumbers } from "./config-numbers.ts"

export { lineOfKey }

/**
 * Finding and loading `cxedge.config.*` with c12. What c12 does here, and
 * what it is told not to do:
 * - it looks in the working directory only (no parent directories), for
 *   `cxedge.config` with the first of .js, .ts, .mjs, .cjs, .mts, .cts, .json,
 *   .jsonc, .json5, .yaml, .yml, .toml, then in `.config/` beside it;
 * - `--config` or CXEDGE_CONFIG names the file instead (it must exist);
 * - .ts and .mts load through jiti, so a TypeScript config works under
 *   Node as under Bun;
 * - no `.env` loading: c12 would write it into the process environment, and
 *   a `.env` lying in whatever directory a command runs from could point a
 *   destructive command at another tenant. CXEDGE_SECRETS_FILE names such a
 *   file explicitly instead;
 * - no rc files, no package.json key, no `extends` layers (they can fetch
 *   remote sources), no `$development`-style overrides: one file is the
 *   whole configuration, checked as written.
 */

let jiti: Jiti | undefined
/** jiti (and c12) are imported only when there is a file to load: they cost a few hundred milliseconds of start-up. */
const loadModule = async (path: string) => {
  jiti ??= (await import("jiti")).createJiti(import.meta.url, { moduleCache: false, fsCache: false, interopDefault: false })
  return jiti.import(path)
}

/**
 * A config module that failed to load, in words that never quote its error's message (a config may
 * hold a secret, and a thrown message or a parser's may quote it): the file, the error's class, and
 * the line where that is known for sure (a syntax error's place; a throw's frame on Node, Bun's being
 * off by jiti's wrapper).
 */
function threw(error: unknown, path: string, shown: string): string {
  const message = String((error as Error)?.message ?? "")
  // Where in this file: `path:line:column`, in a parser's message or a throw's stack.
  const at = new RegExp(`${literal(path)}:(\\d+):\\d+`)
  const parse = /^(?:\w+: )?(ParseError|SyntaxError)\b/.exec(message)
  if (parse) {
    const line = at.exec(message)?.[1]
    return `cannot load ${shown}: it is not valid code (${parse[1]}${line ? ` at line ${line}` : ""}): fix the file`
  }
  // An import that does not resolve ("it threw ResolveMessage"): named by its specifier, which is code, when it has a module's shape.
  const code = (error as { code?: unknown })?.code
  if (code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND") {
    const specifier = (error as { specifier?: unknown }).specifier ?? /Cannot find (?:module|package) '([^']+)'/.exec(message)?.[1]
    const named = typeof specifier === "string" && /^[\w@./:-]{1,100}$/.test(specifier) ? ` "${specifier}"` : ""
    const what = typeof specifier === "string" && /^\.{1,2}\//.test(specifier) ? "check the path (it is read from the config file's directory)" : "install the package here, or fix the import"
    return `cannot load ${shown}: it imports${named || " a module"}, which cannot be found: ${what}`
  }
  const kind = error instanceof Error ? error.constructor?.name || error.name || "Error" : `a ${error === null ? "null" : typeof error}`
  const frame = process.versions.bun ? undefined : at.exec(String((error as Error)?.stack ?? ""))?.[1]
  return `cannot load ${shown}: it threw ${kind}${frame ? ` at line ${frame}` : ""} when loaded (its message is not shown: it may quote a secret): fix the file`
}

/** A JSON file as written (a byte-order mark dropped), or a module's default export, refused with one line naming the file. */
async function readConfigModule(path: string, shown: string): Promise<unknown> {
  if (path.endsWith(".json")) {
    let text: string
    try {
      text = await readFile(path, "utf8")
    } catch {
      throw new ConfigError("config", `cannot read ${shown}: check the path given to --config or CXEDGE_CONFIG`)
    }
    let parsed: ReturnType<typeof parseJsonFile>
    try {
      parsed = parseJsonFile(text)
    } catch (error) {
      // The parser's message may quote the text, and the text may hold a secret: only its kind is kept.
      // An empty file (or one of white space) was "not valid JSON (Unexpected EOF)", where a YAML one is told it is empty.
      const wide = wideText(text)
      if (wide) throw new ConfigError("config", `${shown} ${wide}`)
      if (!withoutBom(text).trim()) throw new ConfigError("config", `${shown} is empty: write the configuration in it ({"plugins": [...], "settings": {...}}), or remove the file`)
      const values = jsonLinesCount(text)
      if (values) throw new ConfigError("config", `${shown} holds ${values} JSON values, one a line (JSON Lines), not one JSON document: a config file is one object ({"plugins": [...], "settings": {...}}); merge them into it`)
      throw new ConfigError("config", `${shown} is not valid JSON (${jsonSyntaxProblem(error)}): fix the file`)
    }
    // JSON.parse keeps a repeated key's last value in silence: a second "tenant" would replace the first unseen.
    if (parsed.repeated) throw new ConfigError("config", `${shown}: ${parsed.repeated} is given twice: write each key once`)
    if (parsed.notUtf8Line) throw new ConfigError("config", `${shown} ${notUtf8File(parsed.notUtf8Line)}`)
    // A plain JSON file's numbers are JSON's own (an exponent is standard JSON): its ranges are the settings' checks.
    return parsed.value
  }
  let mod: Record<string, unknown>
  try {
    mod = (await loadModule(path)) as Record<string, unknown>
  } catch (error) {
    throw new ConfigError("config", threw(error, path, shown))
  }
  if (!mod || typeof mod !== "object" || !("default" in mod)) throw new ConfigError("config", `${shown} has no default export: export default defineConfig({ plugins: [...], ... })`)
  // Its shape (an object, known keys, no secrets) is checked by settingsFrom, like a JSON file's.
  return mod.default
}

/** Where the configuration is named: the flag wins over the variable. */
function explicitPath(args: Record<string, unknown>, env: Record<string, string | undefined>): { path: string; from: string } | undefined {
  if (typeof args.config === "string") return { path: args.config, from: "--config" }
  if (env.CXEDGE_CONFIG) return { path: env.CXEDGE_CONFIG, from: "CXEDGE_CONFIG" }
  return undefined
}

/** The extensions c12 reads, in the order it looks for them. */
const EXTENSIONS = [".js", ".ts", ".mjs", ".cjs", ".mts", ".cts", ".json", ".jsonc", ".json5", ".yaml", ".yml", ".toml"]

/** A `cxedge.config.<ext>` c12 would look for that is a directory: it was passed over, the command run on no configuration. */
function directoryInTheWay(cwd: string): string | undefined {
  for (const dir of [cwd, join(cwd, ".config")]) {
    for (const ext of EXTENSIONS) {
      const path = join(dir, `${dir === cwd ? "cxedge.config" : "cxedge"}${ext}`)
      if (existsSync(path) && statSync(path).isDirectory()) return path
    }
  }
  return undefined
}

/**
 * A file in `cwd` named almost as c12 looks for one (`.cxedgerc`, `cxedge.json`, `cxedge-config.ts`,
 * `cxedge.config.JSON`, `cxedge.config.jsn`): it was passed over in silence, and a tenant written in it never read,
 * the embedded sandbox (or the environment's tenant) used instead. Its name and the name meant, or undefined.
 */
function strayConfigName(cwd: string): { name: string; meant: string } | undefined {
  let names: string[]
  try {
    names = readdirSync(cwd)
  } catch {
    return undefined
  }
  for (const name of names) {
    // An rc file, or cxedge.<data extension> (cxedge.ts or a cxedge binary may be anything), or a config word beside the name.
    const m = /^\.?cxedgerc(\.[a-z0-9]+)?$/i.exec(name) ?? /^\.?cxedge(\.(?:json|jsonc|json5|ya?ml|toml))$/i.exec(name) ?? /^cxedge(?:[-_.]?(?:conf|config|configs|cfg|settings))(\.[a-z0-9]+)$/i.exec(name)
    if (!m || !statSync(join(cwd, name), { throwIfNoEntry: false })?.isFile()) continue
    const ext = (m[1] ?? "").toLowerCase()
    // A backup or another kind of file (cxedge.config.bak, cxedge-config.md) is left alone.
    const near = !ext ? ".json" : NEAR_ORDER.find((e) => e === ext) ?? NEAR_ORDER.find((e) => editDistance(e, ext) === 1)
    if (near) return { name, meant: `cxedge.config${near}` }
  }
  return undefined
}
// The extensions, the likeliest first where a slip is one letter from two (.jsn: .json, not .js).
const NEAR_ORDER = [".json", ".yaml", ".yml", ".toml", ".jsonc", ".json5", ".ts", ".mjs", ".js", ".cjs", ".mts", ".cts"]

/** The `cxedge.config.<ext>` files c12 would choose among, in the order it looks (the first wins). */
function candidates(cwd: string): string[] {
  const found: string[] = []
  // Under .config/ c12 reads cxedge.config.<ext> or cxedge.<ext>.
  for (const [dir, names] of [[cwd, ["cxedge.config"]], [join(cwd, ".config"), ["cxedge.config", "cxedge"]]] as const) {
    for (const name of names) {
      for (const ext of EXTENSIONS) {
        const path = join(dir, `${name}${ext}`)
        if (existsSync(path) && statSync(path).isFile()) found.push(path)
      }
    }
  }
  return found
}

/**
 * Whether a file by a near-miss name holds what a cxedge config holds (a top-level `tenant`, `settings`, `plugins`,
 * `limits` or `storage` key, in any of the formats): only then was it meant as one. Another tool's file that happens to
 * be named `cxedge.yaml` (a deployment manifest) blocked every command (review).
 */
function holdsSettings(path: string): boolean {
  try {
    return /(?:^|[\s{,])["']?(?:tenant|settings|plugins|limits|storage)["']?\s*[.:=]/m.test(readFileSync(path, "utf8").slice(0, 65536))
  } catch {
    return false
  }
}

/**
 * The config file's content and its name for messages, or undefined when
 * there is none. A named file that is missing, a directory or of a kind no
 * loader reads is refused; so is a `cxedge.config.*` directory where the file would be.
 */
export async function readConfigFile(args: Record<string, unknown>, env: Record<string, string | undefined>, cwd: string): Promise<{ file: ConfigFile; source: string; path: string } | undefined> {
  const named = explicitPath(args, env)
  if (named && !existsSync(named.path)) throw new ConfigError("config", `config file ${named.path} does not exist: check ${named.from}`)
  if (named && statSync(named.path).isDirectory()) throw new ConfigError("config", `config file ${named.path} is a directory: name a .ts, .mjs, .js or .json file (${named.from})`)
  // Any other extension was loaded as a module of text: "c.txt holds a string", whatever it holds.
  if (named && !EXTENSIONS.includes(extname(named.path).toLowerCase())) {
    throw new ConfigError("config", `config file ${named.path} is not of a kind cxedge reads: name a .ts, .mjs, .js or .json file (or .yaml, .toml) (${named.from})`)
  }
  if (!named && !candidates(cwd).length) {
    const stray = strayConfigName(cwd)
    if (stray && holdsSettings(join(cwd, stray.name))) throw new ConfigError("config", `${stray.name} is not a name cxedge reads its configuration from, so it would be ignored: rename it ${stray.meant}${/\.[a-z0-9]+$/i.test(stray.name.replace(/^\./, "")) ? "" : " (or .yaml, .toml, .ts, as it is written)"}, or name it with --config`)
    if (packageKey(cwd)) throw new ConfigError("config", `package.json has a "cxedge" key, which cxedge does not read, so it would be ignored: move what it holds into cxedge.config.json, or name a config file with --config`)
  }
  if (!named && !mayHoldConfig(cwd)) return undefined
  const directory = named ? undefined : directoryInTheWay(cwd)
  if (directory) throw new ConfigError("config", `${directory} is a directory, not a config file: remove it, or name the config file with --config`)
  // Two of them (a cxedge.config.json left beside a new cxedge.config.ts): the first in c12's order was read, the other ignored in silence.
  const found = named ? [] : candidates(cwd)
  if (found.length > 1) {
    const names = found.map((path) => relative(cwd, path))
    throw new ConfigError("config", `${names.slice(0, -1).join(", ")} and ${names.at(-1)} are ${names.length === 2 ? "both" : "all"} config files here: only ${names[0]} would be read; remove the others, or name one with --config`)
  }
  let loaded: { value: unknown; path: string } | undefined
  // c12 finds the file; this loader reads it, so that a file holding null, a number or no default export is reported as such.
  const loader = {
    import: async (path: string) => {
      loaded = { value: await readConfigModule(path, named?.path ?? relative(cwd, path)), path }
      return {}
    },
  }
  const { loadConfig } = await import("c12")
  let result: Awaited<ReturnType<typeof loadConfig>>
  try {
    result = await loadConfig({
      name: "cxedge", cwd, configFile: named?.path, dotenv: false, rcFile: false, globalRc: false, packageJson: false,
      envName: false, extend: false, giget: false, jiti: loader as never,
    })
  } catch (error) {
    if (error instanceof ConfigError) throw error
    // YAML/TOML parsers quote the text they stop at: the file, the line and the parser's reason are named, its content is not.
    const path = named?.path ?? found[0]
    const refusal = path ? await textConfigRefusal(error, path, named?.path ?? relative(cwd, path)) : undefined
    throw refusal ?? new ConfigError("config", `cannot load ${named?.path ?? "the cxedge.config file"} (${extname(String((error as { path?: string }).path ?? "")) || "parse error"}): check its syntax`)
  }
  // Named as the user would write it (cxedge.config.json, not the absolute path), like the loading errors above.
  if (loaded) return { file: loaded.value as ConfigFile, source: named?.path ?? relative(cwd, loaded.path), path: loaded.path }
  if (result._configFile) {
    const source = named?.path ?? relative(cwd, result._configFile)
    await checkLooseJson(result._configFile, source)
    await checkFileNumbers(result.config, result._configFile, source)
    return { file: result.config as ConfigFile, source, path: result._configFile }
  }
  return undefined
}

/**
 * A configuration mistake with the file and its line, where the file is what is wrong: a core check's
 * "c.json: tenant.grant ..." gains the line (in a file of more than one line), and a plugin's
 * "invalid setting settings.pii.entities: ..." (checked when the runtime is built, far from the file) gains both.
 * A message that names no key the file holds (an environment variable's, say) is left as it is.
 */
export async function placeConfigError(error: unknown, found: { file: unknown; source: string; path: string } | undefined): Promise<unknown> {
  if (!found || !(error instanceof ConfigError)) return error
  const text = await readFile(found.path, "utf8").catch(() => undefined)
  if (text === undefined) return error
  const said = error.message.replace(/^\[cxedge\] \[[^\]]+\] /, "")
  // A file of one line (a trailing newline aside) has no line to name.
  const lineOf = (path: string) => (text.trimEnd().includes("\n") ? lineOfKey(text, path) : undefined)
  const rest = said.startsWith(found.source) ? said.slice(found.source.length) : undefined
  if (rest !== undefined) {
    const path = /^: ([\w$]+(?:\.[\w$]+|\[\d+\])*)/.exec(rest)?.[1] ?? /^ has an unknown key "([^"]+)"/.exec(rest)?.[1]
    const line = path ? lineOf(path) : undefined
    return line ? new ConfigError(error.scope, `${found.source} line ${line}${rest}`) : error
  }
  // A plugin's settings given in its plugins pair (["pii", {...}]): the line that names the plugin there; and a module
  // the list names that cannot be loaded ("cannot load plugin module "nosuch"", said far from the file, named no file).
  // (A module found that throws is the module's to fix, not the file's: it is left as it is.)
  const module = /^cannot load plugin module "([^"]+)"|^plugin module "([^"]+)": no such file/.exec(said)?.slice(1).find(Boolean)
  // Only a module the file's list names (CXEDGE_PLUGINS replaces the list, and is no line of the file).
  const listed = (found.file as { plugins?: unknown } | undefined)?.plugins
  const named = module !== undefined && Array.isArray(listed) && listed.some((spec) => spec === module || (Array.isArray(spec) && spec[0] === module))
  const pair = /^(?:invalid|unknown) setting plugins' \["([\w@./-]+)"/.exec(said)?.[1] ?? (named ? module : undefined)
  if (pair) {
    const from = lineOfKey(text, "plugins") ?? 1
    const at = text.split(/\r?\n/).findIndex((line, i) => i >= from - 1 && (line.includes(`"${pair}"`) || line.includes(`'${pair}'`)))
    const line = at >= 0 && text.trimEnd().includes("\n") ? at + 1 : undefined
    return new ConfigError(error.scope, `${found.source}${line ? ` line ${line}` : ""}: ${said}`)
  }
  // A plugin's setting, or the tenant's (checked when the client is made): "invalid tenant setting timeoutMs".
  // A plugin's name may hold a dash (settings.consent-webhook.url, settings.audit-kv).
  const match = /^(?:invalid setting |unknown setting )?(settings)\.([\w$-]+(?:\.[\w$]+|\[\d+\])*)/.exec(said) ?? /^invalid (tenant) setting ([\w$]+)/.exec(said)
  if (!match) return error
  const [, section, setting] = match as unknown as [string, "settings" | "tenant", string]
  // Only a setting the file writes (down to the plugin's key) is the file's: a variable fills settings and the tenant too.
  // An item of a list (entities[2]) is followed as far as the file writes it, so the item's own line is named.
  const steps = setting.match(/\[\d+\]|[^.[\]]+/g) ?? []
  let value: unknown = (found.file as Record<string, unknown> | undefined)?.[section]
  let depth = 0
  let keys = 0
  for (const step of steps) {
    const key = /^\[(\d+)\]$/.exec(step)?.[1] ?? step
    if (!value || typeof value !== "object" || !Object.hasOwn(value, key)) break
    value = (value as Record<string, unknown>)[key]
    depth++
    if (!step.startsWith("[")) keys++
  }
  if (keys < Math.min(2, steps.filter((step) => !step.startsWith("[")).length)) return error
  const line = lineOf([section, ...steps.slice(0, depth)].join(".").replace(/\.\[/g, "["))
  return new ConfigError(error.scope, `${found.source}${line ? ` line ${line}` : ""}: ${said}`)
}
