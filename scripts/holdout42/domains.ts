// The four businesses and their own numbers (hard negatives). A number made only of digits and separators is drawn
// again until it is a valid phone in none of the corpus's countries and, with 12 digits or more, fails Luhn.
import { N, type Seg } from "./draft.ts"
import { amount, date, intlTag, time, timeRange } from "./everyday.ts"
import { COUNTRIES, validAnywhere } from "./phones.ts"
import type { Rng } from "./rng.ts"
import type { Domain, Locale } from "./types.ts"
import { luhnOk } from "./values.ts"

const UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
const fill = (r: Rng, pattern: string) => pattern.replace(/[#@]/g, (c) => (c === "#" ? String(r.int(10)) : UP[r.int(UP.length)]!))

/** A business number from one of its patterns, drawn again while it could pass for a phone or a card. */
export function bizNumber(r: Rng, patterns: string[]): string {
  for (;;) {
    const v = fill(r, r.pick(patterns))
    const d = v.replace(/\D/g, "")
    if (/^[\d\s().\/-]+$/.test(v) && d.length >= 6 && validAnywhere(v, COUNTRIES)) continue
    if (/^[\d -]+$/.test(v) && d.length >= 12 && luhnOk(d)) continue
    return v
  }
}

export const SHAPES: Record<string, string[]> = {
  "route-number": ["#@", "X##", "###", "N#", "##@", "X#"],
  "fleet-number": ["####", "FL-####", "#####", "BF ###"],
  "ticket-number": ["TKT-26-######", "@@##-@@@#", "E########"],
  smartcard: ["6335 #### ####", "633597########", "NIC-####-####"],
  "stop-code": ["AT-####", "SC ####@", "#####@", "BLF-###"],
  "box-order": ["BOX-######", "ORD/26/####", "VB26#####"],
  "delivery-route": ["RT-##", "R##-@", "VAN-#"],
  "chimney-cert": ["HETAS-#####", "CS/2026/####", "NACS ######"],
  "tpo-ref": ["TPO/20##/###", "TPO ####", "TPO-2#-####"],
  microchip: ["9851120########", "941000#########", "985 112 ### ### ###", "900 0## ### ### ###"],
  "kennel-ref": ["KB-26-####", "KEN/####", "CAT-####@"],
  "vaccine-batch": ["@###@##", "NB-#####", "#@@#@#"],
}

export const PET_NAMES = ["Bella", "Max", "Charlie", "Molly", "Oscar", "Luna", "Teddy", "Rocky", "Milo", "Daisy", "Lola", "Bruno", "Buster", "Poppy"]
const biz = (r: Rng, kind: string): Seg => N(kind, bizNumber(r, SHAPES[kind]!))
const kg = (loc: Locale, r: Rng): Seg => N("weight", r.pick([`${1 + r.int(4)}${loc.en ? "." : ","}5 kg`, `${r.pick([250, 500, 750])} g`, `${1 + r.int(9)} kg`]))
const perKg = (loc: Locale, r: Rng): Seg => {
  const a = new Intl.NumberFormat(intlTag(loc.tag), { style: "currency", currency: loc.currency }).format(1 + r.int(9) + r.pick([0, 0.2, 0.5, 0.8]))
  return N("price-per-kg", `${a}${r.pick(["/kg", " per kg", "/kg"])}`)
}

/** A line of the business's own facts: its references, weights, times and prices, none of them PII. */
export function facts(domain: Domain, loc: Locale, r: Rng): Seg[] {
  const w = loc.w
  const pet = () => N("pet-name", r.pick(PET_NAMES))
  switch (domain) {
    case "bus":
      return r.pick([
        () => [`${w.route} `, biz(r, "route-number"), `, ${w.bus} `, biz(r, "fleet-number"), `, ${w.stop} `, biz(r, "stop-code"), `, `, time(loc, r)],
        () => [`${w.season}: `, biz(r, "ticket-number"), ` · ${w.card} `, biz(r, "smartcard"), ` · `, amount(loc, r)],
        () => [`${w.wheelchair}, ${w.route} `, biz(r, "route-number"), ` `, date(loc, r), ` `, timeRange(loc, r), ` (${w.stop} `, biz(r, "stop-code"), `)`],
        () => [`${w.lost}: ${w.bus} `, biz(r, "fleet-number"), `, ${w.route} `, biz(r, "route-number"), `, `, date(loc, r)],
      ])()
    case "veg":
      return r.pick([
        () => [`${w.order} `, biz(r, "box-order"), `, ${w.route} `, biz(r, "delivery-route"), `, `, kg(loc, r), ` @ `, perKg(loc, r)],
        () => [`${w.box}: `, N("name-word", r.pick(["Basil", "Sage", "Rosemary", "Fern"])), ` + `, kg(loc, r), `, ${w.total} `, amount(loc, r)],
        () => [`${w.delivery} `, date(loc, r), ` `, timeRange(loc, r), `, ${w.order} `, biz(r, "box-order"), ` (`, N("name-word", r.pick(["Victoria", "Florence"])), ` ${r.pick(["plums", "fennel"])})`],
        () => [`${w.order} `, biz(r, "box-order"), ` — `, perKg(loc, r), `, `, kg(loc, r)],
      ])()
    case "sweep":
      return r.pick([
        () => [`${w.chimney}: ${w.cert} `, biz(r, "chimney-cert"), `, `, date(loc, r), ` `, time(loc, r)],
        () => [`${w.tree}: `, biz(r, "tpo-ref"), `, `, amount(loc, r)],
        () => [`${w.chimney} + ${w.tree} (`, N("name-word", r.pick(["Holly", "Robin"])), ` hedge), ${w.cert} `, biz(r, "chimney-cert")],
        () => [`${w.tree}, `, biz(r, "tpo-ref"), `, ${w.on} `, date(loc, r), `, `, timeRange(loc, r)],
      ])()
    case "pets":
      return r.pick([
        () => [`${w.kennel} `, biz(r, "kennel-ref"), `, ${w.dog} `, pet(), `, ${w.chip} `, biz(r, "microchip")],
        () => [`${w.batch} `, biz(r, "vaccine-batch"), `, ${w.chip} `, biz(r, "microchip"), `, `, date(loc, r)],
        () => [`${w.booking} `, biz(r, "kennel-ref"), `: `, pet(), ` + `, pet(), `, `, date(loc, r), ` – `, date(loc, r), `, `, amount(loc, r)],
        () => [`${w.cat} `, pet(), `, ${w.batch} `, biz(r, "vaccine-batch"), `, ${w.from} `, time(loc, r)],
      ])()
  }
}
