// The four businesses and their own numbers (the hard negatives). A number of digits and separators only (six digits
// or more) is drawn again until libphonenumber-js/max calls it invalid in every country of the corpus (as written and
// as bare digits), and (twelve digits or more) until it fails Luhn. None carries a Luhn digit by design.
import { ALL_CC } from "./locales.ts"
import type { Rng } from "./rng.ts"
import { luhnOk, phoneAnywhere } from "./values.ts"

export interface Biz {
  key: string; brand: string; sender: string; domain: string
  /** Each number kind with its tool key and a drawer; the first is the main reference. */
  nums: Record<string, { key: string; draw: (r: Rng) => string }>
}

const mmdd = (r: Rng) => `${String(r.int(1, 12)).padStart(2, "0")}${String(r.int(1, 28)).padStart(2, "0")}`
/** Drawn again until no country of the corpus calls it a phone and (12+ digits) Luhn fails. */
export function digitId(r: Rng, draw: () => string): string {
  for (;;) {
    const v = draw()
    const d = v.replace(/\D/g, "")
    if (d.length >= 6 && (phoneAnywhere(v, ALL_CC) || phoneAnywhere(d, ALL_CC))) continue
    if (d.length >= 12 && luhnOk(d)) continue
    return v
  }
}
const g = (d: string, sizes: number[]) => {
  let at = 0
  return sizes.map((n) => d.slice(at, (at += n))).join(" ")
}

export const BIZ: Biz[] = [
  {
    key: "locksmith", brand: "Keyfast Locksmiths", sender: "KEYFAST", domain: "keyfast-locks.com",
    nums: {
      "job-ref": { key: "job_ref", draw: (r) => (r.chance(0.6) ? `KF-26${mmdd(r)}-${r.digits(2)}` : `J26/${r.digits(5)}`) },
      "lock-serial": { key: "lock_serial", draw: (r) => digitId(r, () => (r.chance(0.5) ? "99" + r.digits(8) : g("99" + r.digits(8), [3, 3, 4]))) },
      "key-code": { key: "key_code", draw: (r) => `KC-${r.digits(4)}-${"ABCDEF"[r.int(0, 5)]}` },
      "van-number": { key: "van", draw: (r) => `KFV-${r.digits(3)}` },
    },
  },
  {
    key: "pawn", brand: "Goldmark Pledge & Repair", sender: "GOLDMARK", domain: "goldmark-pledge.com",
    nums: {
      "loan-ref": { key: "loan_ref", draw: (r) => `PL-26-${r.digits(5)}` },
      "pledge-ticket": { key: "pledge_ticket", draw: (r) => digitId(r, () => (r.chance(0.5) ? g("97" + r.digits(10), [4, 4, 4]) : "97" + r.digits(10))) },
      "watch-serial": { key: "watch_serial", draw: (r) => `${"MKZVR"[r.int(0, 4)]}${r.digits(7)}` },
      "repair-bag": { key: "repair_bag", draw: (r) => `RB-${mmdd(r)}-${r.digits(2)}` },
    },
  },
  {
    key: "golf", brand: "Larchmere Golf Club", sender: "LARCHMERE", domain: "larchmere-golf.com",
    nums: {
      "member-number": { key: "member_no", draw: (r) => `LGC-${r.digits(5)}` },
      "handicap-id": { key: "handicap_id", draw: (r) => digitId(r, () => (r.chance(0.5) ? "99" + r.digits(9) : g("99" + r.digits(9), [3, 4, 4]))) },
      "tee-booking": { key: "tee_booking", draw: (r) => `TB-26${mmdd(r)}-${String(r.int(7, 17)).padStart(2, "0")}${r.pick(["00", "10", "20", "30", "40", "50"])}` },
      "locker-number": { key: "locker", draw: (r) => `LK-${r.int(100, 480)}` },
    },
  },
  {
    key: "print", brand: "Inkhouse Print", sender: "INKHOUSE", domain: "inkhouse-print.com",
    nums: {
      "print-order": { key: "order_id", draw: (r) => `IH-${Array.from({ length: 6 }, () => r.pick([..."ABCDEFGHJKMNPQRSTVWXYZ23456789"])).join("")}` },
      "job-ticket": { key: "job_ticket", draw: (r) => digitId(r, () => (r.chance(0.5) ? "79" + r.digits(12) : g("79" + r.digits(12), [4, 4, 4, 2]))) },
      "proof-number": { key: "proof", draw: (r) => `PRF-${mmdd(r)}-${r.int(1, 9)}` },
      "paper-stock": { key: "stock", draw: (r) => `${r.pick(["SRA3", "A3", "A4", "A5", "B2"])}-${r.pick([90, 120, 170, 250, 300, 350])}gsm` },
    },
  },
]

/** A domestic account number where no IBAN is in use (the US, South Africa, New Zealand, Singapore, Brazil, Chile, Colombia). */
export function bankAccount(r: Rng, cc: string): string {
  return digitId(r, () => {
    if (cc === "NZ") return `${r.pick(["01", "02", "03", "06", "12", "38"])}-${r.digits(4)}-${r.digits(7)}-${r.pick(["00", "01", "25"])}`
    if (cc === "BR") return `${r.digits(4)} ${r.digits(5)}-${r.digits(1)}`
    if (cc === "SG") return `${r.digits(3)}-${r.digits(6)}-${r.digits(1)}`
    if (cc === "CO") return `${r.digits(3)}-${r.digits(6)}-${r.digits(2)}`
    return r.digits(r.int(9, 12))
  })
}
