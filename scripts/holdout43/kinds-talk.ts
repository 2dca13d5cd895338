// Spoken and chatty kinds: chats (plain, Slack/Teams and WhatsApp exports), SMS, voicemail, speech-to-text, AI summaries, notes.
import { drawPhone, writePhone } from "./phones.ts"
import type { Scene } from "./scene.ts"

const EMO = ["📞 ", "📱", "👋 ", "✉️ ", "🙏 "]
const DIGIT = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

export function chat(s: Scene) {
  const { r, w } = s
  const shape = r.int(3)
  const tag = (i: number, at: string) => {
    if (shape === 0) s.t(`[${at}] `).P(i, i === 0 ? "lower" : "full").t(": ")
    else if (shape === 1) s.t(`${at} - `).P(i, "given").t(": ")
    else s.P(i, "full").t(`  ${at}\n`)
  }
  tag(0, shape === 0 ? "03/04/2026, 09:12" : shape === 1 ? "3/4/26 09:12" : "9:12 AM")
  s.t(`${w.hi.toLowerCase()} ${r.pick(EMO)}`).t(`${w.myName} `).P(0, "lower-given").t(`, ${s.topic} `).num().t("\n")
  tag(1, shape === 2 ? "9:14 AM" : "03/04/2026, 09:14")
  s.t(`${w.thanks}! ${w.phone}? `).time().t("\n")
  tag(0, shape === 2 ? "9:15 AM" : "03/04/2026, 09:15")
  s.t(r.pick(EMO)).tel(r.pick(["national", "dashes", "intl", "compact"])).t(` ${w.or} `).tel().t(r.chance(0.5) ? ` — ${w.email} ` : "\n")
  if (r.chance(0.5)) s.mail(0)
  s.t(`\n`).extras(2)
  if (s.loc.ssn || s.loc.nino) s.t("\n").natId()
}

export function sms(s: Scene) {
  const { r, w } = s
  s.t(`${w.hi} `).P(0, r.pick(["lower-given", "given"])).t(`, ${s.topic}: `).date().t(" ").time().t(". ")
  s.t(`${w.call} `).t(r.pick(["", "No. ", "📞", `${w.phone.toLocaleLowerCase(s.loc.intl)}`])).tel(r.pick(["national", "compact", "e164", "dots"])).t(` ${w.or} wa.me/`)
  s.d.e("PHONE", drawPhone(r, s.loc.cc).e164.slice(1))
  s.t(` ${r.pick(["xx", "-"])} `).P(1, r.pick(["lower-given", "given"])).t(r.chance(0.5) ? " " : "").word()
}

function spoken(s: Scene) {
  const { r } = s
  const ph = drawPhone(r, s.loc.cc)
  if (!s.loc.english) return ph.national.split(/[ -]/).join(r.pick(["... ", ", ", " ... "]))
  const groups = ph.national.replace(/[()]/g, "").split(/[ -]/)
  return groups.map((g) => g.split("").map((c, i, a) => (i > 0 && a[i - 1] === c ? "" : a[i + 1] === c ? `double ${DIGIT[+c]}` : DIGIT[+c])).filter(Boolean).join(" ")).join(r.pick([", ", "... ", " "]))
}

export function voicemail(s: Scene) {
  const { r, w, loc } = s
  s.t(`[${r.pick(["Voicemail", "Transcription", "VM"])} ${r.pick(["00:41", "01:07", "00:23"])}] `)
  s.t(`${w.hi}, ${w.myName} `).P(0, r.chance(0.3) ? "lower" : "full").t(r.pick([", um, ", "... ", ", "]))
  s.t(loc.english ? r.pick(["you can reach me on ", "my number's ", "call me back on "]) : `${w.call} `)
  if (r.chance(0.5)) s.t(loc.english ? `${DIGIT[r.int(10)]} ${DIGIT[r.int(10)]}... sorry, ` : `${r.digits(3)}... ${r.pick(["nie", "ei", "no", "non", "nej", "не", "όχι", "hayır"])}, `)
  s.d.e("PHONE", spoken(s))
  s.t(`. ${s.topic} `).num().t(`, `).date().t(r.chance(0.5) ? `. ${w.bye}` : "").t(".")
  if (r.chance(0.4)) s.t(` ${loc.english ? "it's for my carer" : "→"} `).P(1, "full").t(loc.english ? ", he'll be there at " : " ").time()
}

export function stt(s: Scene) {
  const { r, w, loc } = s
  const low = (x: string) => x.toLocaleLowerCase(loc.intl)
  s.t(`${r.pick(["agent", "caller", "speaker 1", "SPEAKER_00"])}: ${low(w.hi)} ${low(w.myName)} `).P(0, "lower").t(` ${low(s.topic)} `)
  s.t(`${low(w.phone)} `).tel(r.pick(["compact", "national"])).t(` ${r.pick(["speaker 2", "customer", "SPEAKER_01"])}: ${low(w.thanks)} `).P(1, "lower-given").t(` ${r.int(10)} `).dur().t(" ").date()
  if (s.loc.ssn || s.loc.nino) s.t(" ").natId()
}

export function summary(s: Scene) {
  const { r, w } = s
  s.t(`${r.pick(["**Call summary (AI)**", "AI summary", "✨ Summary"])}\n`)
  s.t(`- ${w.name}: `).P(0, r.pick(["full", "caps", "initial"])).t("\n")
  s.t(`- ${s.topic}: `).num().t(", ").date().t("\n")
  s.t(`- ${w.phone}: `).tel().t(r.chance(0.5) ? ` (${w.ext} ${10 + r.int(89)})` : "").t("\n")
  s.t(`- ${s.loc.english ? r.pick(["Carer", "Parent", "Assistant", "Porter", "Teacher", "Groom"]) : "+"}: `).P(1, "full").t(r.chance(0.5) ? "'s " : ", ").word().t("\n")
  s.t(`- ${w.amount}: `).amount().t(r.chance(0.4) ? `\n- ${w.email}: ` : "")
  if (s.d.text.endsWith(": ")) s.mail(0)
  if (s.loc.ssn || s.loc.nino) s.t("\n- ").natId()
}

export function note(s: Scene) {
  const { r, w } = s
  s.t(`${r.pick(["NOTE", "Agent note", "📝"])} `).date().t(` ${r.pick(["—", "/", "|"])} `).P(2, "initial").t(`: `)
  s.P(0, r.pick(["full", "family-first", "given"])).t(` ${w.call.split(" ")[0]} `).tel(r.pick(["trunk", "bracket", "00", "slash", "intlDashes"])).t(`. `)
  s.num().t(", ").num().t(`. ${r.chance(0.5) ? "" : `IP `}`)
  if (s.d.text.endsWith("IP ")) s.ip()
  s.t(" ").card().t(" ").badCard()
  if (s.loc.ssn || s.loc.nino) s.t(". ").natId()
  if (s.loc.iban) s.t(" IBAN ").iban()
}
