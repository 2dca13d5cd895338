// Phones: drawn from a country's plan until libphonenumber-js/max calls them valid there, then written in one of the
// country's forms; every written form is parsed back and must give the same number.
import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import { PLANS, type Drawn, type Plan } from "./plans.ts"
import type { Rng } from "./rng.ts"

export interface Phone { plan: Plan; d: Drawn }

function chunks(s: string, groups: number[]): string[] {
  const out: string[] = []
  let at = 0
  for (const n of groups) {
    out.push(s.slice(at, at + n))
    at += n
  }
  if (at < s.length) out[out.length - 1] += s.slice(at)
  return out
}

/** The national groups, the trunk prefix joined to the first. */
export function nationalGroups(p: Phone): string[] {
  const gs = chunks(p.d.nsn, p.d.groups)
  gs[0] = p.d.trunk + gs[0]
  return gs
}

function nanp(p: Phone, fmt: string): string {
  const [a, b, c] = chunks(p.d.nsn, [3, 3, 4]) as [string, string, string]
  const forms: Record<string, string> = {
    us1: `(${a}) ${b}-${c}`, us2: `${a}-${b}-${c}`, us3: `${a}.${b}.${c}`, us4: `${a}${b}${c}`, us5: `+1 ${a} ${b} ${c}`,
    us6: `+1-${a}-${b}-${c}`, us7: `1-${a}-${b}-${c}`, e164: `+1${a}${b}${c}`, us8: `${a} ${b} ${c}`,
  }
  return forms[fmt] ?? forms.us2!
}

export function written(p: Phone, fmt: string): string {
  if (p.plan.code === "1") return nanp(p, fmt)
  const nat = nationalGroups(p)
  const intl = chunks(p.d.nsn, p.d.groups)
  const code = p.plan.code
  const cc = p.plan.cc
  const [first, ...rest] = nat as [string, ...string[]]
  switch (fmt) {
    case "natc": return nat.join("")
    case "natd": return `${first}-${rest.join(cc === "PL" || cc === "ZA" ? "-" : " ")}`
    case "natslash": return `${first}/${rest.join("")}`
    case "natbr": return `(${first}) ${rest.join(" ")}`
    case "natdot": return nat.join(".")
    case "intl": return `+${code} ${intl.join(" ")}`
    case "intl0": return `+${code} (0)${intl.join(" ")}`
    case "intld": return `+${code}-${intl.join("-")}`
    case "idd": return `00${code} ${intl.join(" ")}`
    case "e164": return `+${code}${p.d.nsn}`
    default: return nat.join(" ")
  }
}

const e164 = (p: Phone) => `+${p.plan.code}${p.d.nsn}`
/** Whether a written form reads back as this very number in its own country. */
export function readsBack(p: Phone, v: string): boolean {
  const q = parsePhoneNumberFromString(v, p.plan.cc)
  return !!q && q.isValid() && q.number === e164(p) && q.country === p.plan.cc
}

/** A form allowed for this number: brackets only around a landline's area code, `(0)` only with a trunk prefix,
 * national forms only for the 1300 / 1800 lines that cannot be dialled from abroad. */
function allowed(p: Phone, fmt: string): boolean {
  if (p.d.trunk === "" && p.d.nsn.startsWith("1") && p.plan.code !== "1") return ["nat", "natc", "natd"].includes(fmt)
  if (fmt === "natbr") return p.d.land && p.d.groups.length > 1 && (p.d.trunk !== "" || p.plan.cc === "PL")
  if (fmt === "intl0") return p.d.trunk !== ""
  return true
}

const NATIONAL = ["nat", "natc", "natd", "natdot", "natslash", "natbr", "us1", "us2", "us3", "us7", "us8"]
/** A written form of the number; `national` for free and shared-cost lines, which cannot be dialled from abroad. */
export function writePhone(r: Rng, p: Phone, avoid?: string, national = false): string {
  for (let i = 0; i < 40; i++) {
    const fmt = r.pick(p.plan.formats)
    if (!allowed(p, fmt) || (national && !NATIONAL.includes(fmt))) continue
    const v = written(p, fmt)
    if (v !== avoid && readsBack(p, v)) return v
  }
  const v = written(p, p.plan.code === "1" ? "us2" : "nat")
  if (!readsBack(p, v)) throw new Error(`phone ${e164(p)} does not read back`)
  return v
}

export function drawPhone(r: Rng, cc: string, kind: "mobile" | "fixed" | "biz"): Phone {
  const plan = PLANS[cc]!
  for (let i = 0; i < 500; i++) {
    const p = { plan, d: plan[kind](r) }
    const q = parsePhoneNumberFromString(e164(p))
    if (q && q.isValid() && q.country === cc && readsBack(p, written(p, plan.code === "1" ? "us2" : "nat"))) return p
  }
  throw new Error(`no valid ${kind} phone for ${cc}`)
}
