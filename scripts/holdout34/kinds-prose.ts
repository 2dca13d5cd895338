// Skeletons of the prose kinds: form, sms, chat, summary, note, email,
// voicemail, ticket, transcript.
import type { Ctx } from "./context.ts"
import { BRAND, DOMAIN } from "./business.ts"
import { nounPhone, relative, orTwo, phoneTail, nounNum, idLine, extras, lookalike, form } from "./moves.ts"
import { low } from "./phrases.ts"

const HEAD: Record<string, "practice" | "desk" | "office" | "line"> = { vet: "practice", hotel: "desk", uni: "office", util: "line" }

export function formKind(c: Ctx): void {
  const a = c.person()
  c.t(`${BRAND[c.biz]} — ${c.p(HEAD[c.biz]!)}\n${c.p("name")}: `).name(a, c.r.chance(0.3) ? "caps" : "full").t("\nTel: ").tel()
  if (c.r.chance(0.3)) c.t(`\n${c.p("mobile")}: `).tel("intl")
  c.t(`\n${c.p("date")}: `).date().t("\n")
  nounNum(c)
  c.t("\n")
  extras(c, "kv", a)
  if (c.r.chance(0.5)) lookalike(c, "kv")
  c.t("Notes: ")
  nounPhone(c, c.person())
  if (c.r.chance(0.4)) idLine(c)
  if (c.r.chance(0.4)) c.nameWord()
}

export function smsKind(c: Ctx): void {
  const a = c.person()
  const s = c.person()
  c.t(`${c.p("hi")} `).emo(0.4).name(a, form(c, true)).t(", ")
  nounPhone(c, s, true)
  if (c.r.chance(0.5)) nounNum(c)
  if (c.r.chance(0.5)) relative(c, true)
  else phoneTail(c)
  if (c.r.chance(0.3)) c.nameWord()
  c.t("— ").emo(0.4).name(s, c.r.chance(0.5) ? "lowergiven" : "given")
}

export function chatKind(c: Ctx): void {
  const a = c.person()
  const s = c.person()
  c.t("[").time().t("] ").emo(0.4).name(s, "given").t(`: ${c.p("hi")} `).name(a, "given").t("! ")
  nounNum(c)
  c.t("\n[").time().t("] ").name(a, c.r.chance(0.3) ? "lower" : "full").t(": ")
  if (c.r.chance(0.5)) orTwo(c)
  else phoneTail(c)
  c.emo(0.4)
  if (c.r.chance(0.5)) relative(c, true)
  c.t("\n[").time().t("] ").name(s, "given").t(": ")
  nounPhone(c, c.person())
  c.t(`\n[`).time().t("] ").name(a, "given").t(`: ${c.p("thanks")} `).name(s, "given").t("!")
  if (c.r.chance(0.4)) c.t(" ").nameWord()
}

export function summaryKind(c: Ctx): void {
  const a = c.person()
  const s = c.person()
  c.t(`${c.p("re")}: `).emo(0.5).name(a, "full").t(" — ").date().t(". ")
  nounNum(c)
  if (c.r.chance(0.4)) orTwo(c)
  extras(c, "prose", a)
  if (c.r.chance(0.5)) lookalike(c, "prose")
  c.t("cc ").name(c.person(), "full").t(". ")
  if (c.r.chance(0.5)) idLine(c)
  nounPhone(c, c.person())
  c.t("— ").name(s, "full")
  if (c.r.chance(0.3)) c.t(". ").nameWord()
}

export function noteKind(c: Ctx): void {
  const a = c.person()
  c.emo(0.5).name(a, form(c, true)).t(" — ")
  phoneTail(c)
  relative(c, true)
  nounNum(c)
  if (c.r.chance(0.6)) nounPhone(c, c.person(), true)
  if (c.r.chance(0.4)) idLine(c)
  if (c.r.chance(0.4)) c.nameWord()
  if (c.r.chance(0.3)) extras(c, "prose", a)
}

export function emailKind(c: Ctx): void {
  const a = c.person()
  const s = c.person()
  c.t("From: ").name(a, "full").t(" <").mail(a).t(`>\nTo: ${BRAND[c.biz]} <`).mail(a, true).t(`>\nSubject: ${c.p("re")} `).bizNum()
  c.t(`\n\n${c.p("hi")} `).name(s, "given").t(",\n")
  nounNum(c)
  orTwo(c)
  if (c.r.chance(0.5)) relative(c)
  extras(c, "prose", a)
  if (c.r.chance(0.4)) lookalike(c, "prose")
  if (c.r.chance(0.3)) idLine(c)
  if (c.r.chance(0.3)) c.nameWord()
  c.t(`\n\n${c.p("thanks")},\n`).name(a, "given").t("\n").emo(0.3).tel()
}

export function voicemailKind(c: Ctx): void {
  const a = c.person()
  c.t("Voicemail ").date().t(" ").time().t(": ").emo(0.4).name(a, c.r.chance(0.3) ? "lower" : "full").t(". ")
  nounNum(c)
  phoneTail(c)
  if (c.r.chance(0.6)) relative(c)
  else orTwo(c)
  if (c.r.chance(0.5)) nounPhone(c, c.person())
  if (c.r.chance(0.3)) c.nameWord()
}

export function ticketKind(c: Ctx): void {
  const a = c.person()
  const s = c.person()
  c.t("Ticket #").neg("ticket-number", (r) => `${r.int(100000, 999999)}`).t(" | ").emo(0.4).t("Reporter: ").name(a, c.r.chance(0.3) ? "caps" : "full").t(" | Assignee: ").name(s, "full").t("\n")
  nounNum(c)
  phoneTail(c)
  nounPhone(c, c.person())
  extras(c, "prose", a)
  if (c.r.chance(0.5)) lookalike(c, "prose")
  if (c.r.chance(0.3)) idLine(c)
}

/** Transcript lines; English ones read phone digits aloud. Some speaker tags carry two names. */
export function transcriptKind(c: Ctx): void {
  const a = c.person()
  const b2 = c.person()
  const s = c.person()
  const en = c.lang === "en"
  c.t("AGENT (").name(s, "given").t(`): ${BRAND[c.biz]}, ${low(c.p(HEAD[c.biz]!))}.\n`)
  if (c.r.chance(0.6)) c.name(a, "given").t(" & ").name(b2, "given").t(": ")
  else c.t("CALLER: ")
  c.t(`${c.p("hi")}, `).name(a, en && c.r.chance(0.4) ? "lower" : "full").t(". ")
  nounNum(c)
  c.t(`\nAGENT: ${c.p("mobile")}?`)
  c.t("\nCALLER: ")
  if (en) {
    c.t("it's ").spokenTel()
    if (c.r.chance(0.5)) c.t(`, ${c.p("or")} `).spokenTel()
    c.t(". ")
  } else orTwo(c)
  if (c.r.chance(0.5)) relative(c, true)
  c.t("\nAGENT: ")
  nounPhone(c, c.person(), true)
  c.t("\nCALLER: ").name(b2, "given").t(` ${c.p("or")} `).name(a, "given").t(`, ${low(c.p("thanks"))}, `).name(s, "given").t(".")
  if (c.r.chance(0.3)) c.t(" ").nameWord()
  void DOMAIN
}
