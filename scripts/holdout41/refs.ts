// The businesses' own numbers, the hard negatives: each drawn again until, when it is only digits and
// separators, libphonenumber-js/max calls it valid in no country of the corpus, and (12 digits or more) it fails Luhn.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

export const COUNTRIES: CountryCode[] = ["GB", "AU", "ZA", "KE", "NG", "SG", "US", "SE", "FI", "EE", "PL", "CZ", "RO", "HR", "GR", "RU", "TR", "BE", "CH", "AT", "IT", "ES", "CL", "CO", "BR"]

function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
  }
  return sum % 10 === 0
}

export function phoneAnywhere(v: string): boolean {
  return COUNTRIES.some((cc) => parsePhoneNumberFromString(v, cc)?.isValid() === true)
}

/** True when the value could pass for a phone or a card: such a draw is thrown away. */
export function risky(v: string): boolean {
  if (!/^[\d\s().\/-]+$/.test(v)) return false
  const d = v.replace(/\D/g, "")
  return (d.length >= 6 && phoneAnywhere(v)) || (d.length >= 12 && luhnOk(d))
}

const L = "ABCDEFGHJKLMNPRSTUVWXYZ"
const up = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...L])).join("")
const yy = (r: Rng) => r.pick(["24", "25", "26"])

const SHAPES: Record<string, (r: Rng, dec: string) => string> = {
  "boiler-serial": (r) => r.pick([`${r.digits(2)}${up(r, 1)}${r.digits(6)}`, `WB${r.digits(4)} ${r.digits(5)}`, `SN-${r.digits(3)}/${r.digits(4)}/${r.digits(2)}`, `${r.digits(4)}-${r.digits(3)}-${r.digits(4)}`]),
  "boiler-model": (r) => `${r.pick(["Greenstar", "ecoTEC plus", "Vitodens", "Cerapur", "ThermoMaster", "Logic Combi", "Calydra", "Therma V"])} ${r.pick(["24", "25", "28", "30", "32", "35", "38"])}${r.pick(["i", "C", "-4", " kW", "R"])}`,
  "engineer-reg": (r) => r.pick([r.digits(7), `GS-${r.digits(6)}`, `ENG/${r.digits(5)}`, `OFTEC C${r.digits(5)}`, `${r.digits(3)} ${r.digits(4)}`]),
  "job-ref": (r) => r.pick([`JOB-${yy(r)}-${r.digits(5)}`, `CO/${r.digits(4)}/${up(r, 1)}`, `J${yy(r)}${r.digits(5)}`, `${yy(r)}/${r.digits(5)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}`]),
  pressure: (r, dec) => `${r.int(0, 2)}${dec}${r.int(1, 9)} bar`,
  "frame-number": (r) => r.pick([`${up(r, 3)}${r.digits(3)}${up(r, 1)}${r.digits(4)}${up(r, 1)}`, `BSX-${r.digits(5)}`, `FN ${r.digits(4)} ${r.digits(6)}`, `${r.digits(2)}${up(r, 2)}${r.digits(6)}`]),
  "dock-id": (r) => r.pick([`D-${r.digits(4)}`, `ST${r.int(100, 399)}/${r.digits(2)}`, `${r.int(1, 60)}${r.pick(["A", "B", "C"])}`, `DK-${r.int(10, 99)}-${r.int(1, 24)}`]),
  "workshop-ref": (r) => r.pick([`WS-${r.digits(4)}`, `REP/${yy(r)}/${r.digits(4)}`, `W${r.digits(6)}`, `${r.digits(4)} ${r.digits(4)}`]),
  "membership-ref": (r) => r.pick([`MEM-${r.digits(6)}`, `FR-${yy(r)}-${r.digits(4)}`, `M${r.digits(7)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`]),
  "gift-aid-ref": (r) => r.pick([`GA-${r.digits(7)}`, `GAD/${r.digits(2)}/${r.digits(4)}`, `GA${r.digits(4)}${up(r, 2)}`, `${r.digits(4)} ${r.digits(3)} ${r.digits(3)}`]),
  accession: (r) => r.pick([`${r.int(1950, 2024)}.${r.int(1, 480)}.${r.int(1, 40)}`, `${r.int(1960, 2024)}.${r.int(1, 99)}.${r.int(1, 30)}${r.pick(["a", "b"])}`, `L.${r.int(2010, 2025)}.${r.int(1, 60)}`, `E.${r.int(100, 999)}-${r.int(1990, 2024)}`]),
  "candidate-number": (r) => r.pick([r.digits(4), r.digits(4), `${r.digits(5)}/${r.digits(4)}`]),
  "centre-number": (r) => r.pick([r.digits(5), `${up(r, 2)}${r.digits(3)}`, r.digits(5)]),
  grade: (r) => r.pick(["A*", "A", "B+", "C", "7", "9", "4+", "Merit", "Distinction"]),
  score: (r, dec) => r.pick([`${r.int(40, 79)}/80`, `${r.int(45, 98)}%`, `${r.int(2, 4)}${dec}5/5`, `${r.int(90, 175)}/180`]),
}

export const REF_KINDS = Object.keys(SHAPES)

export function ref(kind: string, r: Rng, dec: string): string {
  for (let i = 0; i < 500; i++) {
    const v = SHAPES[kind]!(r, dec)
    if (!risky(v)) return v
  }
  throw new Error(`holdout41: no safe ${kind} drawn`)
}
