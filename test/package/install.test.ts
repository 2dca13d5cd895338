import { beforeAll, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NODE_ONLY_PATH, ok, packed, run } from "./pack.ts"

// `npm pack`, then `npm install -g` into a temp prefix, then the CLI from outside the repo with only Node on PATH.
let tgz: string
let prefix: string
let outside: string
const node = (args: string[]) => run([join(prefix, "bin", "cxedge"), ...args], outside, { PATH: `${join(prefix, "bin")}:${NODE_ONLY_PATH}` })

beforeAll(async () => {
  tgz = await packed()
  prefix = mkdtempSync(join(tmpdir(), "cxedge-global-"))
  outside = mkdtempSync(join(tmpdir(), "cxedge-elsewhere-"))
  const started = Date.now()
  ok(await run(["npm", "install", "-g", tgz, "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], outside), "npm install -g")
  console.log(`package: npm install -g took ${((Date.now() - started) / 1000).toFixed(1)}s`)
}, 240_000)

test("the tarball holds the built package and no sources, tests, fixtures, benchmarks, .cxedge/ or exports/", async () => {
  const files = ok(await run(["tar", "-tzf", tgz], outside), "tar").stdout.trim().split("\n")
  const unwanted = files.filter((f) => /^package\/(test|testing|bench|examples|core|cli|plugins|node|server|sandbox|scripts|\.cxedge|exports|\.ci)\//.test(f) || (/\.ts$/.test(f) && !f.endsWith(".d.ts")))
  expect(unwanted).toEqual([])
  for (const wanted of ["package/bin/cxedge.mjs", "package/dist/cli/main.js", "package/dist/core/public.d.ts", "package/dist/testing/index.js", "package/matrices/gdpr.json"]) {
    expect(files).toContain(wanted)
  }
})

test("cxedge --help runs on Node alone, from a directory outside the repo", async () => {
  expect(Bun.which("bun", { PATH: `${join(prefix, "bin")}:${NODE_ONLY_PATH}` })).toBeNull()
  const r = await node(["--help"])
  expect(r.stderr).toBe("")
  expect(r.code).toBe(0)
  expect(r.stdout).toContain("USAGE cxedge")
  expect(r.stdout).toContain("anonymize")
})

test("cxedge anonymize with the shipped gdpr matrix anonymizes the embedded sandbox tenant", async () => {
  const matrix = join(prefix, "lib", "node_modules", "@cxedge", "toolkit", "matrices", "gdpr.json")
  const r = await node(["anonymize", "--matrix", matrix])
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.stringContaining("embedded sandbox tenant") })
  expect(r.stdout).toMatch(/succeeded\s+250\b/)
  expect(r.stdout).toMatch(/failed\s+0\b/)
}, 60_000)
