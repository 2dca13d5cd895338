// Hard negatives these businesses are full of: their own reference numbers,
// bank routing codes, national ids that are not an entity type here, grades.
import { type Rng } from "./render.ts"
import { digits, luhnCheckDigit } from "./values.ts"

const L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
const letters = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...L])).join("")
const nz = (r: Rng, n: number) => String(r.int(1, 9)) + digits(r, n - 1)

export const member = (r: Rng) =>
  r.pick([nz(r, 8), nz(r, 9), nz(r, 10), nz(r, 11), `${nz(r, 4)} ${digits(r, 3)} ${digits(r, 3)}`, `${nz(r, 3)}-${digits(r, 3)}-${digits(r, 4)}`, `GM-${nz(r, 7)}`])
export const student = (r: Rng) => r.pick([`s${nz(r, 7)}`, `z${nz(r, 7)}`, `2026${digits(r, 6)}`, nz(r, 8), `${digits(r, 2)}-${digits(r, 3)}-${digits(r, 3)}`])
export const applicant = (r: Rng) => r.pick([`APP-2026-${digits(r, 6)}`, `${nz(r, 3)}-${digits(r, 3)}-${digits(r, 4)}`, `A${nz(r, 8)}`])
export const course = (r: Rng) => r.pick([`${r.pick(["COMP", "MATH", "ECON", "NURS", "LAW"])}${r.int(1000, 4999)}`, `${r.pick(["BIO", "CHEM", "HIST"])}-${r.int(100, 499)}`, `${r.pick(["MATH", "PHYS"])} ${r.int(1, 4)}${r.pick(["A", "B"])}0${r.int(1, 9)}`])
export const room = (r: Rng) => r.pick([`${r.int(1, 6)}.${p2(r.int(1, 40))}`, `${r.pick(["B", "C", "G"])}${r.int(100, 450)}`, String(r.int(2, 9))])
export const locker = (r: Rng) => String(r.int(10, 480))
export const apptRef = (r: Rng) => r.pick([`BK-${letters(r, 2)}${digits(r, 4)}`, `${nz(r, 3)} ${digits(r, 3)}`, `REF#${nz(r, 8)}`, `APT-${nz(r, 6)}`, `${letters(r, 3)}${digits(r, 5)}`])
export const invoice = (r: Rng) => r.pick([`INV-2026-${digits(r, 6)}`, `F-2026/${digits(r, 4)}`, `${r.int(2025, 2026)}/${digits(r, 5)}`, `INV${nz(r, 9)}`])
export const sortCode = (r: Rng) => `${r.int(10, 99)}-${p2(r.int(0, 99))}-${p2(r.int(0, 99))}`
export const bsb = (r: Rng) => `${r.pick(["062", "063", "082", "033", "012", "732"])}-${digits(r, 3)}`
export const nzBank = (r: Rng) => `${r.pick(["01", "02", "06", "12", "38"])}-${digits(r, 4)}-${digits(r, 7)}-${digits(r, 2)}`
export const ifsc = (r: Rng) => `${r.pick(["HDFC", "SBIN", "ICIC", "UTIB"])}0${digits(r, 6)}`
export const zaBranch = (r: Rng) => r.pick(["250655", "632005", "470010", "051001", "198765"])
export const routing = (r: Rng) => `${r.pick(["0", "1", "2"])}${digits(r, 8)}`
export const pinCode = (r: Rng) => `${r.int(11, 85)}${digits(r, 4)}`
export const aadhaar = (r: Rng) => {
  const d = nz(r, 12)
  return r.chance(0.7) ? `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}` : d
}
/** YYMMDD SSSS C A Z, Luhn check as the real ones; never a card IIN (no leading 3, 4, 5, 6). */
export const zaId = (r: Rng) => {
  const yy = r.pick([p2(r.int(70, 99)), p2(r.int(0, 8))])
  const body = `${yy}${p2(r.int(1, 12))}${p2(r.int(1, 28))}${digits(r, 4)}${r.pick(["0", "1"])}8`
  return body + luhnCheckDigit(body)
}
export const taxId = (r: Rng, lang: string) => {
  if (lang === "pt") return r.pick([`${r.pick(["1", "2"])}${digits(r, 8)}`, `${digits(r, 3)}.${digits(r, 3)}.${digits(r, 3)}-${digits(r, 2)}`])
  if (lang === "it") return `${letters(r, 6)}${digits(r, 2)}${letters(r, 1)}${digits(r, 2)}${letters(r, 1)}${digits(r, 3)}${letters(r, 1)}`
  return r.pick([`${digits(r, 8)}${letters(r, 1)}`, `${letters(r, 4)}${digits(r, 6)}${letters(r, 3)}`])
}
export const grade = (r: Rng) => r.pick([`${r.int(2, 3)}.${r.int(0, 9)}/4.0`, `${r.int(60, 99)}/100`, `${r.int(80, 99)}.${p2(r.int(0, 99))}`, `${r.int(5, 8)}.${r.pick([0, 5])}`, `${r.int(12, 20)}/20`, `${r.int(24, 30)}/30`])
export const postcode = (r: Rng, loc: string) => {
  if (loc === "en-GB") return `${r.pick(["SW", "M", "LS", "EH", "CF"])}${r.int(1, 20)} ${r.int(1, 9)}${letters(r, 2)}`
  if (loc === "en-US") return `${r.int(10001, 98999)}${r.chance(0.3) ? `-${digits(r, 4)}` : ""}`
  if (loc === "en-IN") return pinCode(r)
  if (loc === "pt-PT") return `${r.int(1000, 4999)}-${digits(r, 3)}`
  if (loc === "pt-BR") return `${r.int(10000, 99999)}-${digits(r, 3)}`
  return String(r.int(1000, 9999)) + (loc.startsWith("es") || loc === "it-IT" ? String(r.int(0, 9)) : "")
}
export const shortTime = (r: Rng) => `${r.int(10, 59)} min`

function p2(n: number) {
  return String(n).padStart(2, "0")
}
