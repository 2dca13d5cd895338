// Texts copied from tools: a ticket comment thread with quoted replies, a CRM audit log, a speech-to-text transcript
// (lower case, no punctuation, the number said), a call-center disposition form.
import type { Piece } from "./draft.ts"
import type { Scene } from "./scene.ts"
import { idLines, join, story } from "./story.ts"

export function thread(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  const a = s.person()
  d.line("Ticket ", s.num(s.biz.x), " · ", s.brand())
  d.line("--- ", r.pick(["Comment by ", "Reply from ", "Public reply · "]), s.name(a), " · ", s.date(), " ", s.time())
  d.line(...s.t("thanks", { n: s.name(c, "given") }), " ", ...s.t("issue"))
  if (r.chance(0.5)) d.line(...s.t("handover", { n: s.name(s.person()) }))
  d.line()
  d.line("> ", r.pick(["On ", ""]), s.date(), ", ", s.name(c), " <", s.email(c), "> wrote:")
  for (const sentence of story(s, c, { email: false })) d.line("> ", ...sentence)
  if (r.chance(0.5)) {
    d.line(">")
    d.line(">> ", ...s.t("hi", { n: s.name(c, "given") }), " ", ...s.t("issue"))
    d.line(">> ", s.name(a, "given"))
  }
}

export function audit(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  const a = s.person()
  const actor: Piece[] = ['actor="', s.name(a, r.pick(["full", "comma"])), '"']
  const stamp = () => `2026-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}T${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}Z`
  const ip = (): Piece[] => {
    if (r.chance(0.3)) return ["ip=[", s.ip(true), "]:", String(r.int(1024, 65000))]
    return r.chance(0.6) ? ["ip=", s.ip(false), ":", String(r.int(1024, 65000))] : ["ip=", s.ip(false)]
  }
  const lines: Piece[][] = [
    [stamp(), " ", ...actor, " action=contact.create name=\"", s.name(c), "\" ", ...ip()],
    [stamp(), " ", ...actor, " action=contact.update field=phone old=\"", s.phone(), "\" new=\"", s.phone("e164"), "\" ", ...ip()],
    [stamp(), " ", ...actor, " action=contact.update field=email new=\"", s.email(c), "\""],
    [stamp(), " ", ...actor, ` action=case.link ${s.biz.key}_ref=`, s.num(s.biz.x), " ", ...ip()],
  ]
  if (s.biz.payout && s.hasIban() && r.chance(0.5)) lines.push([stamp(), " ", ...actor, " action=payout.update iban=\"", s.account().at(-1)!, "\""])
  if (r.chance(0.4)) lines.push([stamp(), " system action=payment.declined pan=\"", s.luhnBad(), "\""])
  if (s.isUS()) lines.push([stamp(), " ", ...actor, " action=tax.update ssn=", r.chance(0.85) ? s.ssn() : s.ssnBad()])
  if (s.isGB()) lines.push([stamp(), " ", ...actor, " action=payroll.update ni_number=", r.chance(0.85) ? s.nino() : s.ninoBad()])
  const n = r.int(3, lines.length)
  const kept = lines.slice(0, n)
  if (n < lines.length && (s.isUS() || s.isGB())) kept.push(lines.at(-1)!)
  for (const l of kept) d.line(...l)
}

export function stt(s: Scene): void {
  const { r, d, loc } = s
  const c = s.person()
  const a = s.person()
  const turns: Array<[string, Piece[]]> = [
    ["spk_0", [...s.t("hi", { n: s.name(c, "lower") }), " ", s.brand(), " ", s.name(a, "lower")]],
    ["spk_1", s.bizLine()],
  ]
  if (r.chance(0.5)) turns.push(["spk_1", s.bizLine2()])
  if (r.chance(0.5)) turns.push(["spk_1", s.nameWord()])
  turns.push(["spk_1", s.t("call", { p: s.saidPhone(" ") })])
  turns.push(["spk_0", s.t("handover", { n: s.name(s.person(), "lower") })])
  const low = (p: Piece): Piece => {
    if (typeof p === "string") return p.toLocaleLowerCase(loc.tag).replace(/[.,!?:;()"«»]/g, "").replace(/ {2,}/g, " ")
    return p.kind === "name-word" ? { ...p, t: p.t.toLocaleLowerCase(loc.tag) } : p
  }
  for (const [who, ps] of turns) d.line(who, " ", ...ps.map(low))
}

export function dispo(s: Scene): void {
  const { r, d } = s
  const c = s.person()
  const a = s.person()
  d.line(`CALL DISPOSITION — ${s.brand()}`)
  d.line("Agent: ", s.name(a, r.pick(["full", "caps"])))
  d.line("Caller: ", s.name(c, r.pick(["full", "caps", "comma"])))
  d.line("ANI: ", s.phone("e164"))
  if (r.chance(0.6)) d.line("Callback: ", s.phone(r.pick(["national", "intl"])))
  d.line("Date: ", s.date(), " ", s.time())
  d.line("Ref: ", s.num(s.biz.x))
  d.line("Disposition: ", r.pick(["RESOLVED", "CALLBACK_SCHEDULED", "ESCALATED", "NO_ANSWER"]))
  const notes = story(s, c, { ids: false })
  d.line("Notes: ", ...join(notes.slice(1)))
  for (const l of idLines(s)) d.line(...l)
}
