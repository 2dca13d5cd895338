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
  T("bot-chat", (c) => {
    const p = c.person()
    return t`Bot: Tere! Olen Velora virtuaalassistent. 🤖\nKlient: soovin renti pikendada ${c.res()}\nBot: Suunan teid kolleegile.\nKonsultant: Tere, ${p.first()}! Pikendus kuni ${c.date()} maksab ${c.amount()}. Kas maksate kaardiga ${c.card()}?\nKlient: jah, ${p.full()}`
  }),
  T("handover", (c) => {
    const a = c.person()
    const p = c.person()
    return t`Vahetuse üleandmine (${a.first()}): ${p.full()} ootab puksiiri ${c.road()}, GPS ${c.gps()}. Helistas numbrilt ${c.foreignPhone()}. Sisselogimine IP-lt ${c.ip()}.`
  }),
  T("loyalty", (c) => {
    const p = c.person()
    return t`Hea ${p.first()},\n\ntere tulemast Harbourline Circle'isse! ⭐ Teie liikmenumber on ${c.loyalty()}. Kuni ${c.date()} annab iga öö topeltpunkte. Küsimused: ${c.role("klubi", "hotel")}`
  }),
]
