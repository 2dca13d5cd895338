// Hard negatives: the ids, codes and numbers these businesses are full of.
import type { Rng } from "./rng.ts"

const L = "ABCDEFGHJKLMNPRSTUVWXYZ"
const letters = (r: Rng, n: number): string => Array.from({ length: n }, () => r.pick([...L])).join("")
const alnum = (r: Rng, n: number): string => Array.from({ length: n }, () => r.pick([..."ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"])).join("")

export const playerId = (r: Rng): string => r.pick([`P-${r.digits(9)}`, `${r.digits(10)}`, `UID ${r.digits(8)}`, `pl_${alnum(r, 10).toLowerCase()}`])
export const transactionId = (r: Rng): string => r.pick([`TXN-${r.digits(12)}`, `tx_${alnum(r, 14).toLowerCase()}`, `${r.digits(15)}`])
export const appleOrder = (r: Rng): string => `M${alnum(r, 9)}`
export const googleOrder = (r: Rng): string => `GPA.${r.digits(4)}-${r.digits(4)}-${r.digits(4)}-${r.digits(5)}`
export const appleReceipt = (r: Rng): string => `${r.int(1, 5)}${r.digits(14)}`
export const orderNumber = (r: Rng): string => r.pick([`ORD-${r.int(2024, 2026)}-${r.digits(6)}`, `#${r.digits(8)}`, `${r.digits(9)}`, `TM${r.digits(7)}`])
export const eventNumber = (r: Rng): string => r.pick([`EV${r.digits(6)}`, `E-${r.int(2025, 2027)}-${r.digits(4)}`, `${r.digits(7)}`])
export const barcode = (r: Rng): string => r.pick([r.digits(12), r.digits(18), `${alnum(r, 4)}-${alnum(r, 4)}-${alnum(r, 4)}`, r.digits(13)])
export const seat = (r: Rng): string => r.pick([`Sec ${r.int(101, 332)} Row ${r.pick([...L])} Seat ${r.int(1, 30)}`, `${r.pick([...L])}-${r.int(1, 40)}-${String(r.int(1, 60)).padStart(2, "0")}`, `Block ${r.int(1, 24)}, Row ${r.int(1, 40)}, Seat ${r.int(1, 50)}`])
export const leaseContract = (r: Rng): string => r.pick([`LC-${r.digits(8)}`, `${letters(r, 3)}/${r.int(2021, 2026)}/${r.digits(5)}`, `L${r.digits(10)}`])
export const pcn = (r: Rng): string => r.pick([`${letters(r, 2)}${r.digits(8)}`, `PCN ${r.digits(10)}`, `${r.int(2025, 2026)}/${r.digits(6)}`, `MP-${r.digits(7)}`])
export const permit = (r: Rng): string => r.pick([`RP-${r.digits(6)}`, `P${r.digits(7)}`, `${letters(r, 2)}-${r.digits(5)}-${r.int(25, 27)}`])
export const bay = (r: Rng): string => r.pick([`${r.int(1, 9)}${r.digits(3)}`, `${r.pick([...L])}${r.int(1, 99)}`, `${r.digits(5)}`])
export const accountId = (r: Rng): string => r.pick([`ACC-${r.digits(7)}`, `${r.digits(11)}`, `cust_${alnum(r, 12).toLowerCase()}`])
export const version = (r: Rng): string => r.pick([`${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}`, `${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}.${r.int(100, 9999)}`, `v${r.int(1, 5)}.${r.int(0, 12)}`])
export const odometer = (r: Rng, unit: "km" | "mi", sep: string): string => {
  const n = r.int(4000, 189000)
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)} ${unit}`
}

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
export const vin = (r: Rng): string =>
  r.pick(["WVW", "WBA", "VF1", "ZFA", "TMB", "YV1", "SAL", "1HG", "2T1", "JTD", "KMH", "VSS"]) +
  Array.from({ length: 14 }, () => r.pick([...VIN_CHARS])).join("")

export const plate: Record<string, (r: Rng) => string> = {
  GB: (r) => `${letters(r, 2)}${r.int(10, 74)} ${letters(r, 3)}`,
  US: (r) => `${r.int(1, 9)}${letters(r, 3)}${r.digits(3)}`,
  CA: (r) => `${letters(r, 4)} ${r.digits(3)}`,
  NZ: (r) => `${letters(r, 3)}${r.digits(3)}`,
  ES: (r) => `${r.digits(4)} ${letters(r, 3).replace(/[AEIOU]/g, "K")}`,
  PT: (r) => `${letters(r, 2)}-${r.digits(2)}-${letters(r, 2)}`,
  IT: (r) => `${letters(r, 2)} ${r.digits(3)}${letters(r, 2)}`,
  PL: (r) => `${r.pick(["WA", "KR", "PO", "GD", "WR"])} ${r.digits(5)}`,
  CZ: (r) => `${r.int(1, 9)}${letters(r, 1)}${r.int(1, 9)} ${r.digits(4)}`,
  FI: (r) => `${letters(r, 3)}-${r.int(1, 999)}`,
  EE: (r) => `${r.digits(3)} ${letters(r, 3)}`,
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0")

/** Polish PESEL with a valid check digit. */
export function pesel(r: Rng): string {
  const y = r.int(1950, 2005)
  const m = r.int(1, 12) + (y >= 2000 ? 20 : 0)
  const body = pad(y % 100) + pad(m) + pad(r.int(1, 28)) + r.digits(4)
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (w[i] as number), 0)
  return body + String((10 - (sum % 10)) % 10)
}

/** Czech rodné číslo: ten digits divisible by 11, written with a slash. */
export function czechBirthNumber(r: Rng): string {
  for (;;) {
    const head = pad(r.int(55, 99)) + pad(r.int(1, 12) + r.pick([0, 50])) + pad(r.int(1, 28))
    const tail = r.digits(3)
    const n = Number(head + tail)
    const check = (n % 11) % 10
    if (n % 11 === 10) continue
    return `${head}/${tail}${check}`
  }
}

/** Finnish HETU with its mod-31 check character. */
export function hetu(r: Rng): string {
  const y = r.int(1950, 2005)
  const dm = pad(r.int(1, 28)) + pad(r.int(1, 12)) + pad(y % 100)
  const ind = String(r.int(2, 899)).padStart(3, "0")
  const c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(dm + ind) % 31]
  return `${dm}${y >= 2000 ? "A" : "-"}${ind}${c}`
}

/** Estonian isikukood with its two-stage mod-11 check digit. */
export function isikukood(r: Rng): string {
  const y = r.int(1950, 2005)
  const body = String(y >= 2000 ? r.pick([5, 6]) : r.pick([3, 4])) + pad(y % 100) + pad(r.int(1, 12)) + pad(r.int(1, 28)) + r.digits(3)
  const w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
  const w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
  let c = [...body].reduce((s, d, i) => s + Number(d) * (w1[i] as number), 0) % 11
  if (c === 10) c = [...body].reduce((s, d, i) => s + Number(d) * (w2[i] as number), 0) % 11
  if (c === 10) c = 0
  return body + String(c)
}
