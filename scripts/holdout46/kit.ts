// Pieces every kind uses: the optional extras (payment, IDs, a second contact, lookalikes), a name used as an
// ordinary word, the localized "… wrote:" line and a subject.
import type { Bit, Piece } from "./draft.ts"
import { time } from "./numbers.ts"
import type { Scene } from "./scene.ts"

export const ACCOUNT_LABEL: Record<string, string> = { MX: "CLABE", AR: "CBU", IN: "A/c no.", CA: "account", NZ: "bank account", PH: "account no.", US: "account #" }

/** Lines a customer adds: a second contact, a payment, an ID for a foreign student or patient, and lookalikes. */
export function extras(s: Scene, max = 3): Bit[] {
  const r = s.r
  const pool: Array<() => Bit> = []
  if (r.chance(0.35)) pool.push(() => s.line("alt"))
  if (r.chance(s.biz === "air" || s.biz === "pharm" ? 0.45 : 0.25)) pool.push(() => s.line("cardPay"))
  if (r.chance(s.biz === "water" || s.biz === "uni" ? 0.35 : 0.15)) pool.push(() => (s.iban ? s.line("ibanPay") : s.fill(s.pick("ibanPay").replace(/IBAN/g, ACCOUNT_LABEL[s.cc]!))))
  if (r.chance(0.14)) pool.push(() => [r.pick(["[portal] login ok ip=", "Last login from ", "Online form submitted from IP "]), s.v("ip")])
  const us = s.cc === "US" && s.biz !== "air"
  if (r.chance(us ? 0.6 : s.biz === "uni" ? 0.18 : 0.03)) pool.push(() => s.line("ssnLine"))
  if (r.chance(s.biz === "uni" ? 0.3 : s.biz === "pharm" ? 0.15 : 0.04)) pool.push(() => s.line("ninoLine"))
  if (r.chance(0.15)) pool.push(() => s.line("cardBad"))
  if (s.iban && r.chance(0.12)) pool.push(() => s.line("ibanBad"))
  if (r.chance(0.04)) pool.push(() => s.line("ssnBad"))
  if (r.chance(0.04)) pool.push(() => s.line("ninoBad"))
  if (r.chance(0.12)) pool.push(() => s.line("masked"))
  return r.shuffle(pool).slice(0, max).map((f) => f())
}

/** A sentence using a name as an ordinary word, the word labeled `name-word`; none for a language without one. */
export function nameWord(s: Scene): Piece[] {
  const entries = s.W.nw.split(" || ").filter(Boolean)
  if (!entries.length) return []
  const [word, sentence] = s.r.pick(entries).split("|") as [string, string]
  const atStart = sentence.startsWith("{w}")
  const shown = atStart ? word[0]!.toUpperCase() + word.slice(1) : word
  return s.fill(sentence, { w: { text: shown, kind: "name-word" } })
}

/** "On Tue, 3 Mar 2026 at 14:02, Name <mail> wrote:" in the locale's own order and words. */
export function wroteLine(s: Scene, role: string): Piece[] {
  const day = new Date(Date.UTC(2026, 0, 1 + s.r.int(365)))
  const wd = new Intl.DateTimeFormat(s.loc.tag, { weekday: "short", timeZone: "UTC" }).format(day)
  const medium: Piece = { text: new Intl.DateTimeFormat(s.loc.tag, { dateStyle: "medium", timeZone: "UTC" }).format(day), kind: "date" }
  return s.fill(s.W.wrote, { wd, d: medium, t: time(s.r, s.loc), n: s.name(role, "full"), e: s.email(role) })
}

/** A mail subject: the business's first field and reference, sometimes a ticket id. */
export function subject(s: Scene): Bit[] {
  const field = s.W[s.biz].fields.split("|")[0]!
  return s.r.chance(0.3) ? [s.v("tid"), " – ", field, " ", s.v("ref")] : [field, " ", s.v("ref")]
}

/** Text lines joined by line breaks, dropping empty ones. */
export function lines(...xs: Bit[]): Bit[] {
  const kept = xs.filter((x) => x !== undefined && x !== null && x !== false && !(Array.isArray(x) && x.length === 0))
  return kept.flatMap((x, i) => (i ? ["\n", x] : [x]))
}

/** Sentences joined by a space. */
export function sentences(...xs: Bit[]): Bit[] {
  const kept = xs.filter((x) => x !== undefined && x !== null && x !== false && !(Array.isArray(x) && x.length === 0))
  return kept.flatMap((x, i) => (i ? [" ", x] : [x]))
}
