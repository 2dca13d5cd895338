// Kinds written as mail: e-mails (signature, quoted reply, forwarded), letters (some as PDF or OCR text), invites.
import { story, type Story } from "./domains.ts"
import { N, type Piece } from "./draft.ts"
import * as B from "./biz-numbers.ts"
import type { Person } from "./people.ts"
import type { Scene } from "./scene.ts"
import { contact, lines, scanned } from "./util.ts"

const ADDRESS: Record<string, string> = {
  "en-IE": "Main Street|Dublin", "en-IN": "MG Road|Bengaluru", "en-CA": "Queen Street West|Toronto", "en-NZ": "Ponsonby Road|Auckland", "en-MT": "Triq il-Kbira|Mosta",
  "en-PH": "Rizal Avenue|Manila", "en-JM": "Constant Spring Road|Kingston", "mt-MT": "Triq il-Kbira|Ħaż-Żebbuġ", "nb-NO": "Bogstadveien|Oslo", "da-DK": "Nørregade|København K",
  "is-IS": "Laugavegur|Reykjavík", "hu-HU": "Váci utca|Budapest", "sk-SK": "Obchodná|Bratislava", "sl-SI": "Slovenska cesta|Ljubljana", "lt-LT": "Gedimino pr.|Vilnius",
  "lv-LV": "Brīvības iela|Rīga", "bg-BG": "ул. Граф Игнатиев|София", "uk-UA": "вул. Хрещатик|Київ", "sr-Latn-RS": "Knez Mihailova|Beograd", "pt-PT": "Rua Augusta|Lisboa",
  "ca-ES": "Carrer de Mallorca|Barcelona", "eu-ES": "Kale Nagusia|Donostia", "fr-LU": "Grand-Rue|Luxembourg", "fr-BE": "Rue Neuve|Bruxelles", "fr-CH": "Rue du Rhône|Genève",
  "it-CH": "Via Nassa|Lugano", "es-MX": "Av. Insurgentes Sur|Ciudad de México", "es-AR": "Av. Corrientes|CABA", "nl-NL": "Kalverstraat|Amsterdam", "de-DE": "Hauptstraße|Berlin",
}
const domainOf = (brand: string, s: Scene) => `${brand.toLowerCase().replace(/[^a-z]/g, "")}.${s.loc.cc === "GB" ? "co.uk" : s.loc.cc.toLowerCase()}`

function signature(s: Scene, p: Person, st: Story, withMail: boolean): Piece[] {
  const { r, w } = s
  const out: Piece[] = ["\n\n", w.regards, ",\n", s.P(p, r.pick(["full", "full", "given"])), "\n"]
  if (r.chance(0.8)) out.push(r.pick([`${w.mobile}: `, `${w.phone}: `, "M: ", "T: ", "📱 "]), ...contact(s, s.phone()), "\n")
  if (withMail) out.push(s.email(p, r.chance(0.5) ? domainOf(st.brand, s) : undefined), "\n")
  return out
}

/** An e-mail with headers, body, signature and a quoted reply; some arrive forwarded. */
export function email(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  if (r.chance(0.3)) {
    d.put(`${w.fwd}\n${w.from}: `, s.P(st.cust), " <", s.email(st.cust), ">\n", `${w.sent}: `, s.date(), " ", s.time(), "\n")
    d.put(`${w.subject}: ${st.brand} – ${st.facts[0]!.k}\n`, `${w.to}: `, s.email(st.staff, domainOf(st.brand, s)), "\n\n")
  } else {
    d.put(`${w.from}: `, s.P(st.cust), " <", s.email(st.cust), ">\n", `${w.subject}: Re: ${st.brand} – ${st.facts[0]!.k}\n\n`)
  }
  d.put(`${w.hi} `, s.P(st.staff, "given"), ",\n\n", st.event, "\n\n", lines(st.facts.slice(1), r.pick(["- ", "• ", ""])))
  for (const x of st.extra) d.put(x, "\n")
  d.put(signature(s, st.cust, st, r.chance(0.3)))
  d.put("\n", s.say("wrote", [s.date()], [s.P(st.staff)]), "\n> ", `${w.hi} `, s.P(st.cust, "given"), ",\n> ", `${w.thanks}. `, ...(st.facts[1] ? [st.facts[1].k, ": ", ...st.facts[1].v] : []))
}

/** A letter with address block, date and signature; some come out of a PDF extractor or an OCR scan. */
export function letter(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  const [street, city] = ADDRESS[s.loc.tag]!.split("|") as [string, string]
  const pc = s.loc.postcode(r)
  const parts: Piece[] = [st.brand, "\n\n", s.P(st.cust, r.pick(["full", "caps", "full"])), "\n", s.loc.english ? `${r.int(180) + 1} ${street}\n` : `${street} ${r.int(180) + 1}\n`]
  parts.push(...(pc ? [N("postcode", pc), " "] : []), city, "\n\n", s.date(), "\n\n")
  parts.push(...s.say("dear", [s.P(st.cust, r.pick(["full", "given"]))]), "\n\n", ...st.event, "\n\n", ...lines(st.facts))
  for (const x of st.extra) parts.push(...x, "\n")
  parts.push(...s.say("callMe", [s.tel(s.phone("fixed"))]), ".\n\n", w.regards, ",\n", s.P(st.staff), "\n", st.brand)
  const mode = r.int(3)
  d.put(mode === 0 ? parts : scanned(r, parts, mode === 2))
}

/** A calendar invite as pasted into a ticket or mail: title, when, where, organizer, guests, dial-in. */
export function invite(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  d.put(`${w.invite}: ${st.brand} – `, s.P(st.cust), "\n")
  d.put(`${w.when}: `, s.date(), " ", s.range(), r.pick([" (CET)", " (GMT)", ""]), "\n")
  d.put(`${w.where}: `, r.pick(["Teams", "Google Meet", st.brand, "Zoom"]), "\n")
  d.put(`${w.organizer}: `, s.P(st.staff), " <", s.email(st.staff, domainOf(st.brand, s)), ">\n")
  d.put(`${w.guests}: `, s.email(st.cust), r.chance(0.5) ? [", ", s.P(st.third)] : [], "\n")
  d.put(`${w.dial}: `, ...contact(s, s.phone("fixed")), r.pick([",,", " PIN "]), N("dial-pin", B.safe(r, (r) => r.digits(6))), "#\n\n")
  d.put(st.event, "\n", lines(st.facts.slice(0, 2)))
  if (st.extra[0]) d.put(st.extra[0])
}
