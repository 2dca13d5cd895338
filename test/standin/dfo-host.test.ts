import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import * as v from "valibot"
import { createCxedgeStorage, createCxoneClient, createMetrics, TenantConfigSchema, type TenantConfigInput } from "../../core/index.ts"
import { sendTranscriptOp } from "../../plugins/transcript/send.ts"
import { CREDENTIALS, startStandin, type Standin } from "./standin.ts"

/** The stand-in serves DFO on a host of its own: what cxedge says when it was not told that host (standin.test.ts runs the whole CLI). */
let standin: Standin
beforeAll(async () => {
  standin = await startStandin()
})
afterAll(async () => {
  await standin.close()
})

function client(tenant: Partial<TenantConfigInput> = {}) {
  const config = v.parse(TenantConfigSchema, { issuer: standin.issuer, ...CREDENTIALS, ...tenant })
  return createCxoneClient({ tenant: config, storage: createCxedgeStorage(), metrics: createMetrics(), retry: { retries: 0 } })
}

const chat = () => String(standin.state.contacts.find((c) => c.mediaTypeName === "Chat")!.contactId)
const send = (c: ReturnType<typeof client>, contactNumber: string) =>
  c.request(sendTranscriptOp, { contactNumber, recipients: [{ idOnExternalPlatform: "ada@example.com" }] }).then(
    () => "ok",
    (error: Error) => error.message,
  )

describe("DFO on a host of its own (api-de-{area}, as NICE's SDK calls it)", () => {
  test("with no CXEDGE_DFO_URL, the API host's 404 names the guess and the setting, not only 'no such resource'", async () => {
    const message = await send(client(), chat())
    expect(message).toContain("status 404")
    expect(message).toContain("the DFO host is not configured")
    expect(message).toContain("CXEDGE_DFO_URL")
  })

  test("with the DFO host configured, a contact the DFO host does not know is a plain 404 (its errors body says the host is right)", async () => {
    const message = await send(client({ endpoints: { dfo: standin.dfoOrigin } }), "5999999999")
    expect(message).toContain("status 404 (NOT_FOUND")
    expect(message).not.toContain("CXEDGE_DFO_URL")
  })

  test("with the DFO host configured, the transcript goes out", async () => {
    expect(await send(client({ endpoints: { dfo: standin.dfoOrigin } }), chat())).toBe("ok")
  })
})
