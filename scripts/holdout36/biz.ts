// The four businesses and their own numbers: the hard negatives of each text.
import type { Rng } from "./rng.ts"

export type Biz = "care" | "air" | "solar" | "gym"
export const BIZES: Biz[] = ["care", "air", "solar", "gym"]

export interface BizNeg { label: string; kind: string; value: string }

const up = (rng: Rng, n: number, set = "ABCDEFGHJKLMNPQRSTUVWXYZ") => Array.from({ length: n }, () => rng.pick([...set])).join("")

function nhs(rng: Rng): string {
  for (;;) {
    const d = rng.digits(9)
    const sum = [...d].reduce((s, c, i) => s + Number(c) * (10 - i), 0)
    const chk = 11 - (sum % 11)
    if (chk === 10) continue
    const all = d + (chk === 11 ? 0 : chk)
    return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`
  }
}

const MPAN_W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
function mpan(rng: Rng): string {
  const d = rng.pick(["10", "12", "15", "16", "19", "23"]) + rng.digits(10)
  const chk = ([...d].reduce((s, c, i) => s + Number(c) * MPAN_W[i]!, 0) % 11) % 10
  return d + chk
}

function ean13(rng: Rng): string {
  const d = rng.pick(["20", "21", "22", "27", "29"]) + rng.digits(10)
  const sum = [...d].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0)
  return d + ((10 - (sum % 10)) % 10)
}

function upc12(rng: Rng): string {
  const d = "0" + rng.digits(10)
  const sum = [...d].reduce((s, c, i) => s + Number(c) * (i % 2 ? 1 : 3), 0)
  return d + ((10 - (sum % 10)) % 10)
}

/** One business number with its English label; callers may swap in the language's label. */
export function bizNeg(rng: Rng, biz: Biz): BizNeg {
  const r = rng.int(0, 5)
  if (biz === "care") {
    return [
      { label: "client no.", kind: "client-number", value: `${rng.int(100000, 899999)}` },
      { label: "care plan", kind: "care-plan", value: `CP-${rng.int(1000, 9999)}-${up(rng, 1)}` },
      { label: "key safe", kind: "key-safe", value: `${rng.int(1000, 9999)}` },
      { label: "NHS no.", kind: "nhs-number", value: nhs(rng) },
      { label: "batch", kind: "batch", value: `${up(rng, 1)}${rng.int(1000, 9999)}${up(rng, 1)}` },
      { label: "dose", kind: "dose", value: `${rng.pick([5, 10, 20, 250, 500, 1000])} mg` },
    ][r]!
  }
  if (biz === "air") {
    return [
      { label: "PNR", kind: "pnr", value: up(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") },
      { label: "flight", kind: "flight", value: `${rng.pick(["EI", "BA", "AC", "NZ", "AI", "PR", "SK", "DY", "LO", "TP", "FR"])}${rng.int(100, 1999)}` },
      { label: "bag tag", kind: "bag-tag", value: `0${rng.pick(["125", "053", "014", "220", "117", "047"])}${rng.digits(6)}` },
      { label: "file ref", kind: "file-ref", value: `${rng.pick(["LHR", "DUB", "YYZ", "AKL", "MAN", "CPH", "OSL", "LIS", "MEX", "BCN"])}${rng.pick(["BA", "EI", "AC", "NZ", "SK", "TP", "AM"])}${rng.int(10000, 99999)}` },
      { label: "seat", kind: "seat", value: `${rng.int(1, 38)}${rng.pick(["A", "C", "D", "F", "K"])}` },
      { label: "weight", kind: "weight", value: `${rng.int(7, 32)}${rng.chance(0.5) ? "." + rng.int(1, 9) : ""} kg` },
    ][r]!
  }
  if (biz === "solar") {
    return [
      { label: "MPAN", kind: "mpan", value: mpan(rng) },
      { label: "MPRN", kind: "mprn", value: `10${rng.digits(9)}` },
      { label: "panel serial", kind: "panel-serial", value: `${rng.pick(["JA", "LR", "TSM", "Q"])}${rng.int(10, 99)}${up(rng, 2)}${rng.digits(7)}` },
      { label: "inverter", kind: "inverter-model", value: rng.pick(["SUN2000-5KTL-L1", "SB5.0-1AV-41", "GW6000-EH", "SE3680H", "MIN-3600TL-XE", "X1-Boost-5.0"]) },
      { label: "job no.", kind: "job-number", value: `0${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}` },
      { label: "grant ref", kind: "grant-ref", value: `GR-${rng.int(2024, 2026)}-${rng.digits(5)}` },
    ][r]!
  }
  return [
    { label: "member no.", kind: "member-number", value: `${rng.int(10000000, 99999999)}` },
    { label: "barcode", kind: "barcode", value: rng.chance(0.6) ? ean13(rng) : upc12(rng) },
    { label: "class", kind: "class-code", value: `${rng.pick(["HIIT", "SPIN", "YOGA", "BOX", "PILA", "SWIM"])}-${rng.pick(["0630", "0715", "1230", "1800", "1930"])}` },
    { label: "locker", kind: "locker", value: `${rng.int(1, 480)}` },
    { label: "DD mandate", kind: "dd-mandate", value: `MNDT${rng.digits(8)}${up(rng, 2)}` },
    { label: "door PIN", kind: "door-pin", value: `${rng.int(1000, 9999)}` },
  ][r]!
}

/** A reading or amount that belongs in the same text. */
export function reading(rng: Rng, biz: Biz): BizNeg {
  if (biz === "solar") return { label: "reading", kind: "meter-reading", value: `${rng.int(1000, 48000)}.${rng.int(0, 9)} kWh` }
  if (biz === "air") return { label: "weight", kind: "weight", value: `${rng.int(7, 32)} kg` }
  return { label: "amount", kind: "amount", value: `${rng.int(12, 480)}.${rng.pick(["00", "50", "99", "25"])}` }
}
