// Each business's own numbers, the hard negatives. A number made only of digits and separators (six digits or more)
// is drawn again until libphonenumber-js/max calls it invalid in every country of the corpus, and (twelve or more)
// until it fails Luhn.
import { ALL_CC } from "./locales.ts"
import { validAnywhere } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { hex, luhnOk } from "./values.ts"

/** Draws until the value is no phone anywhere in the corpus and no Luhn pass. */
export function safe(r: Rng, gen: (r: Rng) => string): string {
  for (let i = 0; i < 200; i++) {
    const v = gen(r)
    const d = v.replace(/\D/g, "")
    const numeric = /^[\d\s().\/-]+$/.test(v)
    if (d.length >= 6 && validAnywhere(d, ALL_CC)) continue
    if (numeric && d.length >= 6 && validAnywhere(v, ALL_CC)) continue
    if (d.length >= 12 && luhnOk(d)) continue
    return v
  }
  throw new Error("holdout44: no safe business number drawn")
}

const UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"
const letters = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...UP])).join("")

export const lineId = (r: Rng) => safe(r, (r) => `${r.pick(["FTTP", "FTTP", "FTTH", "FTTC"])}-00${r.digits(8)}`)
export const routerSerial = (r: Rng) => `${r.pick(["22", "23", "24", "25"])}${r.digits(2)}${letters(r, 2)}${r.digits(1)}${letters(r, 1)}${r.digits(5)}`
export const ontId = (r: Rng) => `${r.pick(["ALCL", "HWTC", "ZTEG", "GPON"])}${hex(r, 8).toUpperCase()}`
export function mac(r: Rng): string {
  const h = hex(r, 12)
  const pairs = h.match(/../g)!
  return r.pick([pairs.join(":").toUpperCase(), pairs.join(":"), pairs.join("-").toUpperCase(), h.match(/..../g)!.join(".")])
}
export const speed = (r: Rng) => r.pick(["940/110 Mbps", "500/500 Mbps", "1000/1000 Mbps", "150/30 Mbit/s", "300/50 Mbps", "2000/2000 Mbps", "80/20 Mbps"])
export const version = (r: Rng) => `${r.pick(["v", ""])}${1 + r.int(6)}.${r.int(20)}.${r.int(10)}`

export const tenancyRef = (r: Rng) => safe(r, (r) => r.pick([`TA-26-${r.digits(5)}`, `LET/2026/${r.digits(4)}`, `TEN-${letters(r, 2)}${r.digits(4)}`]))
export const depositId = (r: Rng, cc: string) => `${cc === "IE" ? "RTB" : cc === "DE" ? "KAU" : cc === "BE" || cc === "LU" ? "GAR" : "DEP"}-${r.digits(7)}`
export const meterReading = (r: Rng) => safe(r, (r) => r.pick([`0${r.digits(4)}.${r.digits(1)} kWh`, `${r.digits(5)} kWh`, `00${r.digits(5)}`, `${r.digits(5)}.${r.digits(3)} m³`, `0${r.digits(6)}`]))
export const sortCode = (r: Rng) => safe(r, (r) => `${r.pick(["90", "93", "98", "99"])}-${r.digits(2)}-${r.digits(2)}`)
/** A domestic account number where the country has no IBAN here, or a sort-code account where it does. */
export function account(r: Rng, cc: string): string {
  const gen: Record<string, (r: Rng) => string> = {
    MX: (r) => `0${r.digits(17)}`, AR: (r) => `0${r.digits(21)}`, NZ: (r) => `${r.pick(["01", "02", "06", "12"])}-${r.digits(4)}-0${r.digits(6)}-0${r.digits(1)}`,
    IN: (r) => `50100${r.digits(9)}`, CA: (r) => `${r.digits(7)}`, PH: (r) => `00${r.digits(10)}`, JM: (r) => `0${r.digits(8)}`,
  }
  return safe(r, gen[cc] ?? ((r) => `0${r.digits(7)}`))
}
export const bankCode = (r: Rng, cc: string) =>
  cc === "IN" ? `${r.pick(["HDFC", "SBIN", "ICIC", "UTIB"])}0${r.digits(6)}` : cc === "CA" ? safe(r, (r) => `0${r.digits(4)}-00${r.digits(1)}`) : sortCode(r)

export const unitNo = (r: Rng) => `${r.pick([...UP.slice(0, 6)])}-${1 + r.int(3)}-${100 + r.int(300)}`
export const code = (r: Rng) => safe(r, (r) => r.digits(4 + r.int(5)))

export const policyNo = (r: Rng) => `TIP-2026-00${r.digits(5)}`
export const claimRef = (r: Rng) => r.pick([`CLM-26-${r.digits(6)}`, `CL26/${r.digits(5)}`, `TC-${letters(r, 1)}${r.digits(6)}`])
export const flight = (r: Rng) => {
  const air = r.pick(["LH", "FR", "EI", "KM", "SK", "DY", "FI", "W6", "TP", "VY", "LX", "AC", "PR", "AI", "NZ", "AM", "AR", "KL", "BT", "LO", "JU", "PS", "FB", "U2"])
  return `${air}${r.chance(0.5) ? " " : ""}${1 + r.int(9)}${r.digits(r.int(3) + 1)}`
}
export const bookingCode = (r: Rng) => Array.from({ length: 6 }, (_, i) => (i > 0 && r.chance(0.25) ? String(2 + r.int(8)) : r.pick([...UP]))).join("")
export const passport = (r: Rng) => `${letters(r, r.pick([1, 2]))}${r.digits(7)}`
