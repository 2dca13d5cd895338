// The same genres with no personal data at all: only lookalikes. A scorer's false positives live here.
import type { Doc } from "./doc.ts"
import type { Kit } from "./kit.ts"

function quietChat(d: Doc, k: Kit, genre: string): void {
  const { r, L } = k
  if (genre === "whatsapp") {
    d.t(`[`).n("date", L.date(r.int(1, 28), r.int(1, 12), 2026)).t(", ").n("time", k.time()).t(`] Customer: ${r.pick(L.lines)} `).nv(k.lookalike(["order-number", "tracking-number"]))
    d.t(`\n[`).n("time", k.time()).t(`] Agent: ${r.pick(L.agentLines)}, `).n("amount", k.amount()).t(" ")
    k.nameWord(d).t(`\n[`).n("time", k.time()).t(`] Customer: 👍🏻 `).nv(k.lookalike(["luhn-invalid", "iban-checksum", "sku"])).t(" ?")
    return
  }
  d.t(`${L.order} `).nv(k.lookalike(["order-number"])).t(` ${r.pick(L.lines).toLowerCase()} `).nv(k.lookalike(["date", "duration", "amount"])).t(" ")
  k.nameWord(d).t(" ref ").nv(k.lookalike(["ticket", "invoice", "iban-checksum"]))
}

function quietData(d: Doc, k: Kit, genre: string): void {
  const { r, L } = k
  if (genre === "log") {
    for (let i = 0; i < 3; i++) {
      d.t(i ? "\n" : "").n("date", `2026-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}Z`).t(" INFO build ")
      d.nv(k.lookalike(["version"])).t(" job ").nv(k.lookalike(["order-number", "mac-address", "luhn-invalid"])).t(" took ").n("duration", k.duration())
    }
    return
  }
  if (genre === "csv") {
    d.t(`${L.order},sku,${L.invoice},total,date\n`)
    for (let i = 0; i < r.int(2, 4); i++) {
      d.nv(k.lookalike(["order-number", "tracking-number"])).t(",").n("sku", k.sku()).t(",").n("invoice", k.invoice()).t(",\"").n("amount", k.amount()).t("\",").n("date", k.date()).t("\n")
    }
    return
  }
  if (genre === "json") {
    d.t(`{"event":"order.shipped","order":"`).nv(k.lookalike(["order-number"])).t(`","tracking":"`).n("tracking-number", k.tracking()).t(`","total":"`).n("amount", k.amount())
    d.t(`","app":"`).nv(k.lookalike(["version"])).t(`","ref":"`).nv(k.lookalike(["iban-checksum", "luhn-invalid"])).t(`"}`)
    return
  }
  d.t(`${L.headers.note}: ${r.pick(L.agentLines)}; `).nv(k.lookalike(["invoice"])).t(" ").n("amount", k.amount()).t(" / ").n("street", r.pick(L.streets)).t(" ").n("postcode", r.pick(L.postcodes))
}

function quietText(d: Doc, k: Kit, genre: string): void {
  const { r, L } = k
  const head: Record<string, string> = { voicemail: "Voicemail from withheld (", ivr: "IVR session ", qa: "QA REVIEW\nContact ID: ", ticket: "## ", email: `${L.subject} ` }
  d.t(head[genre] ?? "")
  d.nv(k.lookalike(genre === "voicemail" ? ["duration"] : ["ticket"])).t(genre === "voicemail" ? ")\nTranscript: " : "\n")
  d.t(`${r.pick(L.lines)}. ${L.invoice} `).nv(k.lookalike(["invoice"])).t(", ").n("amount", k.amount()).t(", ")
  d.nv(k.lookalike(["date", "time", "version", "sku"])).t(". ")
  k.nameWord(d).t(". ").n("company", k.company()).t(" ").nv(k.lookalike(["luhn-invalid", "iban-checksum", "tracking-number", "postcode"]))
  if (L.variant === "us") d.t(" (test SSN ").nv(k.lookalike(["ssn-invalid"])).t(" used in training)")
  if (L.variant === "gb") d.t(" (dummy NI ").nv(k.lookalike(["nino-invalid"])).t(" on file)")
}

export function quiet(d: Doc, k: Kit, genre: string): void {
  if (genre === "sms" || genre === "whatsapp" || genre === "shorthand") quietChat(d, k, genre)
  else if (["log", "csv", "json", "crm"].includes(genre)) quietData(d, k, genre)
  else quietText(d, k, genre)
}
