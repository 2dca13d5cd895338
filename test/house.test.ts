import { describe, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import {
  cyclesOf, describeOffence, importRefs, importsOf, layerRule, MAX_FILE_LINES, MAX_FUNCTION_LINES, offences, sizeOf,
} from "../scripts/house.ts"

/** A throwaway repository tree: path -> file text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "cxedge-house-"))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const fn = (name: string, bodyLines: number) => `export function ${name}() {\n${"  void 0\n".repeat(bodyLines)}}\n`

describe("the import parser", () => {
  const code = [
    `import type {`,
    `  A,`,
    `  B,`,
    `} from "./a.ts"`,
    `import "./side.ts"`,
    `export type { C } from './c.ts'`,
    `export * from "./d.ts"`,
    `import { readFileSync, type Stats } from "node:fs"`,
    `// import { q } from "./comment.ts"`,
    `const s = "import { r } from './string.ts'"`,
    `const e = await import("./e.ts")`,
    "const f = await import(`./f.ts`)",
    `const g = await import(name)`,
    `export { default as H, type I } from "./h.ts"`,
    `export type * as N from "./n.ts"`,
  ].join("\n")
  const refs = importRefs("core/x.ts", code)

  test("finds multi-line, type-only, re-exported, side-effect and dynamic imports", () => {
    expect(refs.map((r) => r.spec)).toEqual(["./a.ts", "./side.ts", "./c.ts", "./d.ts", "node:fs", "./e.ts", "./f.ts", "./h.ts", "./n.ts"])
  })

  test("ignores an import in a comment or a string, and import() of a variable", () => {
    const specs = refs.map((r) => r.spec)
    expect(specs).not.toContain("./comment.ts")
    expect(specs).not.toContain("./string.ts")
  })

  test("says which imports are type-only and where each stands", () => {
    const by = Object.fromEntries(refs.map((r) => [r.spec, r]))
    expect(by["./a.ts"]).toMatchObject({ typeOnly: true, line: 1, dynamic: false })
    expect(by["./c.ts"]).toMatchObject({ typeOnly: true, line: 6 })
    expect(by["./n.ts"]).toMatchObject({ typeOnly: true, line: 15 })
    expect(by["node:fs"]).toMatchObject({ typeOnly: false, line: 8 })
    expect(by["./h.ts"]).toMatchObject({ typeOnly: false })
    expect(by["./side.ts"]).toMatchObject({ typeOnly: false, line: 5 })
    expect(by["./e.ts"]).toMatchObject({ dynamic: true, line: 11 })
  })

  test("resolves relative TypeScript imports to repository paths, type-only ones included", () => {
    expect(importsOf("plugins/p/x.ts", `import type { T } from "../../core/t.ts"\nimport "./y.ts"\nimport v from "valibot"`, "/repo")).toEqual([
      "core/t.ts",
      "plugins/p/y.ts",
    ])
  })
})

describe("sizes", () => {
  test(`a file of ${MAX_FILE_LINES} lines passes, one more is an offence`, () => {
    expect(sizeOf("core/a.ts", "void 0\n".repeat(MAX_FILE_LINES))).toEqual([])
    expect(sizeOf("core/a.ts", "void 0\n".repeat(MAX_FILE_LINES + 1)).map(describeOffence)).toEqual([`core/a.ts: ${MAX_FILE_LINES + 1} lines (max ${MAX_FILE_LINES})`])
  })

  test(`a function of ${MAX_FUNCTION_LINES} lines passes, one more is an offence named with its line`, () => {
    expect(sizeOf("core/a.ts", fn("small", MAX_FUNCTION_LINES - 2))).toEqual([])
    const code = `const x = 1\n${fn("big", MAX_FUNCTION_LINES - 1)}`
    expect(sizeOf("core/a.ts", code).map(describeOffence)).toEqual([`core/a.ts:2 function big: ${MAX_FUNCTION_LINES + 1} lines (max ${MAX_FUNCTION_LINES})`])
  })

  test("an arrow or a method is named by its key", () => {
    const body = "    void 0\n".repeat(MAX_FUNCTION_LINES)
    const code = `export const make = () => ({\n  run() {\n${body}  },\n})\n`
    expect(sizeOf("cli/a.ts", code).map((o) => o.name)).toEqual(["make", "run"])
  })
})

describe("cycles", () => {
  test("a cycle is found, a chain is not", () => {
    expect(cyclesOf(new Map([["a", ["b"]], ["b", ["c"]], ["c", []]]))).toEqual([])
    expect(cyclesOf(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]]))).toEqual([["a", "b", "c", "a"]])
  })
})

describe("layering", () => {
  test.each([
    ["core/a.ts", "../plugins/anonymize/x.ts", "core/ imports nothing from plugins/"],
    ["core/cxone/a.ts", "../../cli/host.ts", "core/ imports nothing from cli/"],
    ["core/a.ts", "../server/app.ts", "core/ imports nothing from server/"],
    ["core/a.ts", "../node/config.ts", "core/ imports nothing from node/"],
    ["sandbox/routes/a.ts", "../../core/index.ts", "sandbox/ imports nothing from core/"],
    ["sandbox/a.ts", "../plugins/manifest.ts", "sandbox/ imports nothing from plugins/"],
    ["plugins/anonymize/a.ts", "../../cli/host.ts", "plugins/ imports nothing from cli/"],
    ["plugins/tenant/a.ts", "../../node/config.ts", "plugins/ imports nothing from node/"],
    ["node/runtime.ts", "../server/app.ts", "node/ imports nothing from server/"],
    ["server/app.ts", "../cli/root.ts", "server/ imports nothing from cli/"],
    ["plugins/consent-webhook/a.ts", "../anonymize/job.ts", "plugins/anonymize/"],
    ["plugins/tenant/a.ts", "node:fs", "only plugins/audit-file imports node:fs"],
    ["plugins/tenant/deep/a.ts", "node:fs/promises", "only plugins/audit-file imports node:fs"],
  ])("%s importing %s is an offence", (file, spec, rule) => {
    expect(layerRule(file, spec, "/repo")).toContain(rule)
  })

  test.each([
    ["core/a.ts", "./cxone/client.ts"],
    ["core/a.ts", "valibot"],
    ["plugins/anonymize/a.ts", "../../core/index.ts"],
    ["plugins/anonymize/targets/a.ts", "../journal.ts"],
    ["plugins/manifest.ts", "./anonymize/index.ts"],
    ["plugins/audit-file/sink.ts", "node:fs"],
    ["cli/root.ts", "../plugins/manifest-node.ts"],
    ["cli/commands/serve.ts", "../../server/app.ts"],
    ["node/runtime.ts", "../sandbox/app.ts"],
    ["server/app.ts", "../core/index.ts"],
    ["sandbox/app.ts", "./routes/acd.ts"],
  ])("%s importing %s is allowed", (file, spec) => {
    expect(layerRule(file, spec, "/repo")).toBeUndefined()
  })
})

describe("a tree with one offence of each kind", () => {
  const root = tree({
    "core/big.ts": "void 0\n".repeat(MAX_FILE_LINES + 5),
    "core/long.ts": fn("long", MAX_FUNCTION_LINES + 10),
    "core/up.ts": `import { x } from "../plugins/p/x.ts"\nexport const y = x\n`,
    // The cycle closes through a type-only, multi-line import: erased at run time, still an arrow.
    "core/a.ts": `import { b } from "./b.ts"\nexport const a = b\nexport type A = number\n`,
    "core/b.ts": `import type {\n  A,\n} from "./a.ts"\nexport const b: A = 1\n`,
    "plugins/p/x.ts": `import { readFileSync } from "node:fs"\nexport const x = readFileSync\n`,
    "plugins/q/y.ts": `export * from "../p/x.ts"\n`,
    "sandbox/s.ts": `import "../core/a.ts"\n`,
    "test/ignored.ts": fn("ignored", MAX_FUNCTION_LINES + 10),
  })

  test("every offence is reported, named, and nothing else", () => {
    expect(offences(root).map(describeOffence).sort()).toEqual([
      `core/big.ts: ${MAX_FILE_LINES + 5} lines (max ${MAX_FILE_LINES})`,
      `core/long.ts:1 function long: ${MAX_FUNCTION_LINES + 12} lines (max ${MAX_FUNCTION_LINES})`,
      "core/up.ts:1 imports ../plugins/p/x.ts: core/ imports nothing from plugins/",
      "cycle: core/a.ts -> core/b.ts -> core/a.ts",
      "plugins/p/x.ts:1 imports node:fs: a plugin reads files through the host's FileAccess; only plugins/audit-file imports node:fs",
      "plugins/q/y.ts:1 imports ../p/x.ts: a plugin imports no other plugin's folder (plugins/p/)",
      "sandbox/s.ts:1 imports ../core/a.ts: sandbox/ imports nothing from core/ (it models CXone independently)",
    ])
  })
})

// The repository itself. Each offence is one line of the failure, so the diff names what to fix.
test("the repository keeps the house rules: sizes, no cycles (type-only included), no upward imports", () => {
  expect(offences().map(describeOffence)).toEqual([])
})
