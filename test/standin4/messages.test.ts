import { afterEach, describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { cxedge, envFor, leaks } from "./run.ts"
import { startStandin, type Standin } from "./server.ts"
import type { Knobs } from "./tenant.ts"

let standin: Standin | undefined
afterEach(() => standin?.stop())

describe("DFO messages: a cursor history (scrollToken, cxone-api.md 5.2), emoji and right-to-left text, attachments", () => {
  for (const historyEnd of ["absent", "null", "empty"] as Knobs["historyEnd"][]) {
    test(`the last page's scrollToken ${historyEnd === "absent" ? "left out" : `as ${historyEnd === "null" ? "null" : '""'}`}: every message exported once, text intact`, async () => {
      standin = startStandin({ historyEnd })
      const env = envFor(standin.origin)
      const out = join(env.CXEDGE_STORAGE_DIR!, "..", `standin4-messages-${process.pid}-${historyEnd}.jsonl`)
      const run = await cxedge(["anonymize", "--matrix", "messages", "--source", "messages", "--since", "2026-11-19", "--until", "2026-11-21", "--target", "export", "--out", out, "--yes"], env)
      expect(run.code).toBe(0)
      const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { messageId: string; text: string })
      expect(lines.map((l) => l.messageId)).toEqual(["m-1", "m-2", "m-3", "m-4", "m-5"])
      // Text with nothing personal in it comes out byte for byte: emoji with skin tones, Hebrew, Arabic.
      expect(lines[1]!.text).toBe("שלום! 🙂 how can I help?")
      expect(lines[3]!.text).toBe("شكراً 🙏 received")
      expect(lines[4]!.text).toBe("👍🏽")
      const exported = readFileSync(out, "utf8")
      for (const value of ["+971501234567", "layla.haddad@example.ae", "passport-layla", "Layla Haddad", "Lindqvist"]) expect(exported).not.toContain(value)
      expect(standin.log.requests.filter((r) => r.path.endsWith("/history")).length).toBe(3)
      expect(leaks(run, env)).toEqual([])
    }, 30_000)
  }
})
