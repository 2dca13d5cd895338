// The four businesses: what each text is about, as labeled facts (key, value pieces) and one event sentence.
import * as B from "./biz-numbers.ts"
import { E, N, type Piece } from "./draft.ts"
import type { Person } from "./people.ts"
import type { Scene } from "./scene.ts"
import * as V from "./values.ts"

export const DOMAINS = ["isp", "letting", "storage", "travel"] as const
export const BRANDS: Record<string, string[]> = {
  isp: ["Lumora Fibre", "Fibrava", "Quilon Net", "Brightwave Fibre"],
  letting: ["Keyhaven Lettings", "Portaluna Property", "Tidewell Homes"],
  storage: ["Boxwell Storage", "Stowly", "Cubic Self Storage"],
  travel: ["Atlas Travel Cover", "Wayfarer Assist", "Nordcover Travel"],
}

export interface Fact { k: string; v: Piece[] }
export interface Story {
  brand: string
  cust: Person
  staff: Person
  /** Engineer, contractor or doctor, or the landlord. */
  third: Person
  facts: Fact[]
  event: Piece[]
  /** Further sentences (a lookalike's story, a name-word), each complete. */
  extra: Piece[][]
}

function isp(s: Scene, third: Person): Pick<Story, "facts" | "event" | "extra"> {
  const { r, w } = s
  const facts: Fact[] = [
    { k: w.line, v: [N("line-id", B.lineId(r))] },
    { k: w.router, v: [N("router-serial", B.routerSerial(r))] },
    { k: w.mac, v: [N("mac", B.mac(r))] },
    { k: w.ont, v: [N("ont-id", B.ontId(r))] },
    { k: w.speed, v: [N("speed", B.speed(r))] },
    { k: "IPv4", v: [E("IP_ADDRESS", V.ipv4(r))] },
    { k: "IPv6", v: [E("IP_ADDRESS", V.ipv6(r))] },
    { k: w.prefix, v: [N("ipv6-prefix", V.ipv6Prefix(r))] },
    { k: "Firmware", v: [N("version", B.version(r))] },
  ]
  return { facts: r.shuffle(facts).slice(0, 4 + r.int(4)), event: s.say("ispEvent", [s.date()], [s.range()], [s.P(third)]), extra: [] }
}

function letting(s: Scene, third: Person): Pick<Story, "facts" | "event" | "extra"> {
  const { r, w, loc } = s
  const pay: Piece[] = loc.iban ? [E("IBAN", V.iban(r, loc.cc))] : [N("bank-account", B.account(r, loc.cc))]
  const facts: Fact[] = [
    { k: w.tenancy, v: [N("tenancy-ref", B.tenancyRef(r))] },
    { k: w.scheme, v: [N("deposit-id", B.depositId(r, loc.cc))] },
    { k: w.meter, v: [N("meter-reading", B.meterReading(r))] },
    { k: w.deposit, v: [s.amount(600, 3000)] },
    { k: w.landlord, v: [s.P(third)] },
  ]
  if (!loc.iban || loc.cc === "IE") facts.push({ k: w.sortcode, v: [N("sort-code", B.bankCode(r, loc.cc))] }, { k: w.account, v: [N("bank-account", B.account(r, loc.cc === "IE" ? "" : loc.cc))] })
  const extra = loc.iban && r.chance(0.5) ? [s.say("bounced", [N("iban-checksum", V.ibanBad(r, loc.cc))])] : []
  return { facts: r.shuffle(facts).slice(0, 3 + r.int(3)), event: s.say("letEvent", [s.amount(700, 2400)], [s.date()], pay), extra }
}

function storage(s: Scene): Pick<Story, "facts" | "event" | "extra"> {
  const { r, w } = s
  const cardPiece = r.chance(0.75) ? E("CARD", V.card(r)) : N("masked-card", V.maskedCard(r))
  const facts: Fact[] = [
    { k: w.gate, v: [N("gate-code", B.code(r))] },
    { k: w.padlock, v: [N("padlock-code", B.code(r))] },
    { k: w.cover, v: [s.amount(1000, 20000)] },
    { k: w.card, v: [r.chance(0.5) ? N("masked-card", V.maskedCard(r)) : E("CARD", V.card(r))] },
  ]
  const extra = r.chance(0.45) ? [s.say("declined", [N("luhn-invalid", V.luhnInvalid(r))])] : []
  return { facts: r.shuffle(facts).slice(0, 2 + r.int(3)), event: s.say("stoEvent", [N("unit", B.unitNo(r))], [s.amount(40, 260)], [cardPiece]), extra }
}

function travel(s: Scene, third: Person): Pick<Story, "facts" | "event" | "extra"> {
  const { r, w } = s
  const facts: Fact[] = [
    { k: w.booking, v: [N("booking-code", B.bookingCode(r))] },
    { k: w.passport, v: [N("passport", B.passport(r))] },
    { k: w.doctor, v: [s.P(third)] },
    { k: w.amount, v: [s.amount(80, 4000)] },
  ]
  const origin = r.pick(["us", "uk", "local", "us", "uk"])
  if (origin === "us") facts.push({ k: w.ssn, v: [r.chance(0.85) ? E("US_SSN", V.ssn(r)) : N("ssn-invalid", V.ssnBad(r))] })
  if (origin === "uk") facts.push({ k: w.nino, v: [r.chance(0.85) ? E("UK_NINO", V.nino(r)) : N("nino-invalid", V.ninoBad(r))] })
  const kept = [...r.shuffle(facts.slice(0, 4)).slice(0, 2 + r.int(2)), ...facts.slice(4)]
  return { facts: kept, event: s.say("trvEvent", [N("claim-ref", B.claimRef(r))], [N("policy-number", B.policyNo(r))], [N("flight", B.flight(r))], [s.date()]), extra: [] }
}

export function story(s: Scene): Story {
  const cust = s.person()
  const staff = s.person()
  const third = s.person()
  const parts = s.domain === "isp" ? isp(s, third) : s.domain === "letting" ? letting(s, third) : s.domain === "storage" ? storage(s) : travel(s, third)
  if (s.r.chance(0.6)) parts.extra.push(s.nameWord())
  return { brand: s.r.pick(BRANDS[s.domain]!), cust, staff, third, ...parts, extra: parts.extra.filter((x) => x.length) }
}
