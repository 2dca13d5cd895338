// Lookalikes: national ids of the corpus's countries (each with its own check) and the four businesses' numbers.
import type { Rng } from './prng.ts'
import { digitsOf, luhnDigit, luhnOk } from './values.ts'

const W = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)
const p2 = (n: number) => String(n).padStart(2, '0')
function must(ok: boolean, what: string, v: string): string {
  if (!ok) throw new Error(`bad lookalike ${what}: ${v}`)
  return v
}
const ymd = (r: Rng) => ({ y: r.int(1938, 2009), m: r.int(1, 12), d: r.int(1, 28) })

/** Irish PPSN: seven digits and a check letter (weights 8..2, mod 23, 0 is W). */
export function ppsn(r: Rng): string {
  const d = r.digits(7)
  const m = W(d, [8, 7, 6, 5, 4, 3, 2]) % 23
  return d + (m === 0 ? 'W' : String.fromCharCode(64 + m))
}
/** NHS number (Wales) and NI Health and Care number (320-399): mod 11, written 3-3-4. */
export function nhsNumber(r: Rng, ni = false): string {
  for (;;) {
    const b = (ni ? String(r.int(320, 399)) : String(r.int(400, 499))) + r.digits(6)
    const c = 11 - (W(b, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
    if (c === 10) continue
    const d = b + (c === 11 ? 0 : c)
    return r.chance(0.7) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d
  }
}
/** Singapore NRIC/FIN: S or T, seven digits, a check letter. */
export function nric(r: Rng): string {
  const p = r.pick(['S', 'T'])
  const d = p === 'T' ? '0' + r.digits(6) : String(r.int(5, 9)) + r.digits(6)
  const s = W(d, [2, 7, 6, 5, 4, 3, 2]) + (p === 'T' ? 4 : 0)
  return p + d + 'JZIHGFEDCBA'[s % 11]
}
/** New Zealand IRD number: eight base digits and a mod-11 check digit, written 3-3-3. */
export function ird(r: Rng): string {
  for (;;) {
    const b = String(r.int(10_000_000, 14_999_999))
    const m = W(b, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    const c = m === 0 ? 0 : 11 - m
    if (c === 10) continue
    const d = b + c
    return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`
  }
}
export const kraPin = (r: Rng) => 'A' + r.digits(9) + r.pick([...'ABCDEFGHJKLMNPQRTWXZ'])
export const keId = (r: Rng) => String(r.int(10_000_000, 39_999_999))
export const ghanaCard = (r: Rng) => `GHA-${r.digits(9)}-${r.int(0, 9)}`
export const mtId = (r: Rng) => String(r.int(1000, 999999)) + r.pick(['M', 'M', 'G', 'A', 'L'])
/** French NIR: 13 digits and a key 97 - (n mod 97), written in its groups. */
export function nir(r: Rng): string {
  const { y, m } = ymd(r)
  const b = `${r.pick(['1', '2'])}${p2(y % 100)}${p2(m)}${r.pick(['75', '69', '13', '59', '33', '44'])}${String(r.int(1, 899)).padStart(3, '0')}${String(r.int(1, 999)).padStart(3, '0')}`
  const key = 97 - Number(BigInt(b) % 97n)
  const v = `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10, 13)} ${p2(key)}`
  return v
}
/** Belgian national register number yy.mm.dd-xxx.cc (97 - n mod 97; a 2 put before for the 2000s). */
export function rrn(r: Rng): string {
  const { y, m, d } = ymd(r)
  const b = `${p2(y % 100)}${p2(m)}${p2(d)}${String(r.int(1, 997)).padStart(3, '0')}`
  const c = 97 - Number(BigInt((y >= 2000 ? '2' : '') + b) % 97n)
  return `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6, 9)}.${p2(c)}`
}
/** Dutch BSN: nine digits passing the 11-test. */
export function bsn(r: Rng): string {
  for (;;) {
    const d = String(r.int(1, 6)) + r.digits(8)
    if ((W(d, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(d[8])) % 11 === 0) return d
  }
}
/** Norwegian fødselsnummer: ddmmyy, individual number, two mod-11 check digits. */
export function fnr(r: Rng): string {
  for (;;) {
    const { y, m, d } = ymd(r)
    const b = `${p2(d)}${p2(m)}${p2(y % 100)}${String(y >= 2000 ? r.int(500, 749) : r.int(0, 499)).padStart(3, '0')}`
    let k1 = 11 - (W(b, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)
    if (k1 === 11) k1 = 0
    if (k1 === 10) continue
    let k2 = 11 - (W(b + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
    if (k2 === 11) k2 = 0
    if (k2 === 10) continue
    return b + k1 + k2
  }
}
/** Czech rodné číslo: yymmdd/xxxx, women's month plus 50, the ten digits divisible by 11. */
export function rodneCislo(r: Rng): string {
  for (;;) {
    const { y, m, d } = ymd(r)
    const mm = m + (r.chance(0.5) ? 50 : 0)
    const b = `${p2(y % 100)}${p2(mm)}${p2(d)}${r.digits(3)}`
    const c = Number(BigInt(b) % 11n)
    if (c === 10) continue
    return `${b.slice(0, 6)}/${b.slice(6)}${c}`
  }
}
/** Polish PESEL: date with the century in the month, weights 1 3 7 9. */
export function pesel(r: Rng): string {
  const { y, m, d } = ymd(r)
  const b = `${p2(y % 100)}${p2(m + (y >= 2000 ? 20 : 0))}${p2(d)}${r.digits(4)}`
  return b + String((10 - (W(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10)
}
/** Lithuanian asmens kodas: sex-and-century digit, yymmdd, three digits, two-round mod 11. */
export function asmensKodas(r: Rng): string {
  const { y, m, d } = ymd(r)
  const g = (y >= 2000 ? 5 : 3) + r.int(0, 1)
  const b = `${g}${p2(y % 100)}${p2(m)}${p2(d)}${r.digits(3)}`
  let c = W(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
  if (c === 10) c = W(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
  if (c === 10) c = 0
  return b + c
}
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
function verhoeffDigit(body: string): string {
  let c = 0
  const rev = [...body].reverse()
  for (let i = 0; i < rev.length; i++) c = VD[c]![VP[(i + 1) % 8]![Number(rev[i])]!]!
  return String(VINV[c])
}
/** Luxembourg matricule: yyyymmdd, three digits, a Luhn digit and a Verhoeff digit over the first eleven. */
export function matricule(r: Rng): string {
  const { y, m, d } = ymd(r)
  const b = `${y}${p2(m)}${p2(d)}${r.digits(3)}`
  return b + luhnDigit(b) + verhoeffDigit(b)
}
/** Spanish DNI (eight digits and the mod-23 letter) or NIE (X/Y/Z, seven digits, letter). */
export function dniEs(r: Rng, nie = false): string {
  const L = 'TRWAGMYFPDXBNJZSQVHLCKE'
  if (nie) {
    const p = r.pick(['X', 'Y', 'Z']), d = r.digits(7)
    return p + d + L[Number(String('XYZ'.indexOf(p)) + d) % 23]
  }
  const n = r.int(10_000_000, 79_999_999)
  return String(n) + L[n % 23]
}
/** AIS MMSI: a country's MID and six digits (nine bare digits: the shape of an SSN). */
export const MID: Record<string, string[]> = { GB: ['232', '235'], IE: ['250'], MT: ['215', '248', '256'], KE: ['634'], GH: ['627'], SG: ['563', '564'], NZ: ['512'], FR: ['227', '228'], BE: ['205'], NL: ['244', '245'], NO: ['257', '258'], CZ: ['270'], PL: ['261'], LT: ['277'], LU: ['253'], ES: ['224', '225'] }
export const mmsi = (r: Rng, cc: string) => r.pick(MID[cc] ?? ['235']) + r.digits(6)
/** Hull identification number: country, maker code, serial, month letter, year digit, model year. */
export const hin = (r: Rng, cc: string) => `${cc}-${r.pick(['BEN', 'JEA', 'HRB', 'XDC', 'NMT', 'QRX', 'FMD'])}${r.digits(5)}${r.pick([...'ABCDEFGHIJKL'])}${r.int(0, 9)}${p2(r.int(0, 26))}`
/** Hearing-aid serials (two shapes) and an NHS e-Referral UBRN (twelve digits in fours). */
export const aidSerial = (r: Rng) => (r.chance(0.5) ? `${r.int(18, 26)}${r.int(10, 52)}${r.pick([...'ABCH'])}${r.digits(4)}` : String(r.int(1, 4)) + r.digits(7))
export const ubrn = (r: Rng) => `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`
export const instrumentSerial = (r: Rng) => r.pick([() => String(r.int(1_000_000, 9_999_999)), () => `${r.pick(['Y', 'S', 'J', 'K'])}${r.digits(6)}`, () => `${r.pick(['TR', 'CL', 'FL', 'VN'])}-${r.digits(5)}`])()
export const imei = (r: Rng) => {
  const b = r.pick(['35', '86', '01']) + r.digits(12)
  return must(luhnOk(b + luhnDigit(b)), 'imei', b + luhnDigit(b))
}
export const luhnAny = (d: string) => luhnOk(digitsOf(d))
/** UK driving licence number: surname (5, padded with 9), decade, month (+50 for women), day, year, initials, 9, two check characters. */
export function ukLicence(r: Rng, surname: string, given: string, fem: boolean): string {
  const sn = (surname.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase() + '99999').slice(0, 5)
  const { y, m, d } = ymd(r)
  const yy = p2(y % 100)
  const ini = (given.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase()[0] ?? 'X') + '9'
  return `${sn}${yy[0]}${p2(m + (fem ? 50 : 0))}${p2(d)}${yy[1]}${ini}9${r.pick([...'ABCDEFGHJKLMNPRSTWXY'])}${r.pick([...'ABCDEFGHJKLMNPRSTWXY'])}`
}
/** New Zealand driver licence number: two letters, six digits. */
export const nzLicence = (r: Rng) => `${r.pick([...'ABDEFHJKLM'])}${r.pick([...'ABCDEKLMNPRT'])}${r.digits(6)}`
