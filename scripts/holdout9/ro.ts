// Romanian templates.
import { t } from "./render"
import { T, type Template } from "./template"

export const RO: Template[] = [
  T("breakdown", (c) => {
    const p = c.person(0.1)
    return t`[transcriere automată] operator: ${c.company("assist")} bună ziua cu cine vorbesc apelant: bună ziua sunt ${p.lower()} am rămas pe banda de urgență pe ${c.road()} operator: sunteți în siguranță apelant: da suntem după parapet ${c.emoji()} operator: numărul de înmatriculare apelant: ${c.plate()} operator: un număr de telefon apelant: ${c.phone()} operator: echipajul ajunge până la ${c.time()}`
  }),
  T("damage", (c) => {
    const p = c.person()
    return t`Raport daune ${c.claim()}: autoturismul ${c.plate()} (VIN ${c.vin()}) returnat pe ${c.date()} la ${c.time()} cu zgârietură pe ușa din spate. Kilometraj ${c.mileage()}. Clientul ${p.full()} (${p.email()}) contestă; poze la predare în dosar. Cost estimat ${c.amount()}.`
  }),
  T("reservation", (c) => {
    const p = c.person()
    return t`Bună ziua, sunt ${p.full()}. Vă rog să mutați rezervarea ${c.res()} de pe ${c.date()} pe ${c.date()}. Numărul meu de fidelitate: ${c.loyalty()}. Mă puteți suna la ${c.phone("national")}. Mulțumesc! 😊`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Stimată echipă ${c.company("rental")},\n\nFactura ${c.invoice()} include ${c.amount()} pentru combustibil, deși am predat mașina cu plinul făcut. Vă rog să returnați suma în contul ${c.iban()}.\n\nCu stimă,\n${p.full()}\nTel. ${c.phone()}`
  }),
  T("lost-property", (c) => {
    return t`Obiect pierdut ${c.ticket()}: geantă neagră găsită în camera ${c.room()} pe ${c.date()}, ora ${c.time()}. Adresa de expediere: ${c.street()} 14, cod poștal ${c.postcode()}. Taxa curier ${c.amount()}. Referința ${c.badCard()} este numărul lotului POS, nu un card.`
  }),
  T("handover", (c) => {
    const a = c.person()
    const p = c.person()
    return t`Predare tură ${c.time()} (${a.first()}): doamna ${p.last()} așteaptă tractarea pe ${c.road()}, coordonate ${c.gps()}. A sunat de pe ${c.foreignPhone()}. Contul dat pentru rambursare, ${c.badIban()}, nu trece validarea — cereți-l din nou.`
  }),
  T("garage", (c) => {
    const p = c.person()
    return t`Bună ziua,\n\nMașina ${c.plate()} din dosarul ${c.claim()} este gata: baterie nouă, ${c.amount()} cu TVA, factura ${c.invoice()}. O puteți ridica din ${c.date()}.\n\nO zi bună,\n${p.full()}\nService Auto Carpați | ${c.phone("national")}\n${p.email()}`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    return t`Bot: Salut! Sunt asistentul virtual Velora. Cu ce vă pot ajuta?\nClient: vreau să prelungesc închirierea ${c.res()}\nBot: Vă transfer la un coleg.\nAgent: Bună ziua, ${p.first()}! Prelungirea până pe ${c.date()} costă ${c.amount()}. Confirmați adresa ${p.email()}?\nClient: da, confirm`
  }),
  T("loyalty", (c) => {
    const p = c.person()
    return t`Dragă ${p.first()},\n\nBine ai venit în Harbourline Circle! ⭐ Numărul tău de membru este ${c.loyalty()}. Până pe ${c.date()} fiecare noapte la ${c.word("Sofia")} sau Brașov aduce puncte duble.\n\nÎntrebări: ${c.role("club", "hotel")}`
  }),
  T("review", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Răspuns la recenzie: Stimate ${p.full()}, ne pare rău că plata cu cardul ${c.card()} a fost respinsă la recepție. Autentificarea în aplicație a venit de la ${c.ip()}, deci contul e în regulă. Scrieți-mi la ${a.work("hotel")}. ${a.full()}, Relații cu oaspeții`
  }),
]
