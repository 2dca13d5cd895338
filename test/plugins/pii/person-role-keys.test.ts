// The person sent or on duty — a job's technician, driver or crew lead, a log's agent — is a name even when no list
// knows it or it is also an everyday word; a placeholder, a firm, a tool or a sentence under those keys is not.
// Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a technician's, a driver's or a crew lead's whole value is a name, listed or not", () => {
  expect(people("Job: JB-2231\nTechnician: Tauaki\nNotes: bring ladder")).toEqual(["Tauaki"])
  expect(people("job:\n  ref: RS-8812\n  driver: Lark\n  notes: towing")).toEqual(["Lark"])
  expect(people("Site: D-4\nCrew_lead: Oyelaran Adeyemi\nShift: 2")).toEqual(["Oyelaran Adeyemi"])
  expect(people('{"job": "BX 1234", "technician": "Siosaia", "extra": "none"}')).toEqual(["Siosaia"])
})

test("a placeholder, a firm's or a tool's word, or a sentence under a person's role is no name", () => {
  expect(people("Job: JB-2231\nTechnician: Unassigned\nNotes: bring ladder")).toEqual([])
  expect(people("Job: JB-2231\nDriver: Acme Logistics\nNotes: towing")).toEqual([])
  expect(people('{"job": "BX 1234", "driver": "Pending", "extra": "none"}')).toEqual([])
  expect(people("Job: JB-2231\nTechnician: TBC\nNotes: bring ladder")).toEqual([])
  expect(people("Job: JB-2231\nTechnician: will call ahead\nNotes: bring ladder")).toEqual([])
  expect(people("Job: JB-2231\nDriver: Bring the spare wheel\nNotes: x")).toEqual([])
  expect(people("Ref: 12\nTechnician: Brightbay Dental\nNotes: x")).toEqual([])
})

test("a stamped log line's lone agent is a name, an everyday word that is a listed name too", () => {
  expect(people("2026-03-01T09:12:44Z INFO IP 10.0.0.4 agent=Tauaki\n2026-03-01T09:13:02Z INFO done")).toEqual(["Tauaki"])
  expect(people("2026-03-01T09:12:44Z INFO IP 10.0.0.4 agent=Hope\n")).toEqual(["Hope"])
})

test("an agent key in prose, a tool as agent, or an everyday word no list names is no name", () => {
  expect(people("Set agent=Chrome in the header, then retry.")).toEqual([])
  expect(people("2026-03-01T09:12:44Z INFO IP 10.0.0.4 agent=Chrome\n")).toEqual([])
  expect(people("2026-03-01T09:12:44Z INFO agent=Away\n")).toEqual([])
})
