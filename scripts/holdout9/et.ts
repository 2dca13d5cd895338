// Estonian templates.
import { t } from "./render"
import { T, type Template } from "./template"

export const ET: Template[] = [
  T("breakdown", (c) => {
    const p = c.person(0.1)
    return t`[kõnetuvastus] operaator: ${c.company("assist")} tere kellega räägin helistaja: tere siin ${p.lower()} seisan teepeenral ${c.road()} auto jäi seisma ${c.emoji()} operaator: numbrimärk helistaja: ${c.plate()} operaator: telefoninumber helistaja: ${c.phone()} operaator: puksiir jõuab kella ${c.time()}-ks`
  }),
  T("damage", (c) => {
    const p = c.person()
    return t`Kahjuteade ${c.claim()}: sõiduk ${c.plate()} (VIN ${c.vin()}) tagastati ${c.date()} kell ${c.time()} mõlkis uksega. Läbisõit ${c.mileage()}. Rentnik ${p.full()} (${p.email()}) vaidlustab. Hinnang ${c.amount()}.`
  }),
  T("reservation", (c) => {
    const p = c.person()
    return t`Tere!\n\nPalun muutke broneeringut ${c.res()}: ${c.date()} asemel ${c.date()}. Püsikliendi number ${c.loyalty()}.\n\nLugupidamisega\n${p.full()}\nTel ${c.phone("national")}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Lugupeetud ${p.full()}, arve ${c.invoice()} summa ${c.amount()} kantakse tagasi kontole ${c.iban()}. Varem saadetud ${c.badIban()} ei ole korrektne. Küsimused: ${c.role("arved", "rental")}`
  }),
  T("lost-property", (c) => {
    return t`Leitud asjad ${c.ticket()}: toast ${c.room()} leiti ${c.date()} kell ${c.time()} laadija. Saatmine aadressile ${c.street()} 3, ${c.postcode()} Tallinn, hind ${c.amount()}.`
  }),
  T("garage", (c) => {
    const p = c.person()
    return t`Tere,\n\nsõiduk ${c.plate()} (juhtum ${c.claim()}) on parandatud, uus generaator, ${c.amount()} koos KM-ga, arve ${c.invoice()}.\n\n${p.full()}\nAutoremont Kalju OÜ\nTel ${c.phone()}\n${p.email()}`
  }),
  T("review", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Vastus arvustusele: Hea ${p.first()}, täname! 🙏 Vabandame, et tuba ${c.room()} polnud kell ${c.time()} valmis. Kirjutage ${a.work("hotel")} broneeringunumbriga ${c.res()}. ${a.full()}, klienditeeninduse juht`
  }),
]
