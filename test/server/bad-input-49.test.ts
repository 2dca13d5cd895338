/**
 * Round 49's bad input over HTTP: a JSON body nested deep (a list of lists, 100,000 levels: 200 kB, well under the
 * body limit) held the server's only thread for minutes while the repeated-key check copied the path of every level
 * into the next (2,000 levels took 0.1 s, 8,000 took 1.7 s); every other request waited behind it. And a transcript's
 * recipient pasted with a zero-width space before it was sent the transcript (an address nobody has).
 */
import { describe, expect, test } from "bun:test"
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { adminRequests, ROOT } from "../helpers.ts"

const DEPTH = 100_000
const lists = (inner: string) => "[".repeat(DEPTH) + inner + "]".repeat(DEPTH)
// 40,000 objects: 240 kB, under /v1/inspect's limit.
const objects = (inner: string) => '{"a":'.repeat(40_000) + inner + "}".repeat(40_000)

// In a child with a deadline: a handler that holds the thread cannot be cut short inside this process.
function answers(bodies: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-bad49s-"))
  try {
    writeFileSync(join(dir, "bodies.json"), JSON.stringify(bodies))
    writeFileSync(join(dir, "post.ts"), `import { readFileSync } from "node:fs"
import { sandboxApp, ADMIN_TOKEN } from ${JSON.stringify(`${ROOT}test/helpers.ts`)}
const { app, rt } = await sandboxApp({ sandbox: { contacts: 2 } })
for (const body of JSON.parse(readFileSync(${JSON.stringify(join(dir, "bodies.json"))}, "utf8"))) {
  const res = await app.request("/v1/inspect", { method: "POST", body, headers: { authorization: "Bearer " + ADMIN_TOKEN, "content-type": "application/json" } })
  console.log(res.status, (await res.json()).message)
}
await rt.dispose()`)
    const r = spawnSync(process.execPath, [join(dir, "post.ts")], { encoding: "utf8", timeout: 60_000 })
    return r.stdout.trim().split("\n")
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe("POST /v1/inspect with a body nested 100,000 levels deep", () => {
  test("is answered, naming the field, and a key repeated at the bottom is still named (was: the server held for minutes)", () => {
    const said = answers([
      `{"text":"hi","x":${lists("")}}`,
      `{"text":"hi","x":${objects("1")}}`,
      `{"text":"hi","x":${lists('{"by":1,"by":2}')}}`,
    ])
    const unknown = '400 unknown field "x": known fields are text, entities, minScore: send {text, entities?: [type, ...], minScore?}'
    expect(said[0]).toBe(unknown)
    expect(said[1]).toBe(unknown)
    expect(said[2]).toBe(`400 field ${JSON.stringify(`x${"[0]".repeat(DEPTH)}.by`.slice(0, 60))} is given twice: give each field once`)
  }, 90_000)
})

describe("an address pasted with an invisible character", () => {
  const { post, answer } = adminRequests()
  test("POST /v1/transcripts to a recipient with a zero-width space: 400 saying so (was: 201, sent to no one's address)", async () => {
    const [status, body] = await answer(await post("/v1/transcripts", { contactNumber: "600042000000", recipients: ["\u200bann@example.com"] }))
    expect([status, body.error, body.message]).toEqual([400, "invalid_request", "recipients[0] is not an email address (it holds an invisible character (a zero-width space, a joiner or a direction mark, copied with it): type the address again)"])
  })
})
