// Texts with no personal data at all: a business's own numbers, dates, amounts, lookalikes and name-words only.
import * as B from "./biz-numbers.ts"
import { N, type Piece } from "./draft.ts"
import type { Scene } from "./scene.ts"
import { kv } from "./util.ts"
import * as V from "./values.ts"

function facts(s: Scene): Array<[string, Piece[]]> {
  const { r, w, loc } = s
  if (s.domain === "isp") {
    return [[w.line, [N("line-id", B.lineId(r))]], [w.mac, [N("mac", B.mac(r))]], [w.ont, [N("ont-id", B.ontId(r))]], [w.speed, [N("speed", B.speed(r))]],
      [w.prefix, [N("ipv6-prefix", V.ipv6Prefix(r))]], ["Firmware", [N("version", B.version(r))]], [w.router, [N("router-serial", B.routerSerial(r))]], [w.slot, [s.range()]]]
  }
  if (s.domain === "letting") {
    const out: Array<[string, Piece[]]> = [[w.tenancy, [N("tenancy-ref", B.tenancyRef(r))]], [w.meter, [N("meter-reading", B.meterReading(r))]],
      [w.scheme, [N("deposit-id", B.depositId(r, loc.cc))]], [w.rent, [s.amount(600, 2500)]], [w.date, [s.date()]]]
    if (loc.iban) out.push(["IBAN", [N("iban-checksum", V.ibanBad(r, loc.cc))]])
    else out.push([w.sortcode, [N("sort-code", B.bankCode(r, loc.cc))]])
    return out
  }
  if (s.domain === "storage") {
    return [[w.unit, [N("unit", B.unitNo(r))]], [w.gate, [N("gate-code", B.code(r))]], [w.padlock, [N("padlock-code", B.code(r))]],
      [w.card, [N("masked-card", V.maskedCard(r))]], [w.cover, [s.amount(1000, 15000)]], [w.monthly, [s.amount(40, 260)]], [w.card, [N("luhn-invalid", V.luhnInvalid(r))]]]
  }
  const lookalike: Array<[string, Piece[]]> = r.chance(0.5) ? [[w.ssn, [N("ssn-invalid", V.ssnBad(r))]]] : [[w.nino, [N("nino-invalid", V.ninoBad(r))]]]
  return [[w.policy, [N("policy-number", B.policyNo(r))]], [w.claim, [N("claim-ref", B.claimRef(r))]], [w.flight, [N("flight", B.flight(r))]],
    [w.booking, [N("booking-code", B.bookingCode(r))]], [w.date, [s.date()]], [w.amount, [s.amount(80, 3000)]], ...(r.chance(0.4) ? lookalike : [])]
}

/** A notice, price line or system status with no one in it. */
export function plain(s: Scene): void {
  const { r, d } = s
  const fs = r.shuffle(facts(s)).slice(0, 3 + r.int(3))
  const head = r.pick([`${r.pick(["ℹ️ ", "", "### "])}${r.pick(["Status", "Info", s.w.note, s.w.summary])}`, `${s.w.status} · `])
  d.put(head.endsWith(" ") ? head : head + "\n")
  const sep = r.pick(["\n", "; ", " | "])
  fs.forEach(([k, v], i) => d.put(i ? sep : "", ...kv({ k, v })))
  d.put(sep === "\n" ? "\n" : ". ")
  if (r.chance(0.8)) d.put(s.nameWord())
}
