// Finnish.
import { FOREIGN } from "./phones.ts"
import { t } from "./render.ts"
import { type Template, tpl } from "./template.ts"

export const FI: Template[] = [
  tpl("chat", "game", (c) => {
    const p = c.person(), a = c.person()
    return t`Asiakastuki (${c.P(a.first)}): Hei! Miten voin auttaa?
Pelaaja: moi, ostin ${c.n.amount()} timanttipaketin mutta niitä ei tullut 😕
Asiakastuki (${c.P(a.first)}): Harmi! Kerrotko tilausnumeron ja pelaajatunnuksen?
Pelaaja: ${c.n.receipt()} ja ${c.n.player()}. Olen ${c.P(p.full)}
Asiakastuki (${c.P(a.first)}): Näen kirjautumisen osoitteesta ${c.ip()}, olitko se sinä?
Asiakastuki (${c.P(a.first)}): Kiitos ${c.P(p.first)}, hyvitys tulee 3–5 päivässä.`
  }),
  tpl("email", "cars", (c) => {
    const p = c.person()
    return t`Aihe: Leasingsopimuksen ${c.n.lease()} päättyminen

Hei,
palautan auton ${c.n.plate("FI")} ${c.n.date()} klo ${c.n.time()}. Mittarilukema ${c.n.odo("km")}. Henkilötunnukseni ${c.n.hetu()} on sopimuksessa. Vakuuden voi palauttaa tilille ${c.iban("FI")}.
Ystävällisin terveisin
${c.P(p.full)}
${c.tel("FI")}`
  }),
  tpl("note", "parking", (c) => {
    const p = c.person()
    return t`Asukaspysäköintitunnus ${c.n.permit()}, vyöhyke ${c.n.bay()}. Hakija ${c.P(p.full)} (hetu ${c.n.hetu()}), rek. ${c.n.plate("FI")}. Pysäköintivirhemaksu ${c.n.pcn()} ${c.n.date()} – oikaisuvaatimus hyväksytty. Yhteys ${c.mail(p)}.`
  }),
  tpl("summary", "tickets", (c) => {
    const p = c.person(), q = c.person()
    return t`Puhelun yhteenveto (tekoäly)
Asiakas ${c.P(p.full)} siirtää liput tapahtumaan ${c.n.event()} (${c.n.date()}) henkilölle ${c.P(q.full)}, ${c.mail(q)}.
Tilaus ${c.n.order()}, paikat ${c.n.seat()}. Takaisinsoitto ${c.tel("FI", "national")}.`
  }),
  tpl("chat", "cars", (c) => {
    const p = c.person(), f = c.r.pick(FOREIGN)
    return t`Asiakas: hei, haluaisin koeajon uudella sähköautolla ⚡
Myyjä: Totta kai! Nimi ja puhelinnumero?
Asiakas: ${c.P(p.full)}, ${c.tel(c.r.chance(0.6) ? "FI" : f, "intl")}
Myyjä: Sopiiko ${c.n.date()} klo ${c.n.time()}?`
  }),
  tpl("csv", "tickets", (c) => {
    const ps = [c.person(), c.person(), c.person()]
    return t`tilaus,nimi,sähköposti,paikka,viivakoodi
${ps.flatMap((p, i) => [c.n.order(), ",", c.P(p.full), ",", c.mail(p), ",\"", c.n.seat(), "\",", c.n.barcode(), i < 2 ? "\n" : ""])}`
  }),
  tpl("review", "parking", (c) => {
    const p = c.person()
    return t`${c.P(p.first)} ⭐⭐: "Sovellus veloitti ${c.n.amount()} kahdesti, kortti ${c.card()}"
Vastaus: Hei ${c.P(p.first)}, pahoittelut! Älä jaa korttinumeroa julkisesti. Ota yhteyttä: ${c.role("asiakaspalvelu", "parkki.fi")}. Viitenumero ${c.n.badCard()} ei ole korttinumero.`
  }),
  tpl("sms", "game", (c) => {
    const p = c.person()
    return t`moi tässä ${c.P(p.first.toLowerCase())}, tilin ${c.n.player()} palautus ei toimi, soita ${c.tel("FI", "nat-compact")} kiitos`
  }),
  tpl("note", "cars", (c) => t`Sopimus ${c.n.lease()}, rek. ${c.n.plate("FI")}, ${c.n.odo("km")}, huolto ${c.n.date()} klo ${c.n.time()}; hetu ${c.n.hetu()} arkistossa; viite ${c.n.badIban("FI")} hylätty.`),
]
