// Tabular and machine kinds: CSV/TSV with headers in the language, log lines, web forms, markdown tickets.
import type { Scene } from "./scene.ts"

export function csv(s: Scene) {
  const { r, w } = s
  const sep = r.pick([",", ";", "\t"])
  const q = sep !== "\t" && r.chance(0.5) ? '"' : ""
  const cell = (f: () => void, quote = q) => { s.t(quote); f(); s.t(quote) }
  s.t([w.family, w.given, w.phone, w.email, w.date, w.amount, w.note].join(sep) + "\n")
  for (const i of [0, 1]) {
    cell(() => s.P(i, r.chance(0.5) ? "family-caps" : "family"))
    s.t(sep)
    cell(() => s.P(i, "given"))
    s.t(sep); cell(() => s.tel(r.pick(["e164", "national", "compact", "dashes"]))); s.t(sep); cell(() => s.mail(i)); s.t(sep)
    cell(() => s.date()); s.t(sep); cell(() => s.amount(), sep === "\t" ? "" : '"'); s.t(sep); cell(() => s.num()); s.t("\n")
  }
  if (s.loc.ssn || s.loc.nino) s.t("# ").natId().t(" / ").badSsn()
}

export function log(s: Scene) {
  const { r } = s
  const shape = r.int(3)
  s.d.n("timestamp", `2026-0${1 + r.int(9)}-1${r.int(9)}T0${r.int(9)}:${10 + r.int(50)}:${10 + r.int(50)}Z`)
  if (shape === 0) {
    s.t(` level=info svc=${s.dom} ip=`).ip().t(" user=\"").P(0, "full").t("\" phone=").tel(r.pick(["e164", "compact"])).t(" ").t("ref=").num().t(" app=").version()
  } else if (shape === 1) {
    s.t(` {"event":"booking","name":"`).P(0, "full").t(`","email":"`).mail(0).t(`","ip":"`).ip().t(`","tel":"`).tel("e164").t(`","v":"`).version().t(`"}`)
  } else {
    s.t(` ${s.dom}-gw sshd[${1000 + r.int(9000)}]: accepted session from `).ip().t(" port ").t(String(1024 + r.int(60000))).t(" for ").P(0, "lower-given").t(" ").num()
  }
  s.t("\n").d.n("timestamp", `2026-0${1 + r.int(9)}-2${r.int(8)}T1${r.int(9)}:0${r.int(9)}:3${r.int(9)}+02:00`)
  s.t(" level=warn msg=\"retry\" ").t("ip=").ip().t(" card_last4=").t(r.digits(4))
}

export function form(s: Scene) {
  const { r, w } = s
  s.t(`${w.given}: `).P(0, "given").t(`\n${w.family}: `).P(0, r.chance(0.5) ? "family-caps" : "family")
  s.t(`\n${w.phone}: `)
  if (r.chance(0.25)) {
    const v = s.d.text.length
    s.tel("intl")
    const ent = s.d.entities[s.d.entities.length - 1]!
    const sp = s.d.text.indexOf(" ", v + 4)
    if (sp > 0 && sp < ent.end - 1) s.d.text = s.d.text.slice(0, sp) + "\n" + s.d.text.slice(sp + 1)
  } else s.tel()
  s.t(`\n${w.email}: `).mail(0).t(`\n${w.date}: `).date().t(`\n${w.note}: `).word().t(" ").num()
  s.t("\nIP: ").ip()
  if (s.loc.ssn || s.loc.nino) s.t("\n").natId()
  if (s.loc.iban) s.t("\nIBAN: ").iban()
  else s.t("\nIBAN: ").badIban()
}

export function ticket(s: Scene) {
  const { r, w } = s
  s.t(`### ${s.topic} `).num().t("\n\n| ").t(w.name).t(" | ").t(w.phone).t(" |\n|---|---|\n| ").P(0, r.pick(["full", "family-first"])).t(" | ").tel().t(" |\n| ").P(1, "full").t(" | ").tel().t(" |\n\n")
  s.t(`- **${w.date}:** `).date().t(`\n- **${w.amount}:** `).amount().t(`\n- **Ref:** \``).num().t("`\n\n> ").extras(2).t("\n\n@").P(2, "given").t(r.pick([" pls call back", " ⬆️", " — done ✅"]))
  if (s.loc.ssn || s.loc.nino) s.t("\n- ").natId()
  if (r.chance(0.4)) s.t(` [call](tel:`).tel("e164").t(")")
  if (r.chance(0.3)) s.t(" sms:").tel("e164")
}
