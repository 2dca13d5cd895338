// The house rules, measured: no file over 300 lines and no function over 80
// outside test/ and generated code, no import cycle (type-only imports
// included), and no upward arrow between the rooms (layering). `bun
// scripts/house.ts` prints offenders and exits 1 when any; `--json` prints
// them as JSON; `--size` prints lines per top-level folder.
// test/house.test.ts runs the same checks on the tree.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { parseSync } from "oxc-parser"

export const ROOTS = ["core", "plugins", "cli", "node", "server", "sandbox", "testing", "pkg"]
export const MAX_FILE_LINES = 300
export const MAX_FUNCTION_LINES = 80

const ROOT = resolve(import.meta.dirname, "..")

export function sourceFiles(root = ROOT): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return
    }
    for (const name of names) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(relative(root, path))
    }
  }
  for (const top of ROOTS) walk(join(root, top))
  return out.sort()
}

/** One broken rule. `file` is the file at fault (for a cycle, the whole cycle `a -> b -> a`). */
export interface Offence {
  file: string
  kind: "file" | "function" | "cycle" | "layer"
  /** The function's name, or for a layering offence the import it makes. */
  name?: string
  lines?: number
  line?: number
  /** For a layering offence, the rule it breaks. */
  rule?: string
}

/** One line per offence, naming the file, what is wrong and the limit. */
export function describeOffence(o: Offence): string {
  if (o.kind === "cycle") return `cycle: ${o.file}`
  if (o.kind === "file") return `${o.file}: ${o.lines} lines (max ${MAX_FILE_LINES})`
  if (o.kind === "function") return `${o.file}:${o.line} function ${o.name}: ${o.lines} lines (max ${MAX_FUNCTION_LINES})`
  return `${o.file}:${o.line} imports ${o.name}: ${o.rule}`
}

const lineStarts = (code: string) => {
  const starts = [0]
  for (let i = 0; i < code.length; i++) if (code[i] === "\n") starts.push(i + 1)
  return starts
}

const lineOf = (starts: number[], offset: number) => {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

const FUNCTION_TYPES = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"])

/** Every function of one file with its span in lines; a method or a `const f = () =>` takes its key's name. */
export function functionsOf(file: string, code: string): { name: string; line: number; lines: number }[] {
  const { program } = parseSync(file, code)
  const starts = lineStarts(code)
  const found: { name: string; line: number; lines: number }[] = []
  const visit = (node: any, name: string) => {
    if (!node || typeof node !== "object") return
    if (Array.isArray(node)) return node.forEach((n) => visit(n, name))
    let here = name
    if (node.type === "VariableDeclarator" && node.id?.name) here = node.id.name
    if ((node.type === "Property" || node.type === "MethodDefinition" || node.type === "PropertyDefinition") && node.key) here = node.key.name ?? node.key.value ?? here
    if (FUNCTION_TYPES.has(node.type)) {
      const fname = node.id?.name ?? here ?? "(anonymous)"
      const line = lineOf(starts, node.start)
      found.push({ name: fname, line, lines: lineOf(starts, node.end) - line + 1 })
      here = fname
    }
    for (const key of Object.keys(node)) if (key !== "type" && key !== "start" && key !== "end") visit(node[key], here)
  }
  visit(program, "(top)")
  return found
}

/** One import of a file, as written: `spec` is the specifier (`./x.ts`, `node:fs`, `citty`). */
export interface ImportRef {
  spec: string
  line: number
  /** `import type`, `export type ... from`, or every name imported as a type: erased at run time, still an arrow. */
  typeOnly: boolean
  dynamic: boolean
}

/**
 * Every import of one file, from the parser rather than a pattern, so a
 * multi-line import, `import type`, `export type ... from`, `export * from`,
 * a side-effect `import "./x.ts"` and `import("./x.ts")` with a literal all
 * count, and an import inside a comment or a string does not.
 */
export function importRefs(file: string, code: string): ImportRef[] {
  const { module } = parseSync(file, code)
  const starts = lineStarts(code)
  const out: ImportRef[] = []
  for (const s of module.staticImports) {
    const typeOnly = s.entries.length > 0 && s.entries.every((e) => e.isType)
    out.push({ spec: s.moduleRequest.value, line: lineOf(starts, s.start), typeOnly, dynamic: false })
  }
  for (const s of module.staticExports) {
    const seen = new Map<string, boolean>()
    for (const e of s.entries) if (e.moduleRequest) seen.set(e.moduleRequest.value, (seen.get(e.moduleRequest.value) ?? true) && e.isType)
    for (const [spec, typeOnly] of seen) out.push({ spec, line: lineOf(starts, s.start), typeOnly, dynamic: false })
  }
  for (const d of module.dynamicImports) {
    // Only a literal names a file; `import(name)` is resolved at run time and cannot be followed here.
    const literal = /^\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*$/.exec(code.slice(d.moduleRequest.start, d.moduleRequest.end))
    const spec = literal?.[1] ?? literal?.[2] ?? literal?.[3]
    if (spec !== undefined) out.push({ spec, line: lineOf(starts, d.start), typeOnly: false, dynamic: true })
  }
  return out.sort((a, b) => a.line - b.line)
}

/** The repository path a relative specifier names (`plugins/x/a.ts` + `../../core/b.ts` -> `core/b.ts`), or undefined for a package. */
export function resolveSpec(file: string, spec: string, root = ROOT): string | undefined {
  if (!spec.startsWith(".")) return undefined
  return relative(root, resolve(root, dirname(file), spec))
}

/** Relative imports of TypeScript files (static, type-only, re-exports, dynamic with a literal) of one file, resolved to files. */
export function importsOf(file: string, code: string, root = ROOT): string[] {
  return importRefs(file, code)
    .filter((ref) => /\.tsx?$/.test(ref.spec))
    .flatMap((ref) => resolveSpec(file, ref.spec, root) ?? [])
}

const top = (path: string) => path.split("/")[0]!
const pluginOf = (path: string) => (top(path) === "plugins" && path.split("/").length > 2 ? path.split("/")[1] : undefined)
const FS = new Set(["node:fs", "node:fs/promises", "fs", "fs/promises"])

/**
 * Folders each room must not import from. Arrows point one way: `cli`,
 * `server` -> `plugins` -> `core`, with `node` (support shared by the CLI and
 * the servers) beside them; `sandbox` is an independent model of CXone, so a
 * client bug cannot hide by being copied into the emulator.
 */
export const FORBIDDEN: Record<string, string[]> = {
  core: ["plugins", "cli", "server", "node", "sandbox", "testing", "pkg"],
  plugins: ["cli", "server", "node", "sandbox"],
  node: ["cli", "server"],
  server: ["cli"],
  sandbox: ["core", "plugins", "cli", "server", "node"],
}

/**
 * The rule one import breaks, if any: an arrow against FORBIDDEN, a plugin
 * importing another plugin's folder (they meet through core: tasks, events),
 * or a plugin other than plugins/audit-file touching the file system (the
 * others use the host's FileAccess, so they run in a Worker).
 */
export function layerRule(file: string, spec: string, root = ROOT): string | undefined {
  const from = top(file)
  if (from === "plugins" && FS.has(spec) && pluginOf(file) !== "audit-file") return "a plugin reads files through the host's FileAccess; only plugins/audit-file imports node:fs"
  const target = resolveSpec(file, spec, root)
  if (!target) return undefined
  const to = top(target)
  if (FORBIDDEN[from]?.includes(to)) return `${from}/ imports nothing from ${to}/${from === "sandbox" ? " (it models CXone independently)" : ""}`
  const mine = pluginOf(file)
  const theirs = pluginOf(target)
  if (mine && theirs && mine !== theirs) return `a plugin imports no other plugin's folder (plugins/${theirs}/)`
  return undefined
}

/** The layering offences of one file. */
export function layeringOf(file: string, code: string, root = ROOT): Offence[] {
  const out: Offence[] = []
  for (const ref of importRefs(file, code)) {
    const rule = layerRule(file, ref.spec, root)
    if (rule) out.push({ file, kind: "layer", name: ref.spec, line: ref.line, rule })
  }
  return out
}

export function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 1 | 2>()
  const stack: string[] = []
  const visit = (n: string) => {
    state.set(n, 1)
    stack.push(n)
    for (const m of graph.get(n) ?? []) {
      if (!graph.has(m)) continue
      if (state.get(m) === 1) cycles.push([...stack.slice(stack.indexOf(m)), m])
      else if (!state.has(m)) visit(m)
    }
    stack.pop()
    state.set(n, 2)
  }
  for (const n of graph.keys()) if (!state.has(n)) visit(n)
  return cycles
}

/** The size offences of one file: over MAX_FILE_LINES lines, and each function over MAX_FUNCTION_LINES. */
export function sizeOf(file: string, code: string): Offence[] {
  const out: Offence[] = []
  const lines = code.split("\n").length - (code.endsWith("\n") ? 1 : 0)
  if (lines > MAX_FILE_LINES) out.push({ file, kind: "file", lines })
  for (const f of functionsOf(file, code)) if (f.lines > MAX_FUNCTION_LINES) out.push({ file, kind: "function", name: f.name, line: f.line, lines: f.lines })
  return out
}

/** Every offence in the tree under `root`: sizes and layering per file, then the import cycles. */
export function offences(root = ROOT): Offence[] {
  const out: Offence[] = []
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(root)) {
    const code = readFileSync(join(root, file), "utf8")
    out.push(...sizeOf(file, code), ...layeringOf(file, code, root))
    graph.set(file, importsOf(file, code, root))
  }
  for (const cycle of cyclesOf(graph)) out.push({ file: cycle.join(" -> "), kind: "cycle", lines: cycle.length - 1 })
  return out
}

export function sizes(root = ROOT): Record<string, number> {
  const out: Record<string, number> = {}
  for (const file of sourceFiles(root)) {
    const folder = top(file)
    out[folder] = (out[folder] ?? 0) + readFileSync(join(root, file), "utf8").split("\n").length - 1
  }
  return out
}

if (import.meta.main) {
  if (process.argv.includes("--size")) {
    for (const [folder, n] of Object.entries(sizes())) console.log(`${folder.padEnd(10)} ${n}`)
  } else {
    const found = offences()
    if (process.argv.includes("--json")) console.log(JSON.stringify(found, null, 2))
    else for (const o of found) console.log(describeOffence(o))
    console.log(`${found.length} offences`)
    process.exitCode = found.length ? 1 : 0
  }
}
