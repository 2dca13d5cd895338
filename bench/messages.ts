// The messages source inside an export job against the sandbox, each call
// answered after a fixed latency (a tenant is across a network): messages/s
// when the text comes with the history items (the sandbox's dfoHistoryText
// knob), and when each message is read with GET /messages/{id}
// (settings.anonymize.messages.text "message"), as a ratio in the same run.
// Usage: bun bench/messages.ts [--contacts N] [--latency MS]
import { benchArgs, count } from "./args.ts"
import { completeJob, prepareJob } from "../plugins/anonymize/prepare.ts"
import type { AnonymizeSettings } from "../plugins/anonymize/settings.ts"
import { anonymizeSetup, loadMatrixFile } from "../test/plugins/anonymize/setup.ts"

const usage = "bun bench/messages.ts [--contacts N] [--latency MS]"
const { values } = benchArgs(usage, { contacts: { type: "string" }, latency: { type: "string" } })
const contacts = count("--contacts", values.contacts, 300, 1, 100_000, usage)
const latency = count("--latency", values.latency, 10, 0, 10_000, usage)
const matrix = loadMatrixFile("messages")
const since = new Date(Date.now() - 30 * 86_400_000).toISOString()

/** One export job, with the text in the history items or read message by message. */
async function run(inHistory: boolean) {
  const { rt } = await anonymizeSetup({
    plugins: ["tenant", "pii", "anonymize"],
    sandboxOptions: { contacts, faults: { latencyMs: [latency, latency], dfoHistoryText: inHistory } },
    settings: { anonymize: { messages: { text: inHistory ? "history" : "message" } } },
  })
  const started = performance.now()
  const settings = rt.settings<AnonymizeSettings>("anonymize")
  const job = await prepareJob(rt, { matrix, source: { kind: "messages", since }, target: { kind: "export" } }, settings)
  const result = await completeJob(rt, job, { concurrency: 8 })
  const seconds = (performance.now() - started) / 1000
  return { inHistory, messages: result.succeeded, rate: result.succeeded / seconds }
}

const rows: Awaited<ReturnType<typeof run>>[] = []
for (const inHistory of [true, false, true, false]) rows.push(await run(inHistory))
const best = (h: boolean) => Math.max(...rows.filter((r) => r.inHistory === h).map((r) => r.rate))
console.log(`messages source, export job: ${rows[0]!.messages} messages of ${contacts} contacts, ${latency} ms a call (best of 2 each)`)
console.log(`text in the history items  ${best(true).toFixed(0)} messages/s`)
console.log(`GET /messages/{id} each    ${best(false).toFixed(0)} messages/s (${(best(false) / best(true)).toFixed(2)}x)`)
