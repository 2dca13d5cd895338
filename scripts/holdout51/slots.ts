// The holes that are not people: labeled values, the business's numbers, shared lookalikes, clocks, emoji.
import type { Ctx } from "./ctx.ts"
import type { Piece } from "./draft.ts"
import { amountText, bankAccount, birthDay, browserText, caseText, dateSaid, dateText, durationText, housenoText, postcodeText, timestampText, timeText, trackingText, until, versionText } from "./numbers.ts"
import { card, expiry, iban, ibanBad, ip4, ip6, luhnBad, masked, nino, ninoBad, ssn, ssnBad } from "./values.ts"

const EMOJI = ["🙏", "😊", "👍🏽", "🤦‍♀️", "😩", "✅", "❤️", "🙂", "😅", "👋", "🛏️", "🪟", "👔", "💪", "📞", "🇮🇪", "🇿🇦", "🇦🇺", "🇨🇦", "🇮🇳", "🙄", "😬", "👍", "🤞🏼"]

const ent = (t: string, type: string): Piece[] => [{ t, ent: type }]
const neg = (t: string, kind: string): Piece[] => [{ t, neg: kind }]

function clock(ctx: Ctx): Piece[] {
  ctx.clockAt += ctx.rng.int(0, 3)
  const h = Math.floor(ctx.clockAt / 60) % 24
  const m = String(ctx.clockAt % 60).padStart(2, "0")
  const t = ctx.clock24 ? `${String(h).padStart(2, "0")}:${m}` : `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? "AM" : "PM"}`
  return neg(t, "time")
}
function offset(ctx: Ctx): Piece[] {
  ctx.offAt += ctx.rng.int(3, 19)
  const s = ctx.offAt
  return [{ t: `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}` }]
}

/** A number of the business by its kind; `ref` is the main one, `ref2` another (one kind per text), `long` the long one. */
function bizNumber(ctx: Ctx, slot: string): Piece[] | undefined {
  const b = ctx.biz
  const kind = slot === "ref" ? b.ref : slot === "long" ? b.long : slot.startsWith("ref2") ? ctx.memo("ref2kind", () => ctx.rng.pick(Object.keys(b.nums).filter((k) => k !== b.ref && k !== b.long))) : slot.startsWith("n.") ? slot.slice(2).replace(/\d$/, "") : undefined
  if (!kind) return undefined
  const make = b.nums[kind]
  if (!make) throw new Error(`${b.key} has no ${kind}`)
  return ctx.cached(slot, () => neg(until(ctx.rng, make), kind))
}

function payment(ctx: Ctx, slot: string): Piece[] | undefined {
  const { rng: r, loc } = ctx
  if (slot === "pay") return ctx.phrase(r.chance(loc.iban ? 0.35 : 0.5) ? "paycard" : loc.iban ? "payiban" : "payacct")
  if (slot === "badpay") return ctx.phrase(loc.iban && r.chance(0.5) ? "badiban" : "badcard")
  if (slot === "id" || slot === "idbad" || slot === "sid" || slot === "idor") {
    const where = loc.tag === "en-US" ? "us" : loc.tag === "en-GB" ? "gb" : ""
    if (slot === "idor") return ctx.phrase(where ? `id${where}` : "idother")
    return where ? ctx.phrase(slot === "idbad" ? `id${where}bad` : `${slot}${where}`) : []
  }
  if (slot === "acct") return bankAccount(r, loc.cc).flatMap(([words, v, kind]) => [{ t: words }, { t: v, neg: kind ?? "bank-account" }])
  return undefined
}

/** What each business charges, in dollars, pounds or euros (other currencies scale from these). */
const PRICES: Record<string, [number, number]> = { sleep: [150, 1900], physio: [40, 250], windows: [200, 1900], dry: [9, 180] }
type Maker = (ctx: Ctx) => Piece[]
const hourOf = (c: Ctx) => c.memo("hour", () => c.rng.int(8, 16))
const styleOf = (c: Ctx) => c.memo("timestyle", () => c.rng.int(0, 5))
const MAKERS: Record<string, Maker> = {
  card: (c) => ent(card(c.rng), "CARD"),
  iban: (c) => ent(iban(c.rng, c.loc.cc), "IBAN"),
  ip: (c) => ent(ip4(c.rng), "IP_ADDRESS"),
  ip6: (c) => ent(ip6(c.rng), "IP_ADDRESS"),
  ssn: (c) => ent(ssn(c.rng), "US_SSN"),
  nino: (c) => ent(nino(c.rng), "UK_NINO"),
  masked: (c) => {
    const typed = c.peek<Piece[]>("slot:card")?.[0]?.t
    const m = masked(c.rng)
    return neg(typed ? m.slice(0, -4) + typed.replace(/\D/g, "").slice(-4) : m, "masked-card")
  },
  expiry: (c) => neg(expiry(c.rng), "card-expiry"),
  luhnbad: (c) => neg(luhnBad(c.rng), "luhn-invalid"),
  ibanbad: (c) => neg(ibanBad(c.rng, c.loc.cc), "iban-checksum"),
  ssnbad: (c) => neg(ssnBad(c.rng), "ssn-invalid"),
  ninobad: (c) => neg(ninoBad(c.rng), "nino-invalid"),
  case: (c) => neg(caseText(c.rng), "case-number"),
  track: (c) => neg(trackingText(c.rng, c.loc.cc), "tracking-number"),
  amount: (c) => neg(amountText(c.rng, c.loc, ...PRICES[c.biz.key]!), "amount"),
  date: (c) => neg(dateText(c.rng, c.loc), "date"),
  dsaid: (c) => neg(dateSaid(c.rng, c.loc), "date"),
  time: (c) => neg(timeText(c.loc, hourOf(c), c.rng.pick([0, 15, 30, 45, c.rng.int(0, 59)]), styleOf(c)), "time"),
  time2: (c) => neg(timeText(c.loc, hourOf(c) + c.rng.int(1, 3), c.rng.pick([0, 30]), styleOf(c)), "time"),
  dob: (c) => neg(dateText(c.rng, c.loc, birthDay(c.rng)), "date"),
  dur: (c) => neg(durationText(c.rng, c.loc.lang, "long"), "duration"),
  mins: (c) => neg(durationText(c.rng, c.loc.lang, "short"), "duration"),
  nights: (c) => neg(durationText(c.rng, c.loc.lang, "nights"), "duration"),
  browser: (c) => {
    const [name, v] = browserText(c.rng)
    return [{ t: name }, { t: v, neg: "version" }]
  },
  ver: (c) => neg(versionText(c.rng), "version"),
  post: (c) => neg(until(c.rng, (r) => postcodeText(r, c.loc.cc)), "postcode"),
  house: (c) => neg(housenoText(c.rng), "house-number"),
  ts: (c) => neg(timestampText(c.rng), "timestamp"),
}

export function valueSlot(ctx: Ctx, slot: string): Piece[] | undefined {
  if (slot === "clock") return clock(ctx)
  if (slot === "off") return offset(ctx)
  if (slot === "emo") return [{ t: ctx.rng.pick(EMOJI) }]
  if (slot === "ext") return [{ t: String(ctx.rng.int(100, 499)) }]
  if (slot === "brandlc") return [{ t: ctx.biz.brand.toLowerCase().replace(/[.&]/g, "").replace(/\s+/g, " ").trim() }]
  if (slot.startsWith("role")) return ctx.cached(slot, () => ent(`${slot === "role" ? ctx.biz.roles[0] : ctx.rng.pick(ctx.biz.roles.slice(1))}@${ctx.biz.domain}`, "EMAIL"))
  const make = MAKERS[slot] ?? MAKERS[slot.replace(/\d$/, "")]
  if (make) return ctx.cached(slot, () => make(ctx))
  return bizNumber(ctx, slot) ?? payment(ctx, slot)
}
