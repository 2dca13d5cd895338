// Pasted data: CRM key/value dumps, CSV/TSV/pipe rows with headers, JSON snippets, log lines.
import type { Doc } from "./doc.ts"
import type { Kit } from "./kit.ts"
import { card, iban, nino, ssn } from "./numbers.ts"

export function crm(d: Doc, k: Kit): void {
  const { r, L } = k
  const p = k.person()
  const sep = r.pick([": ", " = ", "\t"])
  const H = L.headers
  d.t(`Account${sep}`).nv(k.lookalike(["order-number"])).t(`\n${H.first}${sep}`).e("PERSON", p.first).t(`\n${H.last}${sep}`).e("PERSON", p.last)
  d.t(`\n${H.phone}${sep}`).e("PHONE", k.phone()).t(`\n${H.email}${sep}`).e("EMAIL", k.email(p)).t(`\n${H.city}${sep}`).n("postcode", r.pick(L.postcodes))
  if (L.variant === "us" && r.chance(0.15)) d.t(`\nssn${sep}`).nv(k.lookalike(["ssn-invalid"])).t(" (placeholder, ask again)")
  else if (L.variant === "gb" && r.chance(0.15)) d.t(`\nni_number${sep}`).nv(k.lookalike(["nino-invalid"])).t(" (temp)")
  else if (L.variant === "us" && r.chance(0.9)) d.t(`\nssn${sep}`).e("US_SSN", ssn(r))
  else if (L.variant === "gb" && r.chance(0.9)) d.t(`\nni_number${sep}`).e("UK_NINO", nino(r))
  else d.t(`\niban${sep}`).e("IBAN", iban(r, r.pick(L.ibans)))
  d.t(`\nlast_login_ip${sep}`).e("IP_ADDRESS", k.ip()).t(`\nbalance${sep}`).n("amount", k.amount()).t(`\nupdated${sep}`).n("date", k.date())
  d.t(`\nowner${sep}`).e("PERSON", k.full(k.person()))
}

export function table(d: Doc, k: Kit): void {
  const { r, L } = k
  const sep = r.pick([",", "\t", "|", ";"])
  const H = L.headers
  const pipe = sep === "|"
  const row = (cells: Array<(d: Doc) => void>): void => {
    if (pipe) d.t("| ")
    cells.forEach((c, i) => {
      if (i > 0) d.t(pipe ? " | " : sep)
      c(d)
    })
    d.t(pipe ? " |\n" : "\n")
  }
  const idCol = L.variant === "us" ? "ssn" : L.variant === "gb" ? "ni_number" : ""
  const heads = ["id", H.first, H.last, H.phone, H.email, L.order, H.note, ...(idCol ? [idCol] : [])]
  row(heads.map((h) => (x: Doc) => void x.t(h)))
  if (pipe) row(heads.map(() => (x: Doc) => void x.t("---")))
  const rows = r.int(2, 4)
  for (let i = 0; i < rows; i++) {
    const p = k.person()
    const blank = r.chance(0.25)
    row([
      (x) => void x.t(String(r.int(1000, 9999))),
      (x) => void x.e("PERSON", p.first),
      (x) => void x.e("PERSON", p.last),
      (x) => void (blank ? x.t("") : x.e("PHONE", k.phone(["international", "e164", "national"]))),
      (x) => void (blank ? x.t("n/a") : x.e("EMAIL", k.email(p))),
      (x) => void x.nv(k.lookalike(["order-number", "invoice", "tracking-number"])),
      (x) => {
        const qq = sep === "," ? "\"" : "" // a comma inside an amount must not split the cell
        x.t(qq)
        if (r.chance(0.5)) x.nv(k.lookalike(["amount", "date", "sku"]))
        else x.t(r.pick(L.lines).replace(/[,;|\t]/g, " "))
        x.t(qq)
      },
      ...(idCol ? [(x: Doc) => void (r.chance(0.3) ? x.t("") : idCol === "ssn" ? x.e("US_SSN", ssn(r)) : x.e("UK_NINO", nino(r)))] : []),
    ])
  }
}

export function json(d: Doc, k: Kit): void {
  const { r, L } = k
  const p = k.person()
  const q = (s: string): string => JSON.stringify(s).slice(1, -1)
  d.t(`${r.pick(L.agentLines)}, payload from the webhook:\n{"event":"contact.updated","ts":"`).n("date", k.date()).t(`","contact":{"name":"`)
  d.e("PERSON", q(k.full(p))).t(`","phone":"`).e("PHONE", k.phone(["e164"])).t(`","email":"`).e("EMAIL", k.email(p)).t(`"},`)
  const pay = r.next()
  if (pay < 0.3) d.t(`"payment":{"pan":"`).e("CARD", card(r)).t(`","exp":"${String(r.int(1, 12)).padStart(2, "0")}/${r.int(27, 31)}"},`)
  else if (pay < 0.65) d.t(`"payment":{"iban":"`).e("IBAN", iban(r, r.pick(L.ibans)).replace(/ /g, "")).t(`","amount":"`).n("amount", k.amount()).t(`"},`)
  else d.t(`"payment":{"ref":"`).nv(k.lookalike(["iban-checksum", "luhn-invalid"])).t(`","status":"declined"},`)
  d.t(`"client":{"ip":"`).e("IP_ADDRESS", k.ip()).t(`","ua":"Mozilla/5.0 Chrome/`).nv(k.lookalike(["version"])).t(`"}}`)
}

export function log(d: Doc, k: Kit): void {
  const { r } = k
  const lines = r.int(3, 5)
  for (let i = 0; i < lines; i++) {
    d.t(`${i === 0 ? "" : "\n"}`).n("date", `2026-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}T${String(r.int(0, 23)).padStart(2, "0")}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z`)
    const level = r.pick(["INFO", "WARN", "ERROR", "DEBUG"])
    d.t(` ${level} `)
    switch (r.int(0, 5)) {
      case 0: d.t("login ok src=").e("IP_ADDRESS", k.ip()).t(` port=${r.int(1024, 65535)} user=`).e("EMAIL", k.email(k.person())); break
      case 1: d.t("rate limited client=").e("IP_ADDRESS", k.ip()).t(` after ${r.int(50, 500)} req in `).n("duration", k.duration()); break
      case 2: d.t("agent-desktop ").nv(k.lookalike(["version"])).t(" heartbeat mac=").nv(k.lookalike(["mac-address"])); break
      case 3: d.t("payment declined ref=").nv(k.lookalike(["luhn-invalid", "order-number"])).t(" amount=").n("amount", k.amount()); break
      case 4: d.t("sms sent to=").e("PHONE", k.phone(["e164"])).t(" template=callback_reminder"); break
      default: d.t("upstream [").e("IP_ADDRESS", k.ip()).t(`]:${r.int(80, 9000)} timeout ${r.int(100, 9000)}ms`)
    }
  }
}
