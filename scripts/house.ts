// The house rules, measured: no file over 300 lines and no function over 80
// outside test/ and generated code, and no import cycle (type-only imports
// included). `bun scripts/house.ts` prints offenders and exits 1 when any;
// `--json` prints them as JSON; `--size` prints lines per top-level folder.
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

export interface Offence {
  file: string
  kind: "file" | "function" | "cycle"
  name?: string
  lines: number
  line?: number
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
  const starts = [0]
  for (let i = 0; i < code.length; i++) if (code[i] === "\n") starts.push(i + 1)
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

/** Relative imports (static, dynamic with a literal, and `export ... from`) of one file, resolved to files. */
export function importsOf(file: string, code: string, root = ROOT): string[] {
  const out: string[] = []
  const re = /(?:import|export)\s[^'"]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g
  for (const m of code.matchAll(re)) {
    const spec = m[1] ?? m[2]!
    if (!/\.tsx?$/.test(spec)) continue
    out.push(relative(root, resolve(root, dirname(file), spec)))
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

export function offences(root = ROOT): Offence[] {
  const out: Offence[] = []
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(root)) {
    const code = readFileSync(join(root, file), "utf8")
    const lines = code.split("\n").length - (code.endsWith("\n") ? 1 : 0)
    if (lines > MAX_FILE_LINES) out.push({ file, kind: "file", lines })
    for (const f of functionsOf(file, code)) if (f.lines > MAX_FUNCTION_LINES) out.push({ file, kind: "function", name: f.name, line: f.line, lines: f.lines })
    graph.set(file, importsOf(file, code, root))
  }
  for (const cycle of cyclesOf(graph)) out.push({ file: cycle.join(" -> "), kind: "cycle", lines: cycle.length - 1 })
  return out
}

export function sizes(root = ROOT): Record<string, number> {
  const out: Record<string, number> = {}
  for (const file of sourceFiles(root)) {
    const top = file.split("/")[0]!
    out[top] = (out[top] ?? 0) + readFileSync(join(root, file), "utf8").split("\n").length - 1
  }
  return out
}

if (import.meta.main) {
  if (process.argv.includes("--size")) {
    for (const [top, n] of Object.entries(sizes())) console.log(`${top.padEnd(10)} ${n}`)
  } else {
    const found = offences()
    if (process.argv.includes("--json")) console.log(JSON.stringify(found, null, 2))
    else for (const o of found) console.log(o.kind === "cycle" ? `cycle: ${o.file}` : o.kind === "file" ? `${o.file}: ${o.lines} lines (max ${MAX_FILE_LINES})` : `${o.file}:${o.line} function ${o.name}: ${o.lines} lines (max ${MAX_FUNCTION_LINES})`)
    console.log(`${found.length} offences`)
    process.exitCode = found.length ? 1 : 0
  }
}
