// Croatian templates.
import { t } from "./render"
import { T, type Template } from "./template"

export const HR: Template[] = [
  T("breakdown", (c) => {
    const p = c.person(0.1)
    return t`[prijepis govora] agent: ${c.company("assist")} dobar dan s kim razgovaram pozivatelj: dobar dan ovdje ${p.lower()} stojim u zaustavnoj traci na ${c.road()} auto se ugasio ${c.emoji()} agent: registracija pozivatelj: ${c.plate()} agent: broj za povratni poziv pozivatelj: ${c.phone()} agent: vučna služba stiže do ${c.time()}`
  }),
  T("damage", (c) => {
    const p = c.person()
    return t`Prijava štete ${c.claim()}: vozilo ${c.plate()} (broj šasije ${c.vin()}) vraćeno ${c.date()} u ${c.time()} s oštećenim branikom. Stanje brojila ${c.mileage()}. Najmoprimac ${p.full()} (${p.email()}) osporava štetu. Procjena ${c.amount()}.`
  }),
  T("reservation", (c) => {
    const p = c.person()
    return t`Poštovani,\n\nmolim promjenu rezervacije ${c.res()} s ${c.date()} na ${c.date()}. Moj broj vjernosti je ${c.loyalty()}.\n\nLijep pozdrav,\n${p.full()}\nMob: ${c.phone("national")}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Poštovana gospođo ${p.last()}, iznos od ${c.amount()} s računa ${c.invoice()} vratit ćemo na IBAN ${c.iban()}. Broj ${c.badIban()} koji ste poslali ranije nije ispravan. Za pitanja: ${c.role("racuni", "rental")}.`
  }),
  T("lost-property", (c) => {
    return t`Izgubljeno-nađeno ${c.ticket()}: naočale pronađene u sobi ${c.room()} dana ${c.date()} u ${c.time()}. Slanje na adresu ${c.street()} 8, ${c.postcode()} Zagreb, trošak ${c.amount()}. Vozilo gosta ${c.plate()} još je u garaži.`
  }),
  T("garage", (c) => {
    const p = c.person()
    return t`Pozdrav,\n\nvozilo ${c.plate()} iz predmeta ${c.claim()} je popravljeno (nova spojka, ${c.amount()} s PDV-om, račun ${c.invoice()}). Kilometraža kod preuzimanja ${c.mileage()}.\n\n${p.full()}\nAutoservis Jadran d.o.o.\nTel: ${c.phone()} | ${p.email()}`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Bot: Bok! Ja sam virtualni asistent. Kako mogu pomoći?\nKorisnik: izgubio sam ključeve od auta 😩\nBot: Spajam vas s agentom.\nAgent ${a.first()}: Dobar dan, ${p.first()}. Koje je vaše ime i prezime?\nKorisnik: ${p.full()}, ${c.foreignPhone()}\nAgent ${a.first()}: Hvala, šaljemo rezervni ključ.`
  }),
  T("handover", (c) => {
    const a = c.person()
    const p = c.person()
    return t`Primopredaja smjene (${a.full()}): ${p.full()} čeka vučnu službu na ${c.road()}, GPS ${c.gps()}. Zvao je s ${c.phone("intl")}. Referenca ${c.badCard()} je broj serije terminala, nije kartica. Prijava s IP adrese ${c.ip()}.`
  }),
  T("loyalty", (c) => {
    const p = c.person()
    return t`Dragi ${p.first()},\n\ndobrodošli u Harbourline Circle! 🎉 Vaš članski broj je ${c.loyalty()}. Do ${c.date()} svako noćenje donosi dvostruke bodove. Pitanja: ${c.role("klub", "hotel")}`
  }),
  T("review", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Odgovor na recenziju: Poštovani ${p.full()}, žao nam je što soba ${c.room()} nije bila spremna u ${c.time()}. Povrat od ${c.amount()} ide na karticu ${c.card()}. ${a.full()}, voditelj recepcije`
  }),
]
