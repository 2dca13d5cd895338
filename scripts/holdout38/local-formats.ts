// How each locale writes a date, a time, an amount, a postcode and a licence plate.
import type { Rng } from "./prng.ts"

const pad = (n: number) => String(n).padStart(2, "0")
const C = "BCDFGHJKLMNPRSTVWXYZ"
const L = (rng: Rng, n: number, a = "ABCDEFGHJKLMNPRSTUVWXYZ") => rng.letters(n, a)

export interface LocalFormats {
  date: "dmy/" | "dmy." | "ymd-" | "mdy/" | "ymd." | "d.m."
  /** Thousands and decimal separators for amounts; decimals 0 for currencies written without cents. */
  amount: { group: string; dec: string; decimals: 0 | 2 }
  timeSep: ":" | "." | "h"
  /** The currency sign English texts put before an amount (other languages write theirs in the sentence). */
  cur?: string
  postcode(rng: Rng): string
  plate(rng: Rng): string
}

export const FORMATS: Record<string, LocalFormats> = {
  "en-IE": { cur: "€", date: "dmy/", amount: { group: ",", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => `${r.pick(["D02", "D08", "D15", "T12", "H91", "V94", "A92"])} ${L(r, 1, "ACDEFHKNPRTVWXY")}${r.digits(1)}${L(r, 1, "ACDEFHKNPRTVWXY")}${r.digits(1)}`, plate: (r) => `${r.int(14, 25)}${r.pick(["1", "2"])}-${r.pick(["D", "C", "G", "L", "KY", "WX"])}-${r.int(1, 45000)}` },
  "en-GB": { cur: "£", date: "dmy/", amount: { group: ",", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => `${r.pick(["LS", "BD", "HU", "M", "S", "NE", "YO", "HX"])}${r.int(1, 19)} ${r.digits(1)}${L(r, 2, "ABDEFGHJLNPQRSTUWXYZ")}`, plate: (r) => `${r.pick(["YK", "YA", "BD", "MA", "NL", "ND"])}${r.pick(["19", "21", "70", "22", "72", "24"])} ${L(r, 3, "ABCDEFGHJKLMNOPRSTUVWXYZ")}` },
  "en-CA": { cur: "$", date: "ymd-", amount: { group: ",", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => `${r.pick(["M", "V", "T", "S", "B", "K"])}${r.digits(1)}${L(r, 1, "ABCEGHJKLMNPRSTVWXYZ")} ${r.digits(1)}${L(r, 1, "ABCEGHJKLMNPRSTVWXYZ")}${r.digits(1)}`, plate: (r) => `${L(r, 4)} ${r.digits(3)}` },
  "en-NZ": { cur: "$", date: "dmy/", amount: { group: ",", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => r.pick(["9016", "3204", "6011", "1010", "8041", "4410"]), plate: (r) => `${L(r, 3)}${r.digits(3)}` },
  "en-IN": { cur: "₹", date: "dmy/", amount: { group: ",", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => `${r.pick(["560", "400", "600", "411", "682", "110"])}${r.digits(3)}`, plate: (r) => `${r.pick(["KA", "MH", "TN", "DL", "KL"])} ${pad(r.int(1, 51))} ${L(r, 2)} ${r.int(1000, 9999)}` },
  "en-PH": { cur: "₱", date: "mdy/", amount: { group: ",", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => r.pick(["6000", "8000", "1100", "1630", "4027", "2000"]), plate: (r) => `${L(r, 3)} ${r.digits(4)}` },
  "en-GH": { cur: "GH₵", date: "dmy/", amount: { group: ",", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => `${r.pick(["GA", "AK", "GT", "NT", "CC"])}-${r.digits(3)}-${r.digits(4)}`, plate: (r) => `${r.pick(["GR", "GT", "AS", "GW", "NR"])} ${r.int(1000, 9999)}-${r.pick(["21", "22", "23", "24"])}` },
  "nb-NO": { date: "dmy.", amount: { group: " ", dec: ",", decimals: 2 }, timeSep: ".", postcode: (r) => r.pick(["5003", "7030", "9008", "0150", "4006"]), plate: (r) => `${r.pick(["EK", "BT", "SV", "TR", "DN"])} ${r.int(10000, 99999)}` },
  "da-DK": { date: "dmy.", amount: { group: ".", dec: ",", decimals: 2 }, timeSep: ".", postcode: (r) => r.pick(["8000", "5000", "2100", "9000", "6700"]), plate: (r) => `${L(r, 2)} ${r.digits(2)} ${r.digits(3)}` },
  "pt-PT": { date: "dmy/", amount: { group: " ", dec: ",", decimals: 2 }, timeSep: "h", postcode: (r) => `${r.pick(["4700", "3000", "1100", "4050", "8000"])}-${r.digits(3)}`, plate: (r) => `${L(r, 2)}-${r.digits(2)}-${L(r, 2)}` },
  "ca-ES": { date: "dmy/", amount: { group: ".", dec: ",", decimals: 2 }, timeSep: ":", postcode: (r) => r.pick(["17001", "25002", "08012", "43003", "08201"]), plate: (r) => `${r.digits(4)} ${L(r, 3, C)}` },
  "hu-HU": { date: "ymd.", amount: { group: " ", dec: ",", decimals: 0 }, timeSep: ":", postcode: (r) => r.pick(["4026", "6720", "1051", "7621", "9022"]), plate: (r) => (r.chance(0.5) ? `${L(r, 3)}-${r.digits(3)}` : `${L(r, 2)} ${L(r, 2)}-${r.digits(3)}`) },
  "sk-SK": { date: "d.m.", amount: { group: " ", dec: ",", decimals: 2 }, timeSep: ":", postcode: (r) => `${r.pick(["040", "010", "811", "949"])} ${r.pick(["01", "11", "02"])}`, plate: (r) => `${r.pick(["KE", "ZA", "BA", "NR", "PO"])}-${r.digits(3)}${L(r, 2)}` },
  "sl-SI": { date: "d.m.", amount: { group: ".", dec: ",", decimals: 2 }, timeSep: ".", postcode: (r) => r.pick(["2000", "3000", "1000", "4000", "6000"]), plate: (r) => `${r.pick(["LJ", "MB", "CE", "KR", "KP"])} ${L(r, 2)}-${r.digits(3)}` },
  "lt-LT": { date: "ymd-", amount: { group: " ", dec: ",", decimals: 2 }, timeSep: ":", postcode: (r) => `LT-${r.pick(["44", "76", "01", "92"])}${r.digits(3)}`, plate: (r) => `${L(r, 3)} ${r.digits(3)}` },
  "lv-LV": { date: "dmy.", amount: { group: " ", dec: ",", decimals: 2 }, timeSep: ":", postcode: (r) => `LV-${r.pick(["3401", "3001", "1050", "5401"])}`, plate: (r) => `${L(r, 2)}-${r.int(1000, 9999)}` },
  "bg-BG": { date: "dmy.", amount: { group: " ", dec: ",", decimals: 2 }, timeSep: ":", postcode: (r) => r.pick(["4000", "9000", "1000", "8000", "5800"]), plate: (r) => `${r.pick(["РВ", "В", "СА", "СВ", "А"])} ${r.digits(4)} ${r.letters(2, "АВЕКМНОРСТУХ")}` },
  "mt-MT": { date: "dmy/", amount: { group: ",", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => `${r.pick(["BKR", "SLM", "VLT", "MST", "QRM"])} ${r.int(1000, 9999)}`, plate: (r) => `${L(r, 3)} ${r.digits(3)}` },
  "gsw-CH": { date: "dmy.", amount: { group: "'", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => r.pick(["8400", "6003", "8001", "3011", "9000"]), plate: (r) => `${r.pick(["ZH", "LU", "BE", "SG", "AG"])} ${r.int(10000, 999999)}` },
  "fr-BE": { date: "dmy/", amount: { group: ".", dec: ",", decimals: 2 }, timeSep: "h", postcode: (r) => r.pick(["4000", "5000", "6000", "1300", "7000"]), plate: (r) => `${r.int(1, 2)}-${L(r, 3)}-${r.digits(3)}` },
  "fr-CA": { date: "ymd-", amount: { group: " ", dec: ",", decimals: 2 }, timeSep: "h", postcode: (r) => `${r.pick(["H", "J", "G"])}${r.digits(1)}${L(r, 1, "ABCEGHJKLMNPRSTVWXYZ")} ${r.digits(1)}${L(r, 1, "ABCEGHJKLMNPRSTVWXYZ")}${r.digits(1)}`, plate: (r) => `${r.chance(0.5) ? `${L(r, 1)}${r.digits(2)} ${L(r, 3)}` : `${r.digits(3)} ${L(r, 3)}`}` },
  "es-MX": { date: "dmy/", amount: { group: ",", dec: ".", decimals: 2 }, timeSep: ":", postcode: (r) => r.pick(["72000", "64000", "06700", "44100", "76000"]), plate: (r) => `${L(r, 3)}-${r.digits(3)}-${L(r, 1)}` },
  "es-AR": { date: "dmy/", amount: { group: ".", dec: ",", decimals: 2 }, timeSep: ":", postcode: (r) => `${r.pick(["X", "S", "C", "B"])}${r.int(1000, 5999)}${L(r, 3)}`, plate: (r) => `${L(r, 2)} ${r.digits(3)} ${L(r, 2)}` },
}

/** A real calendar date in 2025-2026 written the locale's way. */
export function date(rng: Rng, f: LocalFormats): string {
  const y = rng.pick([2025, 2026])
  const m = rng.int(1, 12)
  const d = rng.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate())
  switch (f.date) {
    case "dmy/": return `${pad(d)}/${pad(m)}/${y}`
    case "dmy.": return `${pad(d)}.${pad(m)}.${y}`
    case "d.m.": return `${d}.${m}.${y}`
    case "ymd-": return `${y}-${pad(m)}-${pad(d)}`
    case "ymd.": return `${y}.${pad(m)}.${pad(d)}`
    case "mdy/": return `${pad(m)}/${pad(d)}/${y}`
  }
}

export function time(rng: Rng, f: LocalFormats): string {
  const h = rng.int(7, 21)
  const m = rng.pick([0, 10, 15, 20, 30, 40, 45, 50])
  return f.timeSep === "h" ? `${h}h${pad(m)}` : `${f.timeSep === "." ? pad(h) : h}${f.timeSep}${pad(m)}`
}

export function amount(rng: Rng, f: LocalFormats, lo = 12, hi = 6400): string {
  const whole = String(rng.int(lo, hi) * (f.amount.decimals ? 1 : 100))
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, f.amount.group)
  return f.amount.decimals ? `${grouped}${f.amount.dec}${pad(rng.pick([0, 0, 50, 95, 20, 75, rng.int(1, 99)]))}` : grouped
}
