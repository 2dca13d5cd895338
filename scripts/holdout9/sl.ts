// Slovenian templates.
import { t } from "./render"
import { T, type Template } from "./template"

export const SL: Template[] = [
  T("breakdown", (c) => {
    const p = c.person(0.1)
    return t`[prepis govora] operater: ${c.company("assist")} dober dan s kom govorim klicatelj: dober dan tukaj ${p.lower()} stojim na odstavnem pasu na ${c.road()} avto ne vžge ${c.emoji()} operater: registrska številka klicatelj: ${c.plate()} operater: telefonska številka klicatelj: ${c.phone()} operater: vlečna služba bo tam ob ${c.time()}`
  }),
  T("damage", (c) => {
    const p = c.person()
    return t`Prijava škode ${c.claim()}: vozilo ${c.plate()} (VIN ${c.vin()}) vrnjeno ${c.date()} ob ${c.time()} z odrgnino na blatniku. Števec ${c.mileage()}. Najemnik ${p.full()} (${p.email()}) se ne strinja. Ocena ${c.amount()}.`
  }),
  T("reservation", (c) => {
    const p = c.person()
    return t`Pozdravljeni,\n\nprosim za spremembo rezervacije ${c.res()} z ${c.date()} na ${c.date()}. Številka kartice zvestobe: ${c.loyalty()}.\n\nLep pozdrav,\n${p.full()}\nGSM ${c.phone("national")}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Spoštovana gospa ${p.last()}, znesek ${c.amount()} z računa ${c.invoice()} bomo vrnili na TRR ${c.iban()}. Številka ${c.badIban()} ni veljavna. Vprašanja: ${c.role("racuni", "rental")} 🙂`
  }),
  T("lost-property", (c) => {
    return t`Izgubljeni predmeti ${c.ticket()}: polnilec najden v sobi ${c.room()} dne ${c.date()} ob ${c.time()}. Pošiljanje na ${c.street()} 21, ${c.postcode()} Ljubljana, poštnina ${c.amount()}.`
  }),
  T("garage", (c) => {
    const p = c.person()
    return t`Pozdravljeni,\n\nvozilo ${c.plate()} (zadeva ${c.claim()}) je popravljeno, nov akumulator, ${c.amount()} z DDV, račun ${c.invoice()}. Plačilo na ${c.iban()}.\n\n${p.full()}\nAvtoservis Sava\nT: ${c.phone()}\n${p.email()}`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    return t`Bot: Živjo! Sem virtualni pomočnik. Kako lahko pomagam?\nUporabnik: rad bi podaljšal najem ${c.res()}\nBot: Povezujem z agentom.\nAgent: Pozdravljeni, ${p.first()}! Podaljšanje do ${c.date()} stane ${c.amount()}. Potrdilo pošljem na ${p.email()}.`
  }),
  T("handover", (c) => {
    const a = c.person()
    const p = c.person()
    return t`Predaja izmene (${a.first()}): ${p.full()} čaka na vleko na ${c.road()}, GPS ${c.gps()}. Klical je s ${c.foreignPhone()}. Sklic ${c.badCard()} je številka paketa terminala, ne kartica.`
  }),
  T("loyalty", (c) => {
    const p = c.person()
    return t`Draga/dragi ${p.first()},\n\ndobrodošli v Harbourline Circle! 🌟 Vaša članska številka je ${c.loyalty()}. Prijava z ${c.ip()} je bila uspešna. Vprašanja: ${c.role("klub", "hotel")}`
  }),
  T("review", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Odgovor na oceno: Spoštovani ${p.full()}, hvala za oceno ⭐⭐⭐⭐. Povračilo ${c.amount()} smo nakazali na kartico ${c.card()}. ${a.full()}, vodja recepcije`
  }),
]
