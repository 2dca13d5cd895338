// Slovak templates.
import { t } from "./render"
import { T, type Template } from "./template"

export const SK: Template[] = [
  T("breakdown", (c) => {
    const p = c.person(0.1)
    return t`[prepis reči] operátor: ${c.company("assist")} dobrý deň s kým hovorím volajúci: dobrý deň tu je ${p.lower()} stojím v odstavnom pruhu na ${c.road()} ${c.emoji()} operátor: evidenčné číslo volajúci: ${c.plate()} operátor: telefón na spätné volanie volajúci: ${c.phone()} operátor: odťahovka príde o ${c.time()}`
  }),
  T("damage", (c) => {
    const p = c.person()
    return t`Hlásenie škody ${c.claim()}: vozidlo ${c.plate()} (VIN ${c.vin()}) vrátené ${c.date()} o ${c.time()} s prasknutým sklom. Stav tachometra ${c.mileage()}. Nájomca ${p.full()}, e-mail ${p.email()}. Odhad opravy ${c.amount()}.`
  }),
  T("reservation", (c) => {
    const p = c.person()
    return t`Dobrý deň,\n\nprosím o zmenu rezervácie ${c.res()} z ${c.date()} na ${c.date()}. Číslo vernostnej karty: ${c.loyalty()}.\n\nS pozdravom\n${p.full()}\ntel. ${c.phone("national")}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Dobrý deň, ${p.full()}, sumu ${c.amount()} z faktúry ${c.invoice()} vrátime na účet ${c.iban()}. Číslo ${c.badIban()} z Vášho prvého e-mailu nebolo platné. Platba kartou ${c.card()} bola stornovaná.`
  }),
  T("lost-property", (c) => {
    return t`Stratené veci ${c.ticket()}: detský sveter nájdený v izbe ${c.room()} dňa ${c.date()} o ${c.time()}. Zaslanie na ${c.street()} 5, ${c.postcode()} Bratislava, poštovné ${c.amount()}.`
  }),
  T("handover", (c) => {
    const a = c.person()
    const p = c.person()
    return t`Odovzdanie zmeny – ${a.first()}: zákazník ${p.full()} čaká na odťah na ${c.road()}, GPS ${c.gps()}. Číslo na spätné volanie: ${c.phone("intl")}. Referencia ${c.badCard()} je číslo dávky terminálu, nie karta.`
  }),
  T("review", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Odpoveď na recenziu: Milá ${p.first()}, ďakujeme za hodnotenie ⭐⭐⭐. Mrzí nás hluk z izby ${c.room()}. Napíšte nám na ${a.work("hotel")} s číslom rezervácie ${c.res()}. ${a.full()}, recepcia`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    return t`Bot: Dobrý deň! Som virtuálny asistent Roadsure. Ste v bezpečí?\nPoužívateľ: áno, stojím na ${c.road()}\nBot: Pošlite polohu.\nPoužívateľ: 📍 ${c.gps()}\nOperátor: Ďakujem, ${p.first()}. Odťahovka príde do ${c.time()}, zavoláme na ${c.phone()}.`
  }),
  T("garage", (c) => {
    const p = c.person()
    return t`Dobrý deň,\n\nvozidlo ${c.plate()} (${c.claim()}) je opravené: nová spojka, ${c.amount()} s DPH, faktúra ${c.invoice()}. Platbu prosím na ${c.iban()}.\n\nS pozdravom\n${p.full()}\nAutoservis Tatry s.r.o.\n${c.phone("national")} | ${p.email()}`
  }),
  T("loyalty", (c) => {
    const p = c.person()
    return t`Milý/á ${p.first()}, vitajte v Harbourline Circle! ⭐ Číslo členstva ${c.loyalty()}. Prihlásenie z ${c.ip6()} ${c.date()} bolo overené. Otázky: ${c.role("klub", "hotel")}`
  }),
]
