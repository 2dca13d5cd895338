// `bun scripts/build-binary.ts [--outfile PATH] [--target bun-linux-arm64 ...]`: cxedge as one executable
// (Bun, the CLI, every built-in plugin, the sandbox and the shipped matrices), built with `bun build --compile`.
// Run it with the Bun that builds: it embeds its own runtime (or, with --target, downloads the one named).
import { spawnSync } from "node:child_process"
import { statSync } from "node:fs"
import { join, resolve } from "node:path"
import { parseArgs } from "node:util"

const ROOT = resolve(import.meta.dirname, "..")

/** The `bun build` argv for the binary; exported so the binary test builds exactly what users get. */
export function buildArgs(outfile: string, target?: string): string[] {
  return [
    "build", "--compile", join(ROOT, "cli", "main.ts"), "--outfile", outfile,
    // Minified names are kept: the CLI recognises citty's errors by their class name.
    "--minify", "--keep-names",
    // Bytecode: `--help` starts in about a third of the time; ESM for the CLI's top-level await.
    "--bytecode", "--format=esm",
    // The binary reads configuration as the Node CLI does (cxedge.config, CXEDGE_* variables), not a .env
    // or bunfig.toml (which could preload code) found in whatever directory it runs from.
    "--no-compile-autoload-dotenv", "--no-compile-autoload-bunfig",
    ...(target ? [`--target=${target}`] : []),
  ]
}

/** Builds the binary with the Bun running this script; returns its path and size in bytes. */
export function buildBinary(outfile: string, target?: string): { path: string; bytes: number } {
  const result = spawnSync(process.execPath, buildArgs(outfile, target), { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" })
  if (result.status !== 0) throw new Error(`bun build --compile failed (exit ${result.status}):\n${result.stderr}${result.stdout}`)
  return { path: outfile, bytes: statSync(outfile).size }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { outfile: { type: "string" }, target: { type: "string" } } })
  const outfile = resolve(values.outfile ?? join(ROOT, ".cxedge", "bin", values.target?.includes("windows") ? "cxedge.exe" : "cxedge"))
  const { path, bytes } = buildBinary(outfile, values.target)
  console.log(`built ${path} (${(bytes / 1024 / 1024).toFixed(1)} MiB)`)
}
