// Estonian.
import { FOREIGN } from "./phones.ts"
import { t } from "./render.ts"
import { type Template, tpl } from "./template.ts"

export const ET: Template[] = [
  tpl("chat", "game", (c) => {
    const p = c.person(), a = c.person()
    return t`Klienditugi (${c.P(a.first)}): Tere! Kuidas saan aidata?
Mängija: tere, ostsin kuu tellimuse ${c.n.amount()} eest aga see ei aktiveerunud 😑
Klienditugi (${c.P(a.first)}): Palun saatke tellimuse number ja mängija ID.
Mängija: ${c.n.receipt()}, ${c.n.player()}. Mina olen ${c.P(p.full)}
Klienditugi (${c.P(a.first)}): Näen sisselogimist aadressilt ${c.ip()}, kas see olite teie?
Klienditugi (${c.P(a.first)}): Aitäh, ${c.P(p.first)}! Raha tagastatakse 5 päeva jooksul.`
  }),
  tpl("email", "cars", (c) => {
    const p = c.person()
    return t`Teema: Liisingulepingu ${c.n.lease()} lõpetamine

Tere,
tagastan sõiduki ${c.n.plate("EE")} (VIN ${c.n.vin()}, läbisõit ${c.n.odo("km")}) ${c.n.date()}. Isikukood ${c.n.isikukood()}. Tagatisraha palun kanda kontole ${c.iban("EE")}.
Lugupidamisega
${c.P(p.full)}
${c.tel("EE")}`
  }),
  tpl("note", "parking", (c) => {
    const p = c.person()
    return t`Parkimistrahv ${c.n.pcn()} (${c.n.date()} kell ${c.n.time()}, tsoon ${c.n.bay()}), sõiduk ${c.n.plate("EE")}. Vaidlustaja ${c.P(p.full)}, isikukood ${c.n.isikukood()}. Elaniku luba ${c.n.permit()} kehtiv. Kontakt ${c.tel("EE", "national")}, ${c.mail(p)}.`
  }),
  tpl("summary", "tickets", (c) => {
    const p = c.person()
    return t`Kõne kokkuvõte (AI)
Klient ${c.P(p.full)} soovib piletid üritusele ${c.n.event()} (${c.n.date()}) edasi müüa. Tellimus ${c.n.order()}, kohad ${c.n.seat()}. Väljamakse kontole ${c.iban("EE")}. Kontakt ${c.mail(p)}.`
  }),
  tpl("chat", "cars", (c) => {
    const p = c.person(), f = c.r.pick(FOREIGN)
    return t`Klient: tere, soovin proovisõitu 🚘
Müüja: Muidugi! Teie nimi ja telefon?
Klient: ${c.P(p.full)}, ${c.tel(c.r.chance(0.6) ? "EE" : f, "intl")}
Müüja: Kas ${c.n.date()} kell ${c.n.time()} sobib?`
  }),
  tpl("json", "parking", (c) => {
    const p = c.person()
    return t`{"luba":"${c.n.permit()}","nimi":"${c.P(p.full)}","isikukood":"${c.n.isikukood()}","numbrimärk":"${c.n.plate("EE")}","telefon":"${c.tel("EE", "e164")}","email":"${c.mail(p)}","tasu":"${c.n.amount()}"}`
  }),
  tpl("review", "tickets", (c) => {
    const p = c.person()
    return t`${c.P(p.first)} ★: "Pilet ${c.n.barcode()} ei avane äpis, versioon ${c.n.version()}"
Vastus: Tere ${c.P(p.first)}! Kirjutage ${c.role("tugi", "piletikeskus.ee")}. Arvel olev konto ${c.n.badIban("EE")} on vigane, palun seda mitte kasutada.`
  }),
  tpl("sms", "game", (c) => {
    const p = c.person()
    return t`tere see on ${c.P(p.full.toLowerCase())}, konto ${c.n.player()} ei tööta, helistage ${c.tel("EE", "nat-compact")} ${c.n.time()} paiku`
  }),
  tpl("note", "parking", (c) => t`Trahv ${c.n.pcn()}, ${c.n.plate("EE")}, tsoon ${c.n.bay()}, ${c.n.date()} ${c.n.time()}, ${c.n.amount()}; isikukood ${c.n.isikukood()}; arve nr ${c.n.badCard()} ei ole kaardinumber.`),
]
