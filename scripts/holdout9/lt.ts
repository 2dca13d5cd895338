// Lithuanian templates.
import { t } from "./render"
import { T, type Template } from "./template"

export const LT: Template[] = [
  T("breakdown", (c) => {
    const p = c.person(0.1)
    return t`[kalbos atpažinimas] operatorius: ${c.company("assist")} laba diena su kuo kalbu skambintojas: laba diena čia ${p.lower()} stoviu kelkraštyje ${c.road()} automobilis užgeso ${c.emoji()} operatorius: valstybinis numeris skambintojas: ${c.plate()} operatorius: telefono numeris skambintojas: ${c.phone()} operatorius: vilkikas atvyks iki ${c.time()}`
  }),
  T("damage", (c) => {
    const p = c.person()
    return t`Žalos pranešimas ${c.claim()}: automobilis ${c.plate()} (VIN ${c.vin()}) grąžintas ${c.date()} ${c.time()} su įbrėžimu. Rida ${c.mileage()}. Nuomininkas ${p.full()} (${p.email()}) nesutinka. Remonto sąmata ${c.amount()}.`
  }),
  T("reservation", (c) => {
    const p = c.person()
    return t`Laba diena,\n\nprašau pakeisti rezervaciją ${c.res()} iš ${c.date()} į ${c.date()}. Lojalumo kortelės numeris ${c.loyalty()}.\n\nPagarbiai\n${p.full()}\nTel. ${c.phone("national")}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Gerb. ${p.full()}, ${c.amount()} suma pagal sąskaitą ${c.invoice()} bus grąžinta į ${c.iban()}. Anksčiau nurodyta sąskaita ${c.badIban()} neteisinga. Kortelės mokėjimo nuoroda ${c.badCard()} yra terminalo paketo numeris.`
  }),
  T("lost-property", (c) => {
    return t`Rasti daiktai ${c.ticket()}: kambaryje ${c.room()} ${c.date()} ${c.time()} rastas laikrodis. Siuntimas adresu ${c.street()} 9, ${c.postcode()} Vilnius, kaina ${c.amount()}.`
  }),
  T("handover", (c) => {
    const a = c.person()
    const p = c.person()
    return t`Pamainos perdavimas (${a.first()}): ${p.full()} laukia vilkiko ${c.road()}, GPS ${c.gps()}. Skambino iš ${c.foreignPhone()}. Klientas prisijungė iš ${c.ip()}.`
  }),
  T("loyalty", (c) => {
    const p = c.person()
    return t`Sveiki, ${p.first()}! 🎉 Jūsų Harbourline Circle nario numeris ${c.loyalty()}. Iki ${c.date()} kiekviena naktis ${c.word("Sofia")} ar Vilniuje verta dvigubų taškų. Klausimai: ${c.role("klubas", "hotel")}`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    return t`Botas: Sveiki! Esu Velora virtualus asistentas. 🤖\nKlientas: noriu pratęsti nuomą ${c.res()}\nBotas: Jungiu su konsultantu.\nKonsultantas: Laba diena, ${p.first()}! Pratęsimas iki ${c.date()} kainuos ${c.amount()}. Mokėsite kortele ${c.card()}?\nKlientas: taip`
  }),
  T("garage", (c) => {
    const p = c.person()
    return t`Laba diena,\n\nautomobilis ${c.plate()} (${c.claim()}) suremontuotas: nauji stabdžiai, ${c.amount()} su PVM, sąskaita ${c.invoice()}. Mokėti į ${c.iban()}.\n\nPagarbiai\n${p.full()}\nUAB „Autoservisas Neris“\nTel. ${c.phone()} | ${p.email()}`
  }),
  T("review", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Atsakymas į atsiliepimą: Gerb. ${p.full()}, atsiprašome, kad kambarys ${c.room()} nebuvo paruoštas ${c.time()}. Parašykite ${a.work("hotel")}. ${a.full()}, registratūros vadovė`
  }),
]
