// Support tickets with Markdown or HTML, forwarded e-mail chains with signatures, QA review forms.
import type { Doc } from "./doc.ts"
import { type Kit, MAIL_HOSTS, type Person } from "./kit.ts"
import { card, iban, nino, ssn } from "./numbers.ts"

export function ticket(d: Doc, k: Kit): void {
  const { r, L } = k
  const p = k.person()
  if (r.chance(0.5)) {
    d.t("## ").nv(k.lookalike(["ticket"])).t(` – ${r.pick(L.lines)}\n\n**Customer:** `).e("PERSON", k.full(p)).t("  \n**Contact:** `").e("PHONE", k.phone()).t("`  \n")
    if (L.variant === "gb") d.t("**NI no. (verified):** ").e("UK_NINO", nino(r)).t("  \n")
    if (L.variant === "us" && r.chance(0.5)) d.t("**SSN (verified):** ").e("US_SSN", ssn(r)).t("  \n")
    d.t("**Product:** ").nv(k.lookalike(["sku"])).t(" / fw ").nv(k.lookalike(["version"])).t("\n\n> ").t(r.pick(L.lines)).t(". ")
    k.nameWord(d).t("\n\n- [x] ")
    if (r.chance(0.5)) d.t("refund to ").e("IBAN", iban(r, r.pick(L.ibans))).t("\n- [ ] ").t(r.pick(L.agentLines))
    else d.t("checked ").nv(k.lookalike(["luhn-invalid", "iban-checksum"])).t(" – rejected, not a valid number\n- [ ] ").t(r.pick(L.agentLines))
    return
  }
  d.t("<p>").t(r.pick(L.hi)).t(" <b>")
  k.someone(d, p).t("</b>,</p>\n<p>").t(r.pick(L.agentLines)).t(". ")
  if (r.chance(0.5)) d.t(`<a href="mailto:`).e("EMAIL", k.email(p)).t(`">`).t("email").t("</a></p>\n")
  else d.t("Ref <code>").nv(k.lookalike(["invoice", "order-number"])).t("</code></p>\n")
  d.t("<table><tr><td>IP</td><td>").e("IP_ADDRESS", k.ip()).t("</td></tr><tr><td>").t(L.invoice).t("</td><td>").n("amount", k.amount()).t("</td></tr></table>\n<p>")
  d.t(r.pick(L.bye)).t(",<br>").e("PERSON", k.full(k.person())).t("</p>")
}

function signature(d: Doc, k: Kit, p: Person, host: string): void {
  const { r, L } = k
  const eu = L.variant !== "us"
  d.t("--\n").e("PERSON", k.full(p)).t(`\n${r.pick(L.signRole)} | `).n("company", k.company()).t(`\n${L.tel} `).e("PHONE", k.phone(eu ? ["trunk", "international", "national"] : undefined))
  if (r.chance(0.4)) d.t(` ext. ${r.int(100, 999)}`)
  d.t(`\n${L.mobile} `).e("PHONE", k.phone())
  if (r.chance(0.5)) d.t(`\n${L.fax} `).e("PHONE", k.phone())
  d.t("\n").e("EMAIL", `${k.email(p).split("@")[0]}@${host}`).t("\n").nv(k.lookalike(["street"])).t(` ${r.int(1, 200)}, `).n("postcode", r.pick(L.postcodes))
}

function quotedHeader(d: Doc, k: Kit, cust: Person): void {
  const { r, L } = k
  if (r.chance(0.5)) {
    d.t(`\n\nOn `).n("date", k.date()).t(" ").e("PERSON", k.full(cust)).t(" <").e("EMAIL", k.email(cust)).t(`> ${L.wrote}\n> ${r.pick(L.hi)},\n> ${r.pick(L.lines)}. `)
    return
  }
  // Outlook style: the quoted message has its own header block and no "> " prefixes.
  d.t("\n\n-----Original Message-----\nFrom: ").e("PERSON", k.full(cust)).t(" [mailto:").e("EMAIL", k.email(cust)).t("]\nSent: ").n("date", k.date())
  d.t(`\nSubject: RE: ${L.order} `).nv(k.lookalike(["order-number"])).t(`\n\n${r.pick(L.hi)},\n${r.pick(L.lines)}. `)
}

export function emailChain(d: Doc, k: Kit): void {
  const { r, L } = k
  const cust = k.person()
  const staff = k.person()
  const colleague = k.person()
  const host = r.pick(MAIL_HOSTS)
  d.t(`${L.fwd}\nFrom: `).e("PERSON", k.full(staff)).t(" <").e("EMAIL", `${k.email(staff).split("@")[0]}@${host}`).t(">\n")
  d.t(`Date: `).n("date", k.date()).t("\nTo: ").e("EMAIL", `${k.email(colleague).split("@")[0]}@${host}`).t(`\n${L.subject} Fwd: ${L.order} `).nv(k.lookalike(["order-number"])).t("\n\n")
  d.t(`${r.pick(L.hi)} `).e("PERSON", colleague.first).t(`, ${r.pick(L.agentLines)}.\n\n`)
  signature(d, k, staff, host)
  quotedHeader(d, k, cust)
  switch (r.int(0, 3)) {
    case 0: d.t(`${r.pick(L.ibanIs)} `).e("IBAN", iban(r, r.pick(L.ibans))); break
    case 1:
      d.t(`${r.pick(L.reach)} `).e("PHONE", k.farPhone())
      if (L.variant === "us") d.t(". SSN for the claim: ").e("US_SSN", ssn(r))
      else if (L.variant === "gb") d.t(". My NI number is ").e("UK_NINO", nino(r))
      break
    case 2: d.t(`${L.invoice} `).nv(k.lookalike(["invoice"])).t(", ").n("amount", k.amount()).t(". ").nv(k.lookalike(["iban-checksum"])).t(" bounced?"); break
    default: d.t(`${r.pick(L.cardIs)} `).e("CARD", card(r))
  }
  const q = d.text.includes("-----Original Message-----") ? "" : "> "
  d.t(`\n${q}${r.pick(L.bye)}\n${q}`).e("PERSON", cust.first)
  if (r.chance(0.3)) d.t(`\n${q}Sent from my iPhone`)
}

export function qaForm(d: Doc, k: Kit): void {
  const { r, L } = k
  const agent = k.person()
  const reviewer = k.person()
  const score = r.int(55, 100)
  d.t("QA REVIEW\nAgent: ").e("PERSON", k.full(agent)).t("\nReviewer: ").e("PERSON", k.initialed(reviewer)).t("\nContact ID: ")
  d.nv(k.lookalike(["ticket"])).t("\nDate: ").n("date", k.date()).t("  Handle time: ").n("duration", k.duration()).t("\n")
  d.t(`Greeting used name [Y]\nVerification [${r.pick(["Y", "N"])}]\nScore: ${score}/100\nComments: `)
  switch (r.int(0, 3)) {
    case 0:
      d.t("agent read the full card number back (").e("CARD", card(r)).t(") – PCI breach, coach.")
      break
    case 1:
      k.someone(d.t("customer "), k.person()).t(" gave ").t(L.variant === "gb" ? "NI no. " : L.variant === "us" ? "SSN " : "phone ")
      if (L.variant === "gb") d.e("UK_NINO", nino(r))
      else if (L.variant === "us") d.e("US_SSN", ssn(r))
      else d.e("PHONE", k.phone())
      d.t(" unprompted; agent should have stopped them.")
      break
    case 2: // only lookalikes
      d.t("good empathy. ").t("").nv(k.lookalike(["date", "time"])).t(" callback honoured. ")
      k.nameWord(d)
      break
    default:
      k.someone(d.t("escalated to "), k.person()).t(" in Tier 2; see ").nv(k.lookalike(["ticket"]))
  }
}
