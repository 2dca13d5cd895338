// The businesses' own numbers (hard negatives). A number that could be read as a phone is drawn
// again until libphonenumber-js/max calls it invalid in every country of the corpus.
import type { CountryCode } from "libphonenumber-js/max"
import { validIn } from "./phones.ts"
import type { Rng } from "./prng.ts"

export const ALL_REGIONS: CountryCode[] = ["IE", "GB", "CA", "NZ", "IN", "PH", "GH", "NO", "DK", "PT", "ES", "HU", "SK", "SI", "LT", "LV", "BG", "MT", "CH", "BE", "MX", "AR"]

const luhnValid = (d: string) => [...d].reverse().reduce((s, ch, i) => s + (i % 2 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][Number(ch)]! : Number(ch)), 0) % 10 === 0

/** Draws until the number is a valid phone in none of `regions` (every country of the corpus unless
 * told) and, at 12-19 digits, fails Luhn. */
export function notPhone(make: () => string, regions: readonly CountryCode[] = ALL_REGIONS): string {
  for (let i = 0; i < 2000; i++) {
    const v = make()
    const d = v.replace(/\D/g, "")
    if (!validIn(v, regions) && !(d.length >= 12 && d.length <= 19 && luhnValid(d))) return v
  }
  throw new Error("no number drawn that is not a phone")
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0")
const group = (d: string, sizes: number[], sep: string) => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) { out.push(d.slice(at, at + n)); at += n }
  return out.join(sep)
}

/** UPU S10: two letters, eight digits, a mod-11 check digit, the country of posting. */
function s10(rng: Rng, country: string): string {
  const d = rng.digits(8)
  const sum = [...d].reduce((s, c, i) => s + Number(c) * [8, 6, 4, 2, 3, 5, 9, 7][i]!, 0)
  const c = 11 - (sum % 11)
  return `${rng.pick(["RR", "CP", "LX", "EE", "RB"])}${d}${c === 10 ? 0 : c === 11 ? 5 : c}${country}`
}

export const tracking = (rng: Rng, country: string) => {
  const form = rng.int(0, 3)
  if (form === 0) return s10(rng, country)
  if (form === 1) return `JJD${rng.digits(18)}`
  if (form === 2) return `1Z${rng.letters(1, "0123456789ABCDEFGHJKLMNPRSTVWXY")}${rng.digits(2)}${rng.letters(3, "ABCDEFGHJKLMNPRSTVWXY")}${rng.digits(10)}`
  return notPhone(() => String(rng.int(1, 9)) + rng.digits(11))
}
export const lockerPin = (rng: Rng) => notPhone(() => rng.digits(6))
export const locker = (rng: Rng, city: string) => `LK-${city}-${pad(rng.int(1, 2400), 4)}`

export const permit = (rng: Rng) => rng.pick([
  () => `RP-${rng.pick([2025, 2026])}-${pad(rng.int(1, 99999), 6)}`,
  () => `PRK/${rng.pick(["25", "26"])}/${pad(rng.int(1, 99999), 5)}`,
  () => `Z${rng.int(1, 12)}-${pad(rng.int(1, 9999), 4)}`,
])()
export const ctaxAccount = (rng: Rng) => notPhone(() => {
  const d = String(rng.int(1, 9)) + rng.digits(rng.pick([7, 8, 9]))
  return d.length === 10 && rng.chance(0.5) ? group(d, rng.pick([[4, 4, 2], [3, 3, 4]]), " ") : d
})
export const propertyRef = (rng: Rng) => notPhone(() => "100" + rng.digits(9))

export const orderRef = (rng: Rng) => rng.chance(0.5) ? `BO-${rng.letters(7, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}` : notPhone(() => String(rng.int(1, 9)) + rng.digits(rng.pick([8, 9])))
export const ticketNo = (rng: Rng) => notPhone(() => {
  const d = String(rng.int(1, 9)) + rng.digits(rng.pick([11, 17]))
  return d.length === 12 && rng.chance(0.6) ? group(d, [4, 4, 4], " ") : d
})
export const seat = (rng: Rng) => {
  const row = rng.letters(1, "ABCDEFGHJKLMNPRST")
  const n = rng.int(1, 38)
  return rng.pick([`${row}${n}`, `${rng.int(101, 232)}/${row}/${n}`, `B${rng.int(1, 9)}-R${rng.int(1, 30)}-S${pad(n)}`])
}
export const gate = (rng: Rng) => `${rng.letters(1, "ABCDEFG")}${rng.int(1, 12)}`

export const plot = (rng: Rng) => `${rng.letters(1, "ABCDEFGHKLMN")}-${pad(rng.int(1, 480), 3)}`
export const grave = (rng: Rng) => rng.pick([`R${rng.int(1, 40)}-${rng.int(1, 60)}`, `${rng.int(1, 24)}/${pad(rng.int(1, 350), 3)}`, `${rng.int(100, 4999)}${rng.letters(1, "ABC")}`])
export const bookingRef = (rng: Rng) => `${rng.pick(["CR", "FN", "SV"])}-${rng.pick(["25", "26"])}-${pad(rng.int(1, 9999), 4)}`

/** A reference written in a phone's groups that is not a valid phone anywhere in the corpus. */
export const phoneShapedRef = (rng: Rng) => notPhone(() => {
  const shape = rng.pick([[4, 3, 3], [3, 3, 4], [3, 4, 4], [2, 4, 4], [4, 4, 3], [3, 3, 3, 3]])
  const d = String(rng.int(0, 9)) + rng.digits(shape.reduce((a, b) => a + b, 0) - 1)
  return group(d, shape, rng.pick([" ", " ", "-"]))
})

export const version = (rng: Rng) => `${rng.chance(0.4) ? "v" : ""}${rng.int(1, 9)}.${rng.int(0, 24)}.${rng.int(0, 12)}`
