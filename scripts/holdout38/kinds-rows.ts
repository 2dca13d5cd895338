// Forms (the language's own keys), CSV exports and log lines (software's keys).
import type { Ctx } from "./ctx.ts"
import { EXTRA_CODE, extra, topics, word, writer } from "./compose.ts"
import type { Key } from "./locale-types.ts"
import { partsOf } from "./people.ts"
import { DOMAIN_SLOTS, ROLE } from "./plan.ts"
import { putExtra, putPhone } from "./slots.ts"
import type { Text } from "./text.ts"

const CODE: Record<string, string> = {
  trk: "tracking_no", locker: "locker_id", pin: "locker_pin", permit: "permit_no", plate: "vehicle_reg", ctax: "ctax_account", property: "property_ref",
  order: "order_ref", ticket: "ticket_no", seat: "seat", gate: "gate", plot: "plot", grave: "grave", booking: "booking_ref",
  driver: "driver", partner: "second_resident", holder: "ticket_holder", deceased: "deceased", kin: "next_of_kin",
}

function form(c: Ctx, t: Text): void {
  const w = writer(c, t, ["full", "FAMILY given", "FAMILY given"])
  const p = c.plan
  const row = (key: string, body: () => void) => { t.say(`${key}: `); body(); t.say("\n") }
  t.say(`${c.loc.brands[c.domain]} – ${c.loc.w.subject[c.domain]}\n`)
  if (!p.negOnly) row(c.keys.name, () => w.say("{name}"))
  if (p.phones) row(c.keys.phone, () => w.say("{phone}"))
  if (p.email) row(c.keys.email, () => w.say("{email}"))
  if (p.postcode) row(c.keys.postcode, () => w.say("{postcode}"))
  if (p.other && !p.negOnly) row(c.keys[ROLE[c.domain]], () => w.say("{other}"))
  if (p.kin && !p.negOnly) row(c.keys.kin, () => w.say("{kin}"))
  for (const slot of DOMAIN_SLOTS[c.domain]) if (c.rng.chance(0.7)) row(c.keys[slot as Key], () => w.say(`{${slot}}`))
  row(c.keys.date, () => w.say("{date}"))
  if (c.rng.chance(0.5)) row(c.keys.amount, () => w.say("{money}"))
  for (const x of p.extras) { extra(w, x, true); t.say("\n") }
  if (p.ref) row(c.keys.ref, () => w.say("{ref}"))
  row(c.keys.note, () => { topics(w); word(w) })
  if (p.agent && !p.negOnly) row(c.keys.agent, () => w.say("{agent}"))
}

function csv(c: Ctx, t: Text): void {
  const w = writer(c, t, ["full", "FAMILY given", "full"])
  const p = c.plan
  const quote = c.rng.chance(0.5)
  const split = !p.negOnly && c.rng.chance(0.4)
  const cols: Array<[string, (who: "main" | "other") => void]> = []
  const q = (body: () => void, always = false) => () => { if (quote || always) t.say('"'); body(); if (quote || always) t.say('"') }
  const person = (who: "main" | "other") => (who === "main" ? c.plan.main : c.plan.other!)
  if (!p.negOnly && split) {
    cols.push(["first_name", (who) => q(() => t.person(person(who).given, partsOf(person(who).given)))()])
    cols.push(["last_name", (who) => q(() => t.person(person(who).family, partsOf(person(who).family)))()])
  } else if (!p.negOnly) cols.push(["name", (who) => q(() => w.say(who === "main" ? "{name}" : "{other}"))()])
  if (p.phones) cols.push(["phone", (who) => (who === "main" ? q(() => w.say("{phone}"))() : q(() => putPhone(c, t))())])
  if (p.email) cols.push(["email", (who) => { if (who === "main") w.say("{email}") }])
  for (const slot of DOMAIN_SLOTS[c.domain]) if (c.rng.chance(0.6)) cols.push([CODE[slot]!, () => q(() => w.say(`{${slot}}`))()])
  cols.push(["date", () => w.say("{date}")])
  for (const x of p.extras) cols.push([EXTRA_CODE[x], (who) => { if (who === "main") q(() => putExtra(c, t, x))() }])
  if (p.ref) cols.push(["ref", () => q(() => w.say("{ref}"))()])
  cols.push(["notes", (who) => { if (who === "main") q(() => { topics(w); word(w) }, true)() }])
  const rows: Array<"main" | "other"> = p.other && !p.negOnly && c.rng.chance(0.5) ? ["main", "other"] : ["main"]
  t.say(cols.map(([k]) => k).join(",") + "\n")
  for (const who of rows) {
    cols.forEach(([, put], i) => { if (i) t.say(","); put(who) })
    t.say("\n")
  }
}

function log(c: Ctx, t: Text): void {
  const w = writer(c, t, ["full", "full", "lower"])
  const p = c.plan
  const svc = `${c.domain}-${c.rng.pick(["api", "notify", "desk", "sync"])}`
  let secs = c.rng.int(0, 86000)
  const y = c.rng.pick([2025, 2026]), mo = c.rng.int(1, 12), d = c.rng.int(1, 28)
  const line = (level: string, body: () => void) => {
    secs += c.rng.int(1, 40)
    const hh = String(Math.floor(secs / 3600) % 24).padStart(2, "0"), mm = String(Math.floor(secs / 60) % 60).padStart(2, "0"), ss = String(secs % 60).padStart(2, "0")
    t.not("timestamp", `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}T${hh}:${mm}:${ss}Z`)
    t.say(` ${level} ${svc} `)
    body()
    t.say("\n")
  }
  const ip = p.extras.includes("ip")
  line("INFO", () => {
    t.say(`req=${c.rng.letters(8, "0123456789abcdef")}`)
    if (ip) { t.say(" ip="); putExtra(c, t, "ip") }
    if (p.version) { t.say(" app="); w.say("{version}") }
  })
  const slots = DOMAIN_SLOTS[c.domain].filter(() => c.rng.chance(0.7))
  line(c.rng.pick(["INFO", "WARN"]), () => { t.say(`event=${c.domain}_update`); for (const s of slots) { t.say(` ${CODE[s]}=`); w.say(`{${s}}`) } })
  if (!p.negOnly) line("INFO", () => { t.say('customer="'); w.say("{name}"); t.say('"'); if (p.email) { t.say(" email="); w.say("{email}") } })
  for (let n = 0; n < p.phones; n++) line("INFO", () => { t.say(n ? "fallback_to=" : "sms_to="); putPhone(c, t); t.say(" status=queued") })
  if (p.other && !p.negOnly) line("INFO", () => { t.say(`${CODE[ROLE[c.domain]]}="`); w.say("{other}"); t.say('"') })
  for (const x of p.extras) if (x !== "ip") line("DEBUG", () => { t.say(`${EXTRA_CODE[x]}=`); putExtra(c, t, x) })
  if (p.ref) line("INFO", () => { t.say("ref="); w.say("{ref}") })
  line("INFO", () => { t.say('note="'); topics(w); word(w); t.say('"') })
  if (p.agent && !p.negOnly) line("INFO", () => { t.say('closed_by="'); w.say("{agent}"); t.say('"') })
}

export const ROWS: Record<string, (c: Ctx, t: Text) => void> = { form, csv, log }
