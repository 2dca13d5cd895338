// National identity numbers (not one of the eight types, so hard negatives): each with its own
// check digit where the country defines one, and a birth date inside where the number holds one.
import type { Rng } from "./prng.ts"

const pad = (n: number, w = 2) => String(n).padStart(w, "0")
const weighted = (d: string, w: number[]) => [...d].reduce((s, c, i) => s + Number(c) * w[i]!, 0)
const birth = (rng: Rng) => ({ y: rng.int(1931, 2004), m: rng.int(1, 12), d: rng.int(1, 28) })

function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return sum % 10 === 0
}

const VERHOEFF_D = ["0123456789", "1234067895", "2340178956", "3401289567", "4012395678", "5987604321", "6598710432", "7659821043", "8765932104", "9876543210"]
const VERHOEFF_P = ["0123456789", "1576283094", "5803796142", "8916043527", "9453126870", "4286573901", "2793806415", "7046913258"]
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
function verhoeffDigit(body: string): number {
  let c = 0
  const ds = [...body].reverse()
  for (let i = 0; i < ds.length; i++) c = Number(VERHOEFF_D[c]![Number(VERHOEFF_P[(i + 1) % 8]![Number(ds[i])])])
  return VERHOEFF_INV[c]!
}

type Gen = (rng: Rng) => string

export const NATIONAL_ID: Record<string, Gen> = {
  "en-IE": (rng) => {
    const d = rng.digits(7)
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[weighted(d, [8, 7, 6, 5, 4, 3, 2]) % 23]!
  },
  "en-CA": (rng) => {
    for (;;) { const d = String(rng.int(1, 7)) + rng.digits(8); if (luhnOk(d)) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` }
  },
  "en-IN": (rng) => {
    for (;;) {
      const b = String(rng.int(2, 9)) + rng.digits(10)
      const d = b + verhoeffDigit(b)
      if (!luhnOk(d)) return `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`
    }
  },
  "en-PH": (rng) => `${rng.digits(2)}-${rng.digits(7)}-${rng.digits(1)}`,
  "en-GH": (rng) => `GHA-${rng.digits(9)}-${rng.digits(1)}`,
  "nb-NO": (rng) => {
    for (;;) {
      const b = birth(rng)
      const base = pad(b.d) + pad(b.m) + pad(b.y % 100) + (b.y < 2000 ? rng.int(0, 499) : rng.int(500, 999)).toString().padStart(3, "0")
      const k1 = (11 - (weighted(base, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11
      const k2 = (11 - (weighted(base + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11
      if (k1 < 10 && k2 < 10) return `${base}${k1}${k2}`
    }
  },
  "da-DK": (rng) => { const b = birth(rng); return `${pad(b.d)}${pad(b.m)}${pad(b.y % 100)}-${rng.digits(4)}` },
  "pt-PT": (rng) => {
    const b = String(rng.int(1, 2)) + rng.digits(7)
    const r = 11 - (weighted(b, [9, 8, 7, 6, 5, 4, 3, 2]) % 11)
    return b + (r >= 10 ? 0 : r)
  },
  "ca-ES": (rng) => { const n = rng.int(10000000, 79999999); return `${n}${"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}` },
  "hu-HU": (rng) => {
    const b = rng.digits(8)
    const d = b + (weighted(b, [3, 7, 3, 7, 3, 7, 3, 7]) % 10)
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`
  },
  "sk-SK": (rng) => {
    for (;;) {
      const b = birth(rng)
      if (b.y < 1954) continue
      const head = pad(b.y % 100) + pad(b.m + (rng.chance(0.5) ? 50 : 0)) + pad(b.d) + rng.digits(3)
      const k = Number(BigInt(head) % 11n) % 10
      const full = head + k
      if (BigInt(full) % 11n === 0n) return `${full.slice(0, 6)}/${full.slice(6)}`
    }
  },
  "sl-SI": (rng) => {
    for (;;) {
      const b = birth(rng)
      const base = pad(b.d) + pad(b.m) + pad(b.y % 1000, 3) + "50" + rng.digits(3)
      const r = 11 - (weighted(base, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
      if (r !== 10) return base + (r === 11 ? 0 : r)
    }
  },
  "lt-LT": (rng) => {
    for (;;) {
      const b = birth(rng)
      const base = String(b.y < 2000 ? rng.pick([3, 4]) : rng.pick([5, 6])) + pad(b.y % 100) + pad(b.m) + pad(b.d) + rng.digits(3)
      let k = weighted(base, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
      if (k === 10) k = weighted(base, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
      if (k !== 10) return base + k
    }
  },
  "lv-LV": (rng) => { const b = birth(rng); return `${pad(b.d)}${pad(b.m)}${pad(b.y % 100)}-${b.y < 2000 ? 1 : 2}${rng.digits(4)}` },
  "bg-BG": (rng) => {
    const b = birth(rng)
    const base = pad(b.y % 100) + pad(b.m + (b.y >= 2000 ? 40 : 0)) + pad(b.d) + rng.digits(3)
    return base + ((weighted(base, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10)
  },
  "mt-MT": (rng) => `${rng.int(1, 999999)}${rng.pick(["M", "G", "A", "L"])}`,
  "gsw-CH": (rng) => {
    const b = "756" + rng.digits(9)
    const k = (10 - ([...b].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0) % 10)) % 10
    const d = b + k
    return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}`
  },
  "fr-BE": (rng) => {
    const b = birth(rng)
    const base = pad(b.y % 100) + pad(b.m) + pad(b.d) + pad(rng.int(1, 997), 3)
    const k = 97 - Number(BigInt((b.y >= 2000 ? "2" : "") + base) % 97n)
    return `${base.slice(0, 2)}.${base.slice(2, 4)}.${base.slice(4, 6)}-${base.slice(6)}.${pad(k)}`
  },
  "es-MX": (rng) => {
    const b = birth(rng)
    const L = () => rng.letters(1, "ABCDEFGHJLMNPRSTVZ")
    return `${L()}${rng.pick(["A", "E", "I", "O", "U"])}${L()}${L()}${pad(b.y % 100)}${pad(b.m)}${pad(b.d)}${rng.pick(["H", "M"])}${rng.pick(["DF", "JC", "NL", "PL", "MC", "GT"])}${rng.letters(3, "BCDFGHJKLMNPRSTVZ")}${rng.pick(["0", "A"])}${rng.digits(1)}`
  },
  "es-AR": (rng) => {
    for (;;) {
      const pre = rng.pick(["20", "27", "23"])
      const dni = String(rng.int(10000000, 45999999))
      const r = 11 - (weighted(pre + dni, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
      if (r !== 10) return `${pre}-${dni}-${r === 11 ? 0 : r}`
    }
  },
}
NATIONAL_ID["fr-CA"] = NATIONAL_ID["en-CA"]!
