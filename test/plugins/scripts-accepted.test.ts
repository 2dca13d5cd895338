import { afterEach, expect, test } from "bun:test"
import { cxedge, envFor, leaks } from "../standin4/run.ts"
import { startStandin, type Standin } from "../standin4/server.ts"

// cxone-api.md 7.1 documents 200 {contactId}; a tenant that answers 202 with no body has accepted the start. It is
// reported as started (no contact id is known), exit 0, and never started twice.

let standin: Standin | undefined
afterEach(() => standin?.stop())

const START = ["scripts", "start", "--skill", "4101", "--script-path", "Company\\Callback", "--param", "1", "--yes"]

test("scripts start answered 202 with no body: started, no contact id to print, exit 0, started once", async () => {
  standin = startStandin({ scriptAnswer: "202" })
  const env = envFor(standin.origin)
  const run = await cxedge(START, env)
  expect(run.code).toBe(0)
  expect(run.stdout).toBe("")
  expect(run.stderr).toContain("script started on skill 4101: the tenant accepted it (status 202) and named no contact")
  expect(standin.log.scripts.length).toBe(1)
  expect(leaks(run, env)).toEqual([])
}, 30_000)

test("--json: {contactId: null, status: 202}", async () => {
  standin = startStandin({ scriptAnswer: "202" })
  const run = await cxedge([...START, "--json"], envFor(standin.origin))
  expect(run.code).toBe(0)
  expect(JSON.parse(run.stdout)).toEqual({ contactId: null, status: 202 })
  expect(standin.log.scripts.length).toBe(1)
}, 30_000)

test("a contact id answered as before: printed alone, exit 0", async () => {
  standin = startStandin({ scriptAnswer: "string" })
  const run = await cxedge(START, envFor(standin.origin))
  expect(run.code).toBe(0)
  expect(run.stdout).toBe("700044000000000001\n")
}, 30_000)
