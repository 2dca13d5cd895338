import { expect, test } from "bun:test"
import { spawn } from "node:child_process"
import { join } from "node:path"
import { ROOT } from "../helpers.ts"

// `cxedge pii scan ... --json | head -1`: the reader leaves after one line. The command
// stops quietly with SIGPIPE's conventional status instead of printing an error.
test("a reader that closes stdout early ends the command quietly with 141", async () => {
  const child = spawn(process.execPath, [join(ROOT, "cli/main.ts"), "pii", "scan", "--file", join(ROOT, "test/fixtures/pii/corpus.jsonl"), "--field", "text", "--json"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] })
  let stderr = ""
  child.stderr.on("data", (chunk) => (stderr += chunk))
  const first = await new Promise<string>((resolve) => {
    let seen = ""
    child.stdout.on("data", (chunk) => {
      seen += chunk
      if (seen.includes("\n")) {
        child.stdout.destroy()
        resolve(seen.slice(0, seen.indexOf("\n")))
      }
    })
  })
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)))
  expect(JSON.parse(first).id).toBe("en-chat-0001")
  expect({ code, stderr }).toEqual({ code: 141, stderr: "" })
}, 30_000)
