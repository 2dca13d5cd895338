// Texts that hold no PII at all, only lookalikes.
import { N, x } from "./build"
import type { Template } from "./types"

const EN: Template[] = [
  {
    kind: "agent-note",
    biz: "telecom",
    f: (g) =>
      x`Device swap logged ${g.date()} ${g.time()}. IMEI ${g.imei()}, SIM ${g.iccid()}. Plan upgraded to ${g.gb()} for ${g.price()}; app ${g.version()}. Ticket ${g.ref()}. Customer will ${g.word("bill")} pay by card ${g.masked()}. ${g.word("Will")} follow up if data cap hit.`,
  },
  {
    kind: "agent-note",
    biz: "bank",
    f: (g) =>
      x`Payments exception ${g.ref()}: beneficiary IBAN ${g.badIban()} failed the check digits, card ref ${g.badCard()} failed validation. Account ${g.account()}, sort code ${g.sortCode()}, BIC ${g.bic()}. Amount ${g.amount()} returned ${g.date()}. ${g.word("Mark")} as resolved once re-keyed.`,
  },
  {
    kind: "agent-note",
    biz: "insurer",
    f: (g) =>
      x`Claim ${g.claim()} on policy ${g.policy()}: hail on ${g.date()}, settlement ${g.amount()}. Insured lives near ${N("street", "Rose Hill")}, ${g.postcode()}. ${g.word("Hope")} to close by end of ${g.word("May")}; next review ${g.time()}.`,
  },
]

const EU: Template[] = [
  {
    kind: "agent-note",
    biz: "telecom",
    f: (g) => x`${g.date()} ${g.time()} · FW ${g.version()} · IMEI ${g.imei()} · ICCID ${g.iccid()} · ${g.gb()} · ${g.price()} · ${g.ref()} · ${g.masked()}`,
  },
  {
    kind: "agent-note",
    biz: "bank",
    f: (g) => x`${g.ref()} | IBAN ${g.badIban()} ✗ | ${g.badCard()} ✗ | ${g.account()} | BIC ${g.bic()} | ${g.amount()} | ${g.date()} | ${g.postcode()} | ${g.policy()}`,
  },
]

export const NEG = { en: EN, eu: EU }
