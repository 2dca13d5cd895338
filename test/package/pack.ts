import { cpSync, mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { ROOT } from "../helpers.ts"

/** PATH for a machine with only Node and npm: node's own directory (npm sits beside it), no bun. */
export const NODE_ONLY_PATH = dirname(Bun.which("node") ?? "/usr/bin/node")

export interface Ran {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command to its end (bounded); the output comes back for the assertion message. */
export async function run(cmd: string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 120_000): Promise<Ran> {
  const proc = Bun.spawn(cmd, {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false", ...env },
    stdout: "pipe",
    stderr: "pipe",
  })
  const timer = setTimeout(() => proc.kill("SIGKILL"), timeoutMs)
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  clearTimeout(timer)
  return { code, stdout, stderr }
}

/** Throws with the command's output when it failed, so a red test says why. */
export function ok(r: Ran, what: string): Ran {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`)
  return r
}

/** `npm install` from the local cache where it can (the registry is still asked for what is missing). */
export const npmInstall = (cwd: string, args: string[] = []) =>
  run(["npm", "install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", ...args], cwd).then((r) => ok(r, `npm install ${args.join(" ")}`))

let tarball: Promise<string> | undefined

/**
 * The package as `npm pack` makes it (prepack builds dist/), packed once per
 * `bun test` run and shared by every package test.
 */
export function packed(): Promise<string> {
  tarball ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-pack-"))
    ok(await run(["npm", "pack", "--pack-destination", dir, "--loglevel=error"], ROOT), "npm pack")
    const name = readdirSync(dir).find((f) => f.endsWith(".tgz"))
    if (!name) throw new Error(`npm pack wrote no tarball into ${dir}`)
    return join(dir, name)
  })()
  return tarball
}

/** A copy of examples/<name> in a temp dir (no node_modules, no dist), as a plugin author's checkout. */
export function exampleCopy(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `cxedge-example-`)), name)
  cpSync(join(ROOT, "examples", name), dir, { recursive: true, filter: (src) => !/\/(node_modules|dist)(\/|$)/.test(src) })
  return dir
}
