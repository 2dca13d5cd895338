// The pii plugin's name lists and recognizers load when an analyzer is first needed, not with the plugin: a job
// that loads it keeps them out of its heap until a value is scanned, and every forced collection of a long job marks
// what the heap holds (holdout32's rules had scrub's output check load them all: a million contacts 25% slower).
import { expect, test } from "bun:test"
import { join } from "node:path"

const ROOT = join(import.meta.dir, "../../..")
const HEAVY = /plugins\/pii\/(recognizers\/(person|phone-kin|phone-context)[^/]*|data\/[^/]+)\.ts$/

test("importing the built-in plugins and the scrub transform loads no name list or person recognizer", async () => {
  const script = `
    await import(${JSON.stringify(join(ROOT, "plugins/manifest.ts"))})
    await import(${JSON.stringify(join(ROOT, "plugins/pii/scrub.ts"))})
    await import(${JSON.stringify(join(ROOT, "plugins/pii/scrub-output.ts"))})
    console.log(JSON.stringify(Object.keys(require.cache)))`
  const proc = Bun.spawn([process.execPath, "-e", script], { cwd: ROOT, stdout: "pipe", stderr: "pipe" })
  const [out, code] = await Promise.all([new Response(proc.stdout).text(), proc.exited])
  expect(code).toBe(0)
  const loaded: string[] = JSON.parse(out.trim().split("\n").at(-1)!)
  expect(loaded.some((m) => m.endsWith("plugins/pii/scrub.ts"))).toBe(true)
  expect(loaded.filter((m) => HEAVY.test(m)).map((m) => m.slice(ROOT.length))).toEqual([])
}, 30_000)
