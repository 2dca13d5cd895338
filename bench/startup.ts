// Cold start of `cxedge --help`: under Bun from the sources, and as the
// installed package runs it (npm pack, npm install -g into a temp prefix,
// Node on dist/), each against its runtime's empty start (`bun -e 0`,
// `node -e 0`) measured in the same run, runs interleaved so that load on
// the machine falls on both alike. Usage: bun bench/startup.ts [--runs N] [--no-install]
import { benchArgs, count } from "./args.ts"
import { mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const ROOT = join(import.meta.dirname, "..")

export interface StartupBench {
  runs: number
  bunEmptyMs: number
  bunHelpMs: number
  /** `bun cli/main.ts --help` over `bun -e 0`. */
  bunRatio: number
  installed?: { nodeEmptyMs: number; nodeHelpMs: number; nodeRatio: number; overBunMs: number; installSeconds: number }
  markdown: string
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** Wall time of one run, which must succeed (a help that fails fast would look like a fast start). */
function timeOnce(cmd: string[], cwd: string): number {
  const started = performance.now()
  const proc = Bun.spawnSync(cmd, { cwd, stdout: "pipe", stderr: "pipe", env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" } })
  const ms = performance.now() - started
  if (proc.exitCode !== 0) throw new Error(`${cmd.join(" ")} exited ${proc.exitCode}: ${proc.stderr.toString().slice(0, 500)}`)
  return ms
}

/** Median wall time of each command over `runs` rounds, one run of each per round, after one warm-up round. */
function medians(commands: Record<string, string[]>, runs: number, cwd: string): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
  for (let round = -1; round < runs; round++) {
    for (const [name, cmd] of Object.entries(commands)) {
      const ms = timeOnce(cmd, cwd)
      if (round >= 0) times[name]!.push(ms)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]))
}

function sh(cmd: string[], cwd: string) {
  const proc = Bun.spawnSync(cmd, { cwd, stdout: "pipe", stderr: "pipe", env: { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" } })
  if (proc.exitCode !== 0) throw new Error(`${cmd.join(" ")} exited ${proc.exitCode}: ${proc.stderr.toString().slice(-1000)}`)
}

/** The package packed (prepack builds dist/) and installed globally into a temp prefix; returns that prefix. */
function install(): string {
  const packDir = mkdtempSync(join(tmpdir(), "cxedge-bench-pack-"))
  sh(["npm", "pack", "--pack-destination", packDir, "--loglevel=error"], ROOT)
  const tgz = readdirSync(packDir).find((f) => f.endsWith(".tgz"))
  if (!tgz) throw new Error(`npm pack wrote no tarball into ${packDir}`)
  const prefix = mkdtempSync(join(tmpdir(), "cxedge-bench-prefix-"))
  sh(["npm", "install", "-g", join(packDir, tgz), "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], tmpdir())
  return prefix
}

const ms = (x: number) => x.toFixed(1)

export async function benchStartup(options: { runs?: number; installed?: boolean } = {}): Promise<StartupBench> {
  const runs = options.runs ?? 21
  // An empty directory: no cxedge.config.* to find, as on a user's first `cxedge --help`.
  const cwd = mkdtempSync(join(tmpdir(), "cxedge-bench-cwd-"))
  const bun = process.execPath
  const commands: Record<string, string[]> = {
    bunEmpty: [bun, "-e", "0"],
    bunHelp: [bun, "--no-env-file", join(ROOT, "cli", "main.ts"), "--help"],
  }
  let installSeconds = 0
  if (options.installed !== false) {
    const started = performance.now()
    const prefix = install()
    installSeconds = (performance.now() - started) / 1000
    commands.nodeEmpty = ["node", "-e", "0"]
    commands.nodeHelp = ["node", join(prefix, "bin", "cxedge"), "--help"]
  }
  const m = medians(commands, runs, cwd)
  const bunRatio = m.bunHelp! / m.bunEmpty!
  const installed = m.nodeHelp === undefined ? undefined : {
    nodeEmptyMs: m.nodeEmpty!, nodeHelpMs: m.nodeHelp, nodeRatio: m.nodeHelp / m.nodeEmpty!, overBunMs: m.nodeHelp - m.bunHelp!, installSeconds,
  }
  const rows = [
    `| \`bun -e 0\` (baseline) | ${ms(m.bunEmpty!)} | 1.00 | |`,
    `| \`bun cli/main.ts --help\` | **${ms(m.bunHelp!)}** | ${bunRatio.toFixed(2)} | ${ms(m.bunHelp! - m.bunEmpty!)} |`,
    ...(installed
      ? [
        `| \`node -e 0\` (baseline) | ${ms(installed.nodeEmptyMs)} | 1.00 | |`,
        `| installed bin: \`node <prefix>/bin/cxedge --help\` | **${ms(installed.nodeHelpMs)}** | ${installed.nodeRatio.toFixed(2)} | ${ms(installed.nodeHelpMs - installed.nodeEmptyMs)} |`,
      ]
      : []),
  ]
  const markdown = `## \`cxedge --help\` cold start (target: at most 40 ms under Bun; the installed bin at most 40 ms on top)

Median wall time of ${runs} runs each, interleaved (one run of each command per round, after a warm-up
round), from an empty directory. The installed bin is the package as \`npm pack\` makes it, installed with
\`npm install -g --prefix\` into a temp directory, running dist/ on Node (${Bun.spawnSync(["node", "--version"]).stdout.toString().trim()}).
Reproduce: \`bun bench/startup.ts --runs ${runs}\`.

| | median ms | ratio to its runtime's empty start | ms over the empty start |
|---|---:|---:|---:|
${rows.join("\n")}
${installed ? `\nThe installed bin takes ${ms(installed.overBunMs)} ms more than the Bun CLI (of which Node's own start accounts for ${ms(installed.nodeEmptyMs - m.bunEmpty!)} ms more than Bun's).\n` : ""}`
  return { runs, bunEmptyMs: m.bunEmpty!, bunHelpMs: m.bunHelp!, bunRatio, installed, markdown }
}

if (import.meta.main) {
  const usage = "bun bench/startup.ts [--runs N] [--no-install]"
  const { values } = benchArgs(usage, { runs: { type: "string" }, "no-install": { type: "boolean" } })
  const runs = values.runs === undefined ? undefined : count("--runs", values.runs, 0, 1, 1000, usage)
  console.log((await benchStartup({ runs, installed: !values["no-install"] })).markdown)
}
