// Plain text: web chats, agent notes, AI call summaries, letters, voicemails with the number said in words, and
// notices with the business's numbers and no personal data at all.
import { BRAND } from "./business.ts"
import { idSay } from "./records.ts"
import type { Scene } from "./scene.ts"

const BIZ_I = { motor: 0, mobile: 1, hotel: 2, gym: 3 } as const
const about = (s: Scene) => s.w.about[BIZ_I[s.biz]]!

export function chat(s: Scene): void {
  const { r, w, cust, agent } = s
  let hh = r.int(8, 18), mm = r.int(10, 30)
  const t = () => `${hh}:${String((mm += r.int(1, 4))).padStart(2, "0")}`
  const speaker = (p: typeof cust) => { s.name(p, r.pick(["given", "full"])); s.t(` (${t()}): `) }
  speaker(agent); s.say(w.hi, { G: () => s.name(cust, "given") }).t(` ${BRAND[s.biz].name}.\n`)
  speaker(cust); s.say(about(s)).t("\n")
  if (r.chance(0.5)) { speaker(cust); s.nameWord() || s.t("…"); s.t("\n") }
  speaker(cust); s.say(w.callBack).t(r.chance(0.3) ? ` ${w.or} ` : "")
  if (s.d.text.endsWith(` ${w.or} `)) s.phone(s.person())
  s.t("\n")
  speaker(cust); s.say(w.mailIs).t("\n")
  if (r.chance(0.4)) { speaker(cust); s.failed().t(" 😕\n") }
  speaker(agent); s.t(w.thanks)
}

export function note(s: Scene): void {
  const { r, w, cust } = s
  s.t(r.pick(["NB: ", "Note — ", "", "📞 "]))
  s.name(cust, r.pick(["full", "upper", "comma"])); s.t(" ").say(about(s)).t(". ")
  s.say(w.callBack).t(". ")
  if (r.chance(0.6)) s.say(w.mailIs).t(". ")
  idSay(s)
  if (r.chance(0.5)) s.say(s.biz === "gym" ? w.debit : w.paid).t(". ")
  if (r.chance(0.4)) s.nameWord()
  if (r.chance(0.3)) { s.t(" "); s.loc.iban && r.chance(0.5) ? s.say(w.bounced, { L: () => s.badIban() }) : s.say(w.declined) }
  s.t(" /").name(s.agent, "given")
}

export function summary(s: Scene): void {
  const { r, w, cust } = s
  const L = w.labels
  s.t(r.pick(["**Call summary**\n", "## Summary\n", "AI summary:\n"]))
  s.t(`- **${L.caller}:** `).name(cust).t("\n")
  s.t(`- **${L.phone}:** `).phone(cust).t("\n")
  if (r.chance(0.7)) s.t(`- **${L.email}:** `).mail(cust).t("\n")
  s.t("- ").say(about(s)).t("\n")
  if (r.chance(0.6)) { s.t("-"); idSay(s); s.t("\n") }
  if (r.chance(0.5)) s.t("- ").say(s.biz === "gym" ? w.debit : w.paid).t("\n")
  if (r.chance(0.4)) { s.t("- "); s.nameWord() || s.date(); s.t("\n") }
  s.t(`- **${L.next}:** ${L.callBackAction} `).date().t(" ").time()
}

export function letter(s: Scene): void {
  const { r, w, cust } = s
  s.name(cust); s.t("\n")
  s.t(r.pick(["Flat 3, ", "", "Apt. 12, "]) + `${r.int(2, 180)} ${r.pick(["Station Road", "Hauptstraße", "Rua Nova", "Calle Mayor", "Ulica Długa", "Bulevardul Unirii"])}\n\n`)
  s.date().t("\n\n")
  s.say(w.hi, { G: () => s.name(s.agent) }).t("\n\n")
  s.say(about(s)).t(". ")
  s.say(w.callBack).t(`, ${w.or} `).phone(s.person(), ["national", "intl"]).t(". ")
  s.say(w.mailIs).t(".")
  idSay(s)
  s.t("\n")
  if (r.chance(0.6)) s.say(s.biz === "gym" ? w.debit : w.paid).t(".\n")
  if (r.chance(0.3)) s.nameWord()
  if (r.chance(0.4)) s.t(" ").failed().t(".")
  s.t("\n\n").say(w.regards).t("\n").name(cust)
}

/** The national number said digit by digit, in groups; English says "oh" and "double" at times. */
function said(s: Scene, national: string): string {
  const table = s.w.digits.split(" ")
  const d = national.replace(/\D/g, "")
  const en = s.loc.lang === "en"
  const words: string[] = []
  for (let i = 0; i < d.length; i++) {
    const c = Number(d[i])
    if (en && d[i] === d[i + 1] && s.r.chance(0.5)) { words.push(`double ${table[c]}`); i++ }
    else words.push(en && c === 0 && s.r.chance(0.6) ? "oh" : table[c]!)
    if ((i === 2 || i === 5) && i < d.length - 2) words[words.length - 1] += ","
  }
  return words.join(" ")
}

export function voicemail(s: Scene): void {
  const { r, w, cust } = s
  s.t(r.pick(["Voicemail transcript", "Transcription", "VM"]) + ` (${r.int(0, 1)}:${String(r.int(10, 59))}) — from `)
  r.chance(0.6) ? s.phone(cust, ["e164"]) : s.t("Withheld")
  s.t("\n\"")
  s.say(w.vmHello).t(", ").say(about(s)).t(". ")
  s.say(w.callBack, { P: () => s.ent("PHONE", said(s, cust.phone.national)) }).t(". ")
  if (r.chance(0.5)) s.say(w.mailIs).t(". ")
  s.t(w.thanks + "\"")
}

export function notice(s: Scene): void {
  const { r, w } = s
  s.say(r.pick(w.notice)).t("\n")
  s.t(`${BRAND[s.biz].name} · `)
  const extra = { motor: ["vehicle-reg", "vin", "garage-number"], mobile: ["imei", "iccid"], hotel: ["room-number", "loyalty-number"], gym: ["class-code", "fob-number"] }[s.biz]
  const kind = r.pick(extra)
  s.t(`${kind.replace(/-/g, " ")}: `).num(kind)
  if (r.chance(0.5)) s.t(" · ").amount()
  if (r.chance(0.4)) { s.t("\n"); s.nameWord() }
  if (r.chance(0.3)) { s.t("\n").say(w.declined, { L: () => s.badCard() }).t(" (test)") }
}
