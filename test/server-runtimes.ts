import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "bun:test"
import { createSandbox, type Sandbox } from "../sandbox/app.ts"
import { serverEnv, startListening, type Started } from "../testing/runtime.ts"
import { serveSandbox } from "../testing/sandbox.ts"
import { ROOT } from "./helpers.ts"
import { startWorkerd, workerdSkipped } from "./workerd.ts"

/** A repository entry bundled for Node by `bun build` (Node 20 cannot run the TypeScript sources). */
export function buildForNode(entry: string): string {
  const out = join(mkdtempSync(join(tmpdir(), "cxedge-node-")), "out.mjs")
  const build = Bun.spawnSync([process.execPath, "build", `${ROOT}${entry}`, "--target=node", "--outfile", out], { stdout: "pipe", stderr: "pipe" })
  if (build.exitCode !== 0) throw new Error(`bun build failed: ${build.stderr}`)
  return out
}

export type StartServer = (env: Record<string, string>) => Promise<Started>

export interface RuntimeOptions {
  /** Extra environment for the Bun and Node servers (a config file, say). */
  env?: () => Record<string, string>
  /** The Worker entry source, when the default one will not do (settings built in). */
  workerEntry?: () => string
}

/**
 * The server on each runtime a route must run on: Bun, Node (bundled), and workerd unless it cannot run
 * here (test/workerd.ts says why, once). Each starts on a free port and answers `{ origin, stop }`.
 */
export function serverRuntimes(options: RuntimeOptions = {}): [string, StartServer][] {
  const extra = () => options.env?.() ?? {}
  return [
    ["bun", (env) => startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0", ...extra() })],
    ["node", async (env) => startListening(["node", buildForNode("server/node.ts")], { ...env, CXEDGE_PORT: "0", ...extra() })],
    ...(workerdSkipped() ? [] : [["workerd", (env: Record<string, string>) => startWorkerd(env, options.workerEntry?.())] as [string, StartServer]]),
  ]
}

/**
 * For the tests of one describe block: a sandbox tenant of `contacts` served on a free port, and the server `start`ed
 * against it (admin token and consent secret of testing/runtime.ts's serverEnv); both stopped after the block.
 */
export function servedSandbox(start: StartServer, contacts: number): { readonly sandbox: Sandbox; readonly server: Started } {
  const state = {} as { sandbox: Sandbox; server: Started; tenant?: ReturnType<typeof serveSandbox> }
  beforeAll(async () => {
    state.sandbox = await createSandbox({ contacts })
    state.tenant = serveSandbox(state.sandbox)
    state.server = await start(serverEnv(state.sandbox, state.tenant.origin))
  }, 90_000)
  afterAll(async () => {
    await state.server?.stop()
    state.tenant?.stop()
  })
  return state
}
