import { afterAll, beforeAll, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

// `scripts start` with no flags asks on a terminal. A cancel at any prompt was read as an empty answer: at a
// parameter it finished the list and the script started (exit 0); at the skill it said "--skill is not a skill id".

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 3 })
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin)
})
afterAll(() => served.stop())

const starts = () => sandbox.tenant("acme").scriptStarts.length

/** Runs `scripts start` on a pseudo-terminal (script(1)), typing each key string once its prompt (`prompts[i]`) is shown. */
async function onTerminal(steps: [prompt: string, keys: string][]) {
  const proc = Bun.spawn(["script", "-qefc", [process.execPath, `${ROOT}cli/main.ts`, "scripts", "start"].join(" "), "/dev/null"], {
    cwd: mkdtempSync(join(tmpdir(), "cxedge-ask-")),
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TERM: "dumb", ...env },
    stdin: "pipe",
    stdout: "pipe",
    stderr: "pipe",
  })
  let out = ""
  const reader = proc.stdout.getReader()
  const read = async (deadline: number) => {
    const chunk = await Promise.race([reader.read(), Bun.sleep(Math.max(0, deadline - Date.now())).then(() => ({ done: true as const, value: undefined }))])
    if (!chunk.done) out += new TextDecoder().decode(chunk.value)
    return !chunk.done
  }
  for (const [prompt, keys] of steps) {
    const deadline = Date.now() + 20_000
    while (!out.includes(prompt) && Date.now() < deadline && (await read(deadline)));
    proc.stdin.write(keys)
    await proc.stdin.flush()
  }
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline && (await read(deadline)));
  const timer = setTimeout(() => proc.kill(), 5_000)
  const code = await proc.exited
  clearTimeout(timer)
  return { code, out }
}

const CTRL_C = "\x03"
const CTRL_D = "\x04"

test.each([
  ["Ctrl-C at the skill", [["Skill id:", CTRL_C]]],
  ["Ctrl-D at the skill", [["Skill id:", CTRL_D]]],
  ["Ctrl-C at the script", [["Skill id:", "4101\r"], ["Script path", CTRL_C]]],
  ["Ctrl-C at a parameter", [["Skill id:", "4101\r"], ["Script path", "Company\\Callback\r"], ["Parameter P1", CTRL_C]]],
  ["Ctrl-D at a parameter", [["Skill id:", "4101\r"], ["Script path", "Company\\Callback\r"], ["Parameter P1", "rec-9\r"], ["Parameter P2", CTRL_D]]],
] as [string, [string, string][]][])("%s: cancelled, nothing started, exit 130", async (_, steps) => {
  const before = starts()
  const r = await onTerminal(steps)
  expect(r.out).toContain("[cxedge] [scripts] cancelled: nothing started")
  expect(r.out).not.toContain("is not a skill id")
  expect(r.code).toBe(130)
  expect(starts()).toBe(before)
}, 60_000)

test("answered to the end (an empty parameter finishes): the script starts", async () => {
  const before = starts()
  const r = await onTerminal([["Skill id:", "4101\r"], ["Script path", "Company\\Callback\r"], ["Parameter P1", "\r"], ["type yes to continue", "yes\r"]])
  expect(r.code).toBe(0)
  expect(starts()).toBe(before + 1)
}, 60_000)

test("answered, then no at the confirmation (the tenant is configured): nothing started, exit 1", async () => {
  const before = starts()
  const r = await onTerminal([["Skill id:", "4101\r"], ["Script path", "Company\\Callback\r"], ["Parameter P1", "\r"], ["type yes to continue", "no\r"]])
  expect(r.out).toContain("start script Company\\Callback on skill 4101 now")
  expect(r.out).toContain("aborted: nothing was started")
  expect(r.code).toBe(1)
  expect(starts()).toBe(before)
}, 60_000)

test("no flags off a terminal: --skill is missing, exit 2, nothing started", async () => {
  const before = starts()
  const r = await runCli(["scripts", "start"], env)
  expect(r.stderr.trim()).toBe("[cxedge] [scripts] --skill is missing: give the skill's number, e.g. --skill 4101")
  expect(r.code).toBe(2)
  expect(starts()).toBe(before)
})
