// Text copied out of tools: OCR of a scanned letter, WhatsApp exports, Slack and Teams pastes, chatbot transcripts.
import { BRAND } from "./business.ts"
import type { Scene } from "./scene.ts"
import { ipv4, ipv6 } from "./values.ts"

const BIZ_I = { motor: 0, mobile: 1, hotel: 2, gym: 3 } as const

/** OCR noise: l read as 1 and O as 0 inside words, and line breaks where the scan wrapped. */
function ocrNoise(r: Scene["r"]): (s: string) => string {
  return (s) => s
    .replace(/(?<=\p{L})l(?=\p{L})/gu, (m) => (r.chance(0.25) ? "1" : m))
    .replace(/(?<=\p{Lu})O|O(?=\p{Lu})/gu, (m) => (r.chance(0.5) ? "0" : m))
    .replace(/ (?=\p{L}{3,})/gu, (m) => (r.chance(0.08) ? "\n" : m))
}

export function ocr(s: Scene): void {
  const { r, w, cust } = s
  s.t(`${BRAND[s.biz].name.toUpperCase()}\n${{ motor: "Claims Department", mobile: "Customer Relations", hotel: "Reservations", gym: "Membership Office" }[s.biz]}\n\n`)
  s.date(); s.t("\n\n")
  s.d.noise = ocrNoise(r)
  s.t("Re: ").ref(0).t("   ").ref(1).t("\n\n")
  s.say(w.hi, { G: () => s.name(cust, r.pick(["full", "given"])) }).t("\n")
  s.say(w.about[BIZ_I[s.biz]]!).t(". ")
  if (r.chance(0.5)) s.nameWord()
  s.t("\n")
  s.say(w.callBack).t(". ")
  s.say(w.mailIs).t(".\n")
  if (r.chance(0.5)) { s.t(r.pick(["Payment: ", "Ref. payment "])); s.biz === "gym" ? s.bank() : s.card(); s.t("\n") }
  if (r.chance(0.3)) { s.failed().t(".\n") }
  s.t("\n").say(w.regards).t("\n")
  s.name(s.agent)
  s.t(`\n${BRAND[s.biz].name} · `).phone(s.agent, ["national", "intl"])
  s.d.noise = undefined
}

function stamp(s: Scene, d: number, mo: number, hh: number, mm: number): string {
  const sec = String(s.r.int(0, 59)).padStart(2, "0")
  const p = (n: number) => String(n).padStart(2, "0")
  if (s.loc.cc === "US") return `[${mo}/${d}/26, ${hh % 12 || 12}:${p(mm)}:${sec} ${hh < 12 ? "AM" : "PM"}]`
  if (["de", "fi", "et", "pl", "cs", "ro", "hr", "tr", "is"].includes(s.loc.lang)) return `[${p(d)}.${p(mo)}.26, ${p(hh)}:${p(mm)}:${sec}]`
  if (s.loc.lang === "sv") return `[2026-${p(mo)}-${p(d)} ${p(hh)}:${p(mm)}:${sec}]`
  return `[${p(d)}/${p(mo)}/2026, ${p(hh)}:${p(mm)}:${sec}]`
}

export function whatsapp(s: Scene): void {
  const { r, w, cust } = s
  const saved = r.chance(0.7)
  const brand = `${BRAND[s.biz].name}`
  const day = r.int(1, 28), mo = r.int(1, 12), hh = r.int(8, 20)
  let mm = r.int(0, 20)
  const who = () => (saved ? s.name(cust, r.pick(["full", "given"])) : s.phone(cust, ["intl"]))
  const line = (mine: boolean, body: () => void) => {
    s.t(`${stamp(s, day, mo, hh, mm)} `); mine ? who() : s.t(brand); s.t(": "); body(); s.t("\n"); mm += r.int(1, 6)
  }
  line(true, () => s.say(w.about[BIZ_I[s.biz]]!))
  line(false, () => s.say(w.hi, { G: () => s.name(cust, "given") }).t(" 👍"))
  if (r.chance(0.5)) line(true, () => s.t("<Media omitted>"))
  line(true, () => s.say(w.mailIs))
  if (r.chance(0.6)) line(true, () => s.say(w.callBack, { P: () => s.phone(cust, r.chance(0.3) ? ["national"] : undefined) }))
  if (r.chance(0.4)) line(true, () => { if (!s.nameWord()) s.t("ok") })
  if (s.biz === "hotel" || r.chance(0.3)) line(true, () => { s.biz === "gym" ? s.bank("lower") : s.card("spaces") })
  line(false, () => s.t(w.thanks + " ").ref(r.chance(0.5) ? 0 : 1))
}

export function slack(s: Scene): void {
  const { r, w, cust, agent } = s
  const teams = r.chance(0.5)
  const colleague = s.person()
  const head = (p: typeof agent) => {
    if (teams) { s.t(`[${r.int(8, 17)}:${String(r.int(10, 59))}] `); s.name(p, "comma"); s.t("\n") }
    else { s.name(p); s.t(`  ${r.int(8, 11)}:${String(r.int(10, 59))} ${r.pick(["AM", "PM"])}\n`) }
  }
  head(agent)
  s.t("@"); s.name(colleague, r.pick(["full", "given"])); s.t(" ")
  s.t(r.pick(["can you take this one? ", "need a hand here: ", "fyi "]))
  s.name(cust); s.t(" ").say(w.about[BIZ_I[s.biz]]!).t(". ")
  s.say(w.callBack).t("\n")
  s.t(r.pick([":eyes: 2  :white_check_mark: 1\n", "👍 3\n", ":raised_hands: 1\n"]))
  head(colleague)
  s.t(r.pick(["on it, ", "done — ", "ok, "]))
  if (r.chance(0.6)) { s.t("email bounced from "); s.mail(cust); s.t(", ") }
  s.t("portal log says `login ok ip=")
  s.ent("IP_ADDRESS", r.chance(0.6) ? ipv4(r) : ipv6(r)); s.t(r.chance(0.5) ? `:${r.int(1024, 65000)}` : "").t("`")
  if (r.chance(0.4)) { s.t(" ref "); s.ref(1) }
  s.t(teams ? "\n(1 reaction)" : "\n:thread: 2 replies")
}

const INTENTS = { motor: "report_claim", mobile: "port_in_request", hotel: "modify_booking", gym: "freeze_membership" } as const

export function bot(s: Scene): void {
  const { r, w, cust } = s
  const u = r.pick(["user", "User", "customer"])
  s.t(`${u}: `).say(w.about[BIZ_I[s.biz]]!).t("\n")
  s.t(`nlu: {"intent": "${INTENTS[s.biz]}", "confidence": 0.${r.int(71, 98)}, "entities": {"ref": "`).ref(0).t('"}}\n')
  s.t(`bot: ${r.pick(["Thanks! What's the best number to reach you?", "Got it. Which phone number should we use?"])}\n`)
  s.t(`${u}: `)
  if (r.chance(0.5)) s.phone(cust)
  else s.say(w.callBack)
  s.t("\n")
  s.t('nlu: {"intent": "provide_contact", "entities": {"phone": "').phone(cust, ["e164"]).t('"')
  if (r.chance(0.7)) { s.t(', "email": "'); s.mail(cust); s.t('"') }
  s.t("}}\n")
  s.t(`bot: ${r.pick(["And your full name, please?", "May I have your name?"])}\n`)
  s.t(`${u}: `); s.name(cust, r.chance(0.4) ? "lower" : "full"); s.t("\n")
  s.t('nlu: {"intent": "provide_name", "entities": {"person": "'); s.name(cust, "full"); s.t(`"}, "session_ip": "`)
  s.ent("IP_ADDRESS", r.chance(0.7) ? ipv4(r) : ipv6(r)); s.t('"}\n')
  s.t(`bot: ${r.pick(["You're all set", "Handing you over to an agent"])}. Ref `).ref(1)
}
