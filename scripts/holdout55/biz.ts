// The four businesses: their names, mailboxes, reference numbers (hard negatives) and their lines in each country.
import type { CountryCode } from "libphonenumber-js/max"
import { luhnOk } from "./checks.ts"
import { drawPhone, type Phone } from "./phones.ts"
import { seeded, type Rng } from "./rng.ts"
import { safeNumber } from "./values.ts"

export interface Ref { kind: string; v: string }
export interface Biz {
  key: string
  name: string
  /** The short name a chat or WhatsApp export shows as sender. */
  short: string
  domain: string
  roles: string[]
  /** Two lettered references and one digits-only number. */
  r1(r: Rng): Ref
  r2(r: Rng): Ref
  rd(r: Rng): Ref
}
const mmdd = (r: Rng) => `${String(1 + r.int(12)).padStart(2, "0")}${String(1 + r.int(28)).padStart(2, "0")}`
const four = (v: string) => v.replace(/(\d{4})(?=\d)/g, "$1 ")

export const BIZ: Biz[] = [
  {
    key: "bees", name: "Goldcell Apiary Supplies", short: "Goldcell Apiary", domain: "goldcell.example", roles: ["orders", "hives", "swarms", "hello"],
    r1: (r) => (r.chance(0.5) ? { kind: "queen-order", v: `QO-26-${1000 + r.int(9000)}` } : { kind: "honey-lot", v: `HL-26/${100 + r.int(900)}` }),
    r2: (r) => ({ kind: "hive-kit", v: `${r.pick(["NAT-BRD", "WBC-LIFT", "LANG-DEEP", "FDN-WAX", "NUC-5F"])}-${String(2 + r.int(60)).padStart(2, "0")}` }),
    rd: (r) => {
      const v = safeNumber(r, "03#########")
      return { kind: "apiary-number", v: r.chance(0.6) ? `${v.slice(0, 5)} ${v.slice(5)}` : v }
    },
  },
  {
    key: "bindery", name: "Quirewell Bindery", short: "Quirewell Bindery", domain: "quirewell.example", roles: ["studio", "orders", "repairs", "hello"],
    r1: (r) => (r.chance(0.5) ? { kind: "job-ticket", v: `QB-J-${10000 + r.int(90000)}` } : { kind: "quote-ref", v: `Q26-${String(r.int(10000)).padStart(4, "0")}` }),
    r2: (r) => ({ kind: "cloth-code", v: `BKC-${r.pick(["NIGER", "BUCK", "LINEN", "CALF", "MARBL"])}-${String(1 + r.int(40)).padStart(2, "0")}` }),
    rd: (r) => {
      const v = safeNumber(r, `${r.pick(["8", "9"])}###############`, (d) => !luhnOk(d))
      return { kind: "commission-number", v: r.chance(0.65) ? four(v) : v }
    },
  },
  {
    key: "tiles", name: "Trueline Tile & Grout", short: "Trueline Tile & Grout", domain: "trueline.example", roles: ["survey", "jobs", "care", "hello"],
    r1: (r) => (r.chance(0.5) ? { kind: "survey-ref", v: `TL-SV-${1000 + r.int(9000)}` } : { kind: "job-sheet", v: `JS/26/${String(1 + r.int(9999)).padStart(4, "0")}` }),
    r2: (r) => ({ kind: "sealant-batch", v: `SB-${1000 + r.int(9000)}-${r.pick([..."KLMN"])}` }),
    rd: (r) => {
      const v = safeNumber(r, `${1 + r.int(9)}#####################`, (d) => !luhnOk(d))
      return { kind: "warranty-number", v: r.chance(0.7) ? four(v) : v }
    },
  },
  {
    key: "canoes", name: "Otterbank Canoe & Kayak Hire", short: "Otterbank Canoes", domain: "otterbank.example", roles: ["bookings", "river", "groups", "hello"],
    r1: (r) => (r.chance(0.5) ? { kind: "hire-booking", v: `OBK-26-${1000 + r.int(9000)}` } : { kind: "launch-slot", v: `LS-${mmdd(r)}-${r.pick(["0900", "0930", "1100", "1330", "1500"])}` }),
    r2: (r) => ({ kind: "boat-tag", v: `${r.pick(["K1", "K2", "C2", "C3", "SUP"])}-${String(1 + r.int(48)).padStart(2, "0")}` }),
    rd: (r) => {
      const v = safeNumber(r, `${r.pick(["1", "7"])}###########`, (d) => !luhnOk(d))
      return { kind: "waiver-number", v: r.chance(0.65) ? v.replace(/(\d{3})(?=\d)/g, "$1 ") : v }
    },
  },
]
export const BIZ_KINDS = ["queen-order", "honey-lot", "hive-kit", "apiary-number", "job-ticket", "quote-ref", "cloth-code", "commission-number",
  "survey-ref", "job-sheet", "sealant-batch", "warranty-number", "hire-booking", "launch-slot", "boat-tag", "waiver-number"]

const lines = new Map<string, Phone>()
/** The business's line in a country: the same number in every text there (toll-free or, in Canada, a city landline). */
export function bizLine(b: Biz, cc: CountryCode): Phone {
  const key = `${b.key} ${cc}`
  let p = lines.get(key)
  if (!p) {
    const r = seeded([...key].reduce((a, c) => Math.imul(a ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5))
    p = drawPhone(r, cc, cc === "CA" ? "fixed" : "free")
    lines.set(key, p)
  }
  return p
}
