// The businesses' own numbers and the formatted values every text may carry: the hard negatives.
// A number made only of digits and separators is drawn again until it is a valid phone number
// in no country of the corpus (an MMSI excepted: it is always written after its key).
import { noPhoneAnywhere } from "./phones.ts"
import type { Rng } from "./rng.ts"
import type { Formats, Locale } from "./types.ts"

const L = (rng: Rng, n: number, from = "ABCDEFGHJKLMNPRSTUVWXYZ") => Array.from({ length: n }, () => rng.pick([...from])).join("")
const pad = (n: number, w = 2) => String(n).padStart(w, "0")

export function notPhone(rng: Rng, draw: () => string): string {
  for (let i = 0; i < 3000; i++) {
    const v = draw()
    if (!/^[+\d\s().\/-]+$/.test(v) || v.replace(/\D/g, "").length < 6 || noPhoneAnywhere(v)) return v
  }
  throw new Error("holdout39: no number drawn that is a phone nowhere")
}

/** NHS-style number: 10 digits, mod-11 check digit, written 3-3-4. */
function nhsLike(rng: Rng): string {
  for (;;) {
    const d = String(rng.int(4, 9)) + rng.digits(8)
    const r = 11 - ([...d].reduce((s, c, i) => s + Number(c) * (10 - i), 0) % 11)
    if (r === 10) continue
    const all = d + (r === 11 ? "0" : String(r))
    return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`
  }
}

type Maker = (rng: Rng, loc: Locale) => string

export const REF: Record<string, Maker> = {
  rx: (r) => notPhone(r, () => r.pick([`RX${r.digits(7)}`, `Rx-26-${r.digits(6)}`, `${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`, `EP${r.digits(3)}${L(r, 2)}${r.digits(4)}`])),
  "repeat-order": (r) => notPhone(r, () => r.pick([`REP-${r.digits(5)}`, `RO/${r.digits(3)}/${r.digits(4)}`, `${r.digits(3)}/${r.digits(4)}`])),
  "health-number": (r, loc) => notPhone(r, () => (loc.tag.includes("sct") ? `${pad(r.int(1, 28))}${pad(r.int(1, 12))}${pad(r.int(40, 99))} ${r.digits(4)}` : nhsLike(r))),
  "pharmacy-ref": (r) => notPhone(r, () => r.pick([`PH/${L(r, 2)}/${r.digits(5)}`, `${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `CP-${r.digits(6)}`])),
  dosage: (r, loc) => r.pick(["500 mg", "2 x 5 ml", "20 mg", `${loc.fmt.dec === "," ? "0,5" : "0.5"} mg`, "1000 IU", "10 mg/ml", "2 x 250 mg", "75 mcg", `${loc.fmt.dec === "," ? "2,5" : "2.5"} ml`]),
  licence: (r) => notPhone(r, () => r.pick([`${L(r, 5)}${r.digits(6)}${L(r, 2)}${r.digits(1)}${L(r, 2)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${L(r, 1)}${r.digits(7)}`, `DL-${r.digits(8)}`])),
  "test-booking": (r) => notPhone(r, () => r.pick([`TB-${r.digits(5)}-${L(r, 1)}`, `${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, `THY/26/${r.digits(5)}`, `PRT${r.digits(6)}`])),
  "donation-ref": (r) => notPhone(r, () => r.pick([`DN-2026-${r.digits(5)}`, `D${r.digits(8)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`])),
  "gift-aid-ref": (r) => notPhone(r, () => r.pick([`GA${r.digits(6)}`, `GAD-${r.digits(4)}-${r.digits(4)}`, `GA/${r.digits(2)}/${r.digits(5)}`])),
  "legacy-ref": (r) => `LEG/${r.int(20, 26)}/${r.digits(4)}`,
  berth: (r) => r.pick([`${L(r, 1, "ABCDEFGH")}-${r.int(1, 48)}`, `${L(r, 1, "ABCDEFGH")}${pad(r.int(1, 60))}`, `B${r.int(100, 340)}`]),
  pontoon: (r) => r.pick([`P${r.int(1, 9)}`, `PN-${r.int(1, 12)}`]),
  mooring: (r) => r.pick([`M-${r.int(10, 240)}`, `MB${r.digits(4)}`, `SW${r.int(1, 99)}`]),
  "hull-id": (r, loc) => `${r.chance(0.6) ? `${loc.country === "GB" ? "GB" : loc.country}-` : ""}${L(r, 3)}${r.digits(5)}${L(r, 1, "ABCDEFGHIJKL")}${r.int(0, 9)}${r.int(10, 26)}`,
  "call-sign": (r) => r.pick([`M${L(r, 3)}${r.int(2, 9)}`, `2${L(r, 3)}${r.int(2, 9)}`, `${L(r, 2)}${r.digits(4)}`, `V${L(r, 1)}${r.digits(4)}`]),
  mmsi: (r, loc) => `${r.pick(loc.fmt.mid)}${r.digits(6)}`,
  "phone-shaped-ref": (r) => notPhone(r, () => r.pick([`${r.digits(4)} ${r.digits(3)} ${r.digits(3)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`, `${r.digits(2)} ${r.digits(4)} ${r.digits(4)}`, `0${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`, `${r.digits(3)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`])),
}

function group(n: number, thou: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, thou)
}

export function amount(r: Rng, f: Formats): string {
  const whole = r.chance(0.3) ? r.int(1000, 25000) : r.int(3, 950)
  const cents = r.chance(0.6) ? `${f.dec}${pad(r.int(0, 99))}` : ""
  return r.pick(f.money).replace("{n}", group(whole, f.thou) + cents)
}

export function date(r: Rng, f: Formats): string {
  const d = r.int(1, 28), m = r.int(1, 12), y = r.pick([2025, 2026])
  const pattern = r.pick(f.date)
  const bare = pattern.includes(".") && r.chance(0.5)
  return pattern.replace(/[dmy]/g, (c) => (c === "d" ? (bare ? String(d) : pad(d)) : c === "m" ? pad(m) : String(y)))
}

export function time(r: Rng, f: Formats): string {
  const h = r.int(7, 19), m = r.pick([0, 15, 20, 30, 45, 50])
  if (f.clock === "12") return `${h > 12 ? h - 12 : h}:${pad(m)} ${h >= 12 ? "pm" : "am"}`
  if (f.clock === "dot") return `${h}.${pad(m)}`
  if (f.clock === "h") return `${h}h${pad(m)}`
  return `${pad(h)}:${pad(m)}`
}

export const version = (r: Rng) => `${r.int(1, 9)}.${r.int(0, 24)}.${r.int(0, 30)}`
export const stamp = (r: Rng) => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`
