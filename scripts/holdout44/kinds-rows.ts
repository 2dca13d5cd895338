// Kinds laid out in rows and fields: CSV exports, logs (JSON lines, syslog), web forms, markdown tickets.
import { story } from "./domains.ts"
import { E, N, plainText, type Piece } from "./draft.ts"
import type { Scene } from "./scene.ts"
import { contact, kv, lines } from "./util.ts"
import * as V from "./values.ts"

const NAME_HEADS: Record<string, string> = {
  en: "First name|Last name", mt: "Isem|Kunjom", nb: "Fornavn|Etternavn", da: "Fornavn|Efternavn", is: "Fornafn|Eftirnafn", hu: "Vezetéknév|Keresztnév",
  sk: "Meno|Priezvisko", sl: "Ime|Priimek", lt: "Vardas|Pavardė", lv: "Vārds|Uzvārds", bg: "Име|Фамилия", uk: "Ім'я|Прізвище", sr: "Ime|Prezime",
  pt: "Nome|Apelido", ca: "Nom|Cognoms", eu: "Izena|Abizenak", fr: "Prénom|Nom", it: "Nome|Cognome", es: "Nombre|Apellidos", nl: "Voornaam|Achternaam", de: "Vorname|Nachname",
}

/** A CSV export: headers in the text's language, `,` `;` or tab, quoted or not, given and family name in two cells. */
export function csv(s: Scene): void {
  const { r, w, d } = s
  const sep = r.pick([",", ";", "\t"])
  const q = sep !== "\t" && r.chance(0.4) ? '"' : ""
  const rows = 1 + r.int(3)
  const st = story(s)
  const facts = st.facts.filter((f) => !plainText(f.v).includes(sep)).slice(0, 3)
  const [g, f] = NAME_HEADS[s.loc.tag.slice(0, 2)]!.split("|") as [string, string]
  const head = [g, f, w.mobile, w.email, ...facts.map((f) => f.k)]
  d.put(head.map((h) => q + h + q).join(sep), "\n")
  for (let i = 0; i < rows; i++) {
    const p = i === 0 ? st.cust : s.person()
    const names = [[s.P(p, "given")], [s.P(p, "family")]]
    const cells: Piece[][] = [...(s.loc.familyFirst ? names.reverse() : names), [s.tel(s.phone("mobile"), r.pick(["e164", "national", "compact", "intl"]))], [s.email(p)]]
    cells.push(...(i === 0 ? facts.map((f) => f.v) : facts.map((f) => (plainText(f.v).match(/^\d/) ? [s.amount(20, 900)] : ["—"]))))
    cells.forEach((c, j) => d.put(j ? sep : "", q, c, q))
    d.put("\n")
  }
}

/** Log lines: JSON in a line, key=value, or syslog-style from a router, RADIUS or a portal. */
export function log(s: Scene): void {
  const { r, d } = s
  const st = story(s)
  const host = r.pick(["olt-dub-03", "bng2.core", "portal-web-1", "crm-sync", "radius01", "edge-fw"])
  const ip = () => E("IP_ADDRESS", r.chance(0.7) ? V.ipv4(r) : V.ipv6(r))
  for (let i = 0; i < 2 + r.int(3); i++) {
    const style = r.int(3)
    const f = st.facts[i % st.facts.length]!
    const key = f.k.toLowerCase().replace(/[^\p{L}\d]+/gu, "_").replace(/^_|_$/g, "")
    if (style === 0) {
      d.put(`{"ts":"`, s.stamp(), `","level":"${r.pick(["info", "warn", "debug"])}","host":"${host}","${key}":"`, f.v, `"`)
      if (i === 0) d.put(`,"customer":"`, s.P(st.cust), `","msisdn":"`, s.tel(s.phone("mobile"), "e164"), `"`)
      d.put(`,"src_ip":"`, ip(), `"}\n`)
    } else if (style === 1) {
      d.put(s.stamp(), ` ${host} ${key}=`, f.v, " client=", ip(), i === 1 ? [" user=", s.email(st.cust)] : [], "\n")
    } else {
      d.put(`${r.pick(["Mar", "Apr", "Jun", "Oct"])} ${10 + r.int(18)} ${String(r.int(24)).padStart(2, "0")}:${String(r.int(60)).padStart(2, "0")}:${String(r.int(60)).padStart(2, "0")} ${host} `)
      d.put(r.pick(["radiusd", "pppd", "dhcpd", "nginx"]), `[${1000 + r.int(30000)}]: `, r.pick(["Login OK", "lease", "session up", "POST /claim 200"]), " from ", ip(), " ", ...kv(f, "="), "\n")
    }
  }
}

/** A web form as submitted: labels and values, a phone sometimes wrapped over a line break. */
export function form(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  const ph = s.phone()
  d.put(`${st.brand} · ${w.customer}\n`)
  d.put(`${w.name}: `, s.P(st.cust, r.pick(["full", "caps", "full"])), "\n")
  const wrapped = ph.forms.intl && ph.forms.intl.includes(" ") && r.chance(0.25)
  d.put(`${w.phone}: `, wrapped ? E("PHONE", ph.forms.intl!.replace(/ (?=\S+$)/, "\n")) : s.tel(ph), "\n")
  d.put(`${w.email}: `, s.email(st.cust), "\n", lines(st.facts))
  d.put(`${w.date}: `, s.date(), "\n", "IP: ", E("IP_ADDRESS", V.ipv4(r)), "\n\n", st.event, st.extra.length ? [" ", ...st.extra[0]!] : [])
}

/** A markdown ticket: table, bold keys, a quote, code spans, a mention, tel: and sms: links. */
export function ticket(s: Scene): void {
  const { r, w, d } = s
  const st = story(s)
  d.put(`## ${w.issue} #${10000 + r.int(89999)} – ${st.brand}\n\n`)
  d.put(`| ${w.customer} | `, s.P(st.cust), " |\n|---|---|\n")
  for (const f of st.facts.slice(0, 3)) d.put(`| ${f.k} | `, r.chance(0.3) ? ["`", ...f.v, "`"] : f.v, " |\n")
  d.put(`| ${w.phone} | `, s.tel(s.phone()), " |\n\n")
  d.put(`**${w.status}:** ${w.resolved}\n**${w.agent}:** @`, s.P(st.staff, "given"), "\n\n> ", st.event, "\n\n")
  const ph = s.phone("mobile")
  d.put(`- [${w.phone}](`, r.chance(0.5) ? ["tel:", E("PHONE", ph.forms.e164!)] : ["sms:", E("PHONE", ph.forms.e164!)], ")\n")
  for (const f of st.facts.slice(3)) d.put("- **", f.k, "**: ", f.v, "\n")
  for (const x of st.extra) d.put("- ", x, "\n")
  if (r.chance(0.3)) d.put("- ", contact(s, s.phone()), "\n")
  d.put(N("date", s.dateText("iso")))
}
