// National ids of each region, built with their published check digits
// (shape only where none is published). All of them are hard negatives.
import type { Rng } from "./prng.ts"
import { luhnOk } from "./values.ts"

const pad = (n: number, w = 2) => String(n).padStart(w, "0")
const ds = (s: string) => [...s].map(Number)
const wsum = (d: number[], w: number[]) => w.reduce((a, x, i) => a + x * (d[i] ?? 0), 0)
function dmy(r: Rng): [string, string, string, number] {
  const y = r.int(1950, 2005)
  return [pad(r.int(1, 28)), pad(r.int(1, 12)), pad(y % 100), y]
}

const PPS = "WABCDEFGHIJKLMNOPQRSTUV"
function ppsn(r: Rng): string | null {
  const d = r.digits(7)
  return d + PPS[wsum(ds(d), [8, 7, 6, 5, 4, 3, 2]) % 23]
}
function ird(r: Rng): string | null {
  const base = String(r.int(10_000_000, 99_999_999))
  let c = 11 - (wsum(ds(base), [3, 2, 7, 6, 5, 4, 3, 2]) % 11)
  if (c === 11) c = 0
  if (c === 10) return null
  const s = base + c
  return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`
}
function fnr(r: Rng): string | null {
  const [d, m, y] = dmy(r)
  const b = d + m + y + r.digits(3)
  let k1 = 11 - (wsum(ds(b), [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)
  if (k1 === 11) k1 = 0
  let k2 = 11 - (wsum(ds(b + k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
  if (k2 === 11) k2 = 0
  return k1 === 10 || k2 === 10 ? null : `${b}${k1}${k2}`
}
function cpr(r: Rng): string | null {
  const [d, m, y] = dmy(r)
  const b = d + m + y + r.digits(3)
  const s = wsum(ds(b), [4, 3, 2, 7, 6, 5, 4, 3, 2])
  const c = (11 - (s % 11)) % 11
  return c === 10 ? null : `${b.slice(0, 6)}-${b.slice(6)}${c}`
}
function asmens(r: Rng): string | null {
  const [d, m, y, yy] = dmy(r)
  const g = yy < 2000 ? r.pick(["3", "4"]) : r.pick(["5", "6"])
  const b = ds(g + y + m + d + r.digits(3))
  let k = wsum(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
  if (k === 10) k = wsum(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
  if (k === 10) k = 0
  return b.join("") + k
}
function personas(r: Rng): string | null {
  const [d, m, y, yy] = dmy(r)
  const b = d + m + y + (yy < 2000 ? "1" : "2") + r.digits(3)
  const c = (1101 - wsum(ds(b), [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11
  return c === 10 ? null : `${b.slice(0, 6)}-${b.slice(6)}${c}`
}
function rodne(r: Rng): string | null {
  const [d, m, y, yy] = dmy(r)
  if (yy < 1954) return null
  const mm = r.chance(0.5) ? pad(Number(m) + 50) : m
  const b = Number(y + mm + d + r.digits(3))
  const c = (11 - ((b * 10) % 11)) % 11
  if (c === 10) return null
  const s = String(b * 10 + c).padStart(10, "0")
  return `${s.slice(0, 6)}/${s.slice(6)}`
}
function emso(r: Rng): string | null {
  const [d, m, , yy] = dmy(r)
  const b = d + m + String(yy).slice(1) + "50" + r.digits(3)
  let c = 11 - (wsum(ds(b), [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
  if (c === 11) c = 0
  return c === 10 ? null : b + c
}
function taj(r: Rng): string | null {
  const b = r.digits(8)
  const c = wsum(ds(b), [3, 7, 3, 7, 3, 7, 3, 7]) % 10
  const s = b + c
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`
}
function nif(r: Rng): string | null {
  const b = r.pick(["1", "2", "2", "3"]) + r.digits(7)
  let c = 11 - (wsum(ds(b), [9, 8, 7, 6, 5, 4, 3, 2]) % 11)
  if (c >= 10) c = 0
  return `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}${c}`
}
function curp(r: Rng): string | null {
  const L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
  const c = () => r.pick([..."BCDFGHJKLMNPRSTVZ"])
  const [d, m, y] = dmy(r)
  return `${r.pick([...L])}${r.pick([..."AEIOU"])}${r.pick([...L])}${r.pick([...L])}${y}${m}${d}${r.pick(["H", "M"])}${r.pick(["DF", "JC", "NL", "PL", "QT"])}${c()}${c()}${c()}0${r.digits(1)}`
}
function cuit(r: Rng): string | null {
  const b = r.pick(["20", "23", "27", "30"]) + r.digits(8)
  let c = 11 - (wsum(ds(b), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
  if (c === 11) c = 0
  return c === 10 ? null : `${b.slice(0, 2)}-${b.slice(2)}-${c}`
}
function cedulaUy(r: Rng): string | null {
  const b = String(r.int(1_000_000, 6_999_999))
  const c = (10 - (wsum(ds(b), [2, 9, 8, 7, 6, 3, 4]) % 10)) % 10
  return `${b[0]}.${b.slice(1, 4)}.${b.slice(4)}-${c}`
}
function nrn(r: Rng): string | null {
  const [d, m, y] = dmy(r)
  const b = y + m + d + r.digits(3)
  const c = pad(97 - (Number(b) % 97))
  return `${y}.${m}.${d}-${b.slice(6)}.${c}`
}
function ahv(r: Rng): string | null {
  const b = "756" + r.digits(9)
  const s = ds(b).reduce((a, x, i) => a + x * (i % 2 ? 3 : 1), 0)
  const c = (10 - (s % 10)) % 10
  const t = b + c
  return `${t.slice(0, 3)}.${t.slice(3, 7)}.${t.slice(7, 11)}.${t.slice(11)}`
}
function matricule(r: Rng): string | null {
  const [d, m, , yy] = dmy(r)
  const b = `${yy}${m}${d}${r.digits(3)}`
  let c1 = 0
  while (!luhnOk(b + c1)) c1++
  return `${b}${c1}${verhoeff(b)}`
}
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,7,6,0,8],[4,2,8,6,5,7,0,3,9,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
function verhoeff(b: string): number {
  let c = 0
  const d = ds(b).reverse()
  for (let i = 0; i < d.length; i++) c = VD[c]![VP[(i + 1) % 8]![d[i]!]!]!
  return VINV[c]!
}
function snils(r: Rng): string | null {
  const b = String(r.int(100_000_000, 999_999_999))
  let s = wsum(ds(b), [9, 8, 7, 6, 5, 4, 3, 2, 1])
  if (s > 101) s %= 101
  const c = s === 100 || s === 101 ? "00" : pad(s)
  return `${b.slice(0, 3)}-${b.slice(3, 6)}-${b.slice(6)} ${c}`
}
function egn(r: Rng): string | null {
  const [d, m, y] = dmy(r)
  const b = y + m + d + r.digits(3)
  const c = (wsum(ds(b), [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10
  return b + c
}
function dni(r: Rng): string | null {
  const n = r.int(10_000_000, 79_999_999)
  return `${n}${"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}`
}
function sin(r: Rng): string | null {
  const b = r.pick(["1", "2", "5", "6", "7"]) + r.digits(7)
  let c = 0
  while (!luhnOk(b + c)) c++
  const s = b + c
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`
}
const shape = (f: (r: Rng) => string) => (r: Rng): string | null => f(r)

/** kind name and generator of the national ids used in each region. */
export const NATIONAL_IDS: Record<string, Array<[string, (r: Rng) => string | null]>> = {
  GH: [["ghana-card", shape((r) => `GHA-${r.digits(9)}-${r.digits(1)}`)]],
  UG: [["ug-nin", shape((r) => `C${r.pick(["M", "F"])}${r.digits(2)}${r.digits(3)}${r.pick(["ABCD", "XKLP", "RTWQ"])}${r.pick(["A", "E", "H"])}`)]],
  ZM: [["zm-nrc", shape((r) => `${r.digits(6)}/${r.int(10, 99)}/1`)]],
  NA: [["na-id", shape((r) => { const [d, m, y] = dmy(r); return y + m + d + r.digits(5) })]],
  IE: [["ie-ppsn", ppsn]], IM: [["im-nino-bad", shape((r) => `ZZ ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} E`)]],
  NZ: [["nz-ird", ird]], FJ: [["fj-tin", shape((r) => `${r.pick(["50", "12"])}-${r.digits(5)}-0-${r.digits(1)}`)]],
  BB: [["bb-nis", shape((r) => `NIS ${r.digits(6)}`)]], BS: [["bs-nib", shape((r) => `NIB ${r.digits(8)}`)]],
  US: [["ssn-invalid", shape((r) => `${r.pick(["000", "666", "9" + r.digits(2)])}-${r.digits(2)}-${r.digits(4)}`)]],
  CA_NL: [["ca-sin", sin]], CA_QC: [["ca-sin", sin], ["qc-ramq", shape((r) => `${r.pick(["TREG", "GAGN", "BOUC"])} ${r.digits(4)} ${r.digits(4)}`)]],
  GI: [["gi-id", shape((r) => `GIB ${r.digits(6)}`)]],
  NO: [["no-fnr", fnr]], DK: [["dk-cpr", cpr]], LT: [["lt-asmens-kodas", asmens]], LV: [["lv-personas-kods", personas]],
  SK: [["sk-rodne-cislo", rodne]], SI: [["si-emso", emso]], HU: [["hu-taj", taj]], PT: [["pt-nif", nif]],
  MX: [["mx-curp", curp]], AR: [["ar-cuit", cuit]], UY: [["uy-cedula", cedulaUy]], BE: [["be-nrn", nrn]],
  CH: [["ch-ahv", ahv]], ES: [["es-dni", dni]], LU: [["lu-matricule", matricule]], RU: [["ru-snils", snils]], BG: [["bg-egn", egn]],
}

export function nationalId(r: Rng, region: string): [string, string] {
  const list = NATIONAL_IDS[region] ?? NATIONAL_IDS.GH!
  const [kind, f] = r.pick(list)
  for (let i = 0; i < 50; i++) {
    const v = f(r)
    if (v) return [kind, v]
  }
  throw new Error(`no id for ${region}`)
}
