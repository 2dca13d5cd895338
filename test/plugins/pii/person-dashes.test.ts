// A name an em dash sets apart: a message signed after its last sentence or number, a note headed by whom it is about
// before a number to call, a subject naming the customer before a date. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a name signed after an em dash at a message's end is a person, in lower case too", () => {
  expect(people("Boiler fixed, invoice to follow.— Tavita Faleolo")).toEqual(["Tavita Faleolo"])
  expect(people("Ring back on 0161 496 0734 — ✅ wiremu")).toEqual(["wiremu"])
  // A given name that is also a word, and one no list holds.
  expect(people("Ring me after six. — Patience")).toEqual(["Patience"])
  expect(people("Keys are at the desk. — Ngaio")).toEqual(["Ngaio"])
})

test("a note headed by a person before a number to call, and a subject naming one before a date", () => {
  expect(people("Ní Riain — Tel.+353 21 555 0147 re boiler")).toEqual(["Ní Riain"])
  expect(people("🔧 tavita — ring 021 555 0147 after 5")).toEqual(["tavita"])
  expect(people("Re: Ngaio Tuhiwai — 16/05/2025. Room swap agreed.")).toEqual(["Ngaio Tuhiwai"])
  expect(people("Betreff: Ngaio Tuhiwai — 16.05.2025")).toEqual(["Ngaio Tuhiwai"])
})

test("a company's heading, a thanks, a date or a subject's words by a dash are no one", () => {
  expect(people("Harbourwell Plumbing — Quote and schedule\nJob 7 booked.")).toEqual([])
  expect(people("Harbourwell Plumbing — Note (06-04-2026):\nRouter swapped.")).toEqual([])
  expect(people("Opintopalvelut — 13.8.2026")).toEqual([])
  expect(people("Call summary (AI) — Riverside Rowing\nCaller asked for a refund.")).toEqual([])
  expect(people("All sorted. — Thanks")).toEqual([])
  expect(people("Ihr Zeichen CS48572750 – Widerspruch")).toEqual([])
})

test("a dash opening the line under a date or a sentence signs the message; a firm or a heading there does not", () => {
  expect(people("Your parcel is ready for collection.\n2026-01-28\n— Tauaki Fonoti")).toEqual(["Tauaki Fonoti"])
  expect(people("Thanks for the quick call.\n— Siosaia")).toEqual(["Siosaia"])
  expect(people("Call me on 0412 000 111.\n— Northgate Logistics")).toEqual([])
  expect(people("Delivered at 14:30. — Northgate Logistics")).toEqual([])
  expect(people("Totals: 12\n— Summary of the week")).toEqual([])
})
