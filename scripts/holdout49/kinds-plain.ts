// Plain texts: web chat, agent notes, letters, voicemail transcripts, AI call summaries; and the notices (every
// eighth text), with the business's numbers and lookalikes and no personal data at all.
import type { Scene } from "./scene.ts"
import * as V from "./values.ts"

/** A web chat: `Name (14:02): text`; the times are `time` negatives. */
export function chat(s: Scene): void {
  const r = s.r
  const c = s.person()
  const agent = s.person()
  const who = (x: typeof c, form: "gf" | "g" = "gf") => s.name(x, form).t(" (").clock().t("): ")
  who(agent, "g").t(`${s.p.hi}, ${s.biz.brand}.\n`)
  who(c).t(`${s.p.hi}! `).ask(c, r.int(2, 3)).t("\n")
  who(agent, "g").t(`${s.p.thanks}, `).name(c, "g").t(". ").say(s.p.when).t("\n")
  if (r.chance(0.5)) who(c).nameWord().t("\n")
  if (s.hasId) who(c).nationalId(r.chance(0.2)).t("\n")
  who(c).t(s.p.thanks)
}

/** An agent's note: a header with the date, time and the customer as FAMILY Given, then what was said. */
export function note(s: Scene): void {
  const r = s.r
  const c = s.person()
  const agent = s.person()
  s.t(`${r.pick(["NB", "Note", "Memo"])} `).date(r.pick(["medium", "long"] as const)).t(" ").time().t(" — ").name(c, "FG").t("\n")
  s.t(`${s.p.caller}: `).phone().t(". ").ask(c, r.int(2, 4)).t("\n")
  if (s.hasId) s.nationalId().t(r.chance(0.5) ? "; " : "\n")
  if (s.hasId && r.chance(0.5)) s.t("(spouse ").nationalId().t(")\n")
  if (s.hasId && r.chance(0.5)) s.t("(earlier ").nationalId(true).t(" was mistyped)\n")
  if (r.chance(0.5)) s.t(`${s.numKey(s.kinds()[1]!)} `).num(s.kinds()[1]).t(", ").amount().t("\n")
  s.t("— ").name(agent, r.pick(["g", "gf"] as const))
}

/** A letter from the business: salutation, body, the sign-off, a footer with the desk's line and address. */
export function letter(s: Scene): void {
  const r = s.r
  const c = s.person()
  const staff = s.person()
  s.t(`${s.biz.brand}\n`).date("long").t("\n\n")
  s.t(`${s.p.dear} `).name(c, r.pick(["gf", "gf", "g"] as const)).t(",\n\n")
  s.say(s.p.ref).t(". ").say(s.p.when).t(". ").say(s.p.total).t(".\n")
  if (r.chance(0.5)) s.say(s.p.masked).t(".\n")
  if (r.chance(0.4)) s.badIban().t(".\n")
  if (s.hasId) s.t("Ref. ").nationalId().t(".\n")
  if (r.chance(0.5)) s.t("\n").say(s.p.callback).t(".\n")
  s.t(`\n${s.p.regards},\n`).name(staff).t(`\n${s.biz.brand} · `).phone().t(` · desk@${s.biz.domain}`)
}

/** A voicemail: the caller id (E.164 or withheld) and an automatic transcript, lower case, the number said. */
export function voicemail(s: Scene): void {
  const r = s.r
  const c = s.person()
  s.t(`${s.p.vm} `)
  if (r.chance(0.7)) s.phone(V.e164(r, s.loc.cc))
  else s.t("Withheld")
  s.t(", ").date("short").t(" ").time().t("\n\n")
  s.t(`${s.p.hi.toLocaleLowerCase(s.loc.tag)} `).name(c, "lower").t(" ")
  s.say(s.p.ref).t(" ").say(s.p.callback, { phone: () => s.said() })
  if (r.chance(0.4)) s.t(" ").nameWord()
  if (s.hasId && r.chance(0.6)) s.t(" my ").nationalId()
  if (r.chance(0.3)) s.t(" ").say(s.p.mail, { email: () => s.email(c) })
  s.t(` ${s.p.thanks.toLocaleLowerCase(s.loc.tag)}`)
}

/** An AI call summary with bold keys. */
export function summary(s: Scene): void {
  const r = s.r
  const c = s.person()
  const agent = s.person()
  s.t(`**${s.p.summary}** (`).date("iso").t(", ").time().t(")\n")
  s.t(`**${s.p.caller}:** `).name(c, r.pick(["gf", "f,g"] as const)).t(" (").phone().t(")\n")
  s.t(`**${s.p.agent}:** `).name(agent).t("\n")
  s.t(`**${s.p.reason}:** `).ask(c, r.int(2, 3)).t("\n")
  if (s.hasId) s.t("**ID:** ").nationalId().t("\n")
  s.t(`**${s.p.next}:** `).say(s.p.callback).t(`. ${s.numKey(s.kinds()[2]!)} `).num(s.kinds()[2])
}

/** A status note with the business's numbers and lookalikes only. */
export function notice(s: Scene): void {
  const r = s.r
  const k = s.kinds()
  s.t(`${s.biz.brand} — ${s.p.status} `).date().t(" ").time().t("\n")
  for (const kind of k) if (r.chance(0.7)) s.t(`• ${s.numKey(kind)}: `).num(kind).t("\n")
  s.t(`• ${s.numKey(k[1]!)}: `).num(k[1]).t("\n• ").amount().t("\n")
  s.t("• ").say(s.p.masked).t("\n")
  if (r.chance(0.6)) s.t("• ").declined().t("\n")
  if (r.chance(0.6)) s.t("• ").badIban().t("\n")
  if (s.hasId && r.chance(0.8)) s.t("• ").nationalId(true).t(" rejected\n")
  s.t("• ").nameWord().t(`\n${s.p.noPii}`)
}
