// Hungarian templates (names written surname first).
import { t } from "./render"
import { T, type Template } from "./template"

export const HU: Template[] = [
  T("breakdown", (c) => {
    const p = c.person(0.1)
    return t`[beszédfelismerés] ügyintéző: ${c.company("assist")} jó napot kivel beszélek hívó: jó napot ${p.lower()} vagyok a leállósávban állok az ${c.road()} közelében ${c.emoji()} ügyintéző: a rendszám hívó: ${c.plate()} ügyintéző: visszahívási szám hívó: ${c.phone()} ügyintéző: a mentő ${c.time()} körül érkezik`
  }),
  T("damage", (c) => {
    const p = c.person()
    return t`Kárbejelentés ${c.claim()}: a(z) ${c.plate()} rendszámú autó (alvázszám ${c.vin()}) ${c.date()} ${c.time()}-kor horpadással érkezett vissza. Km-óra: ${c.mileage()}. Bérlő: ${p.full()}, ${p.email()}. Becsült javítási költség ${c.amount()}.`
  }),
  T("reservation", (c) => {
    const p = c.person()
    return t`Tisztelt Ügyfélszolgálat!\n\nA(z) ${c.res()} foglalásomat szeretném ${c.date()} helyett ${c.date()} napra módosítani. Törzsvendég-számom: ${c.loyalty()}.\n\nÜdvözlettel:\n${p.full()}\n${c.phone("national")}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Kedves ${p.first()}! A(z) ${c.invoice()} számú számlán szereplő ${c.amount()} összeget visszautaljuk a megadott számlára: ${c.iban()}. A korábban küldött ${c.badIban()} szám hibás volt. 🙏`
  }),
  T("lost-property", (c) => {
    return t`Talált tárgy ${c.ticket()}: a ${c.room()}-es szobában ${c.date()}-án ${c.time()}-kor egy telefontöltőt találtunk. Postázás: ${c.street()} 12., ${c.postcode()} Budapest, díja ${c.amount()}.`
  }),
  T("review", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Válasz értékelésre: Kedves ${p.first()}! Köszönjük, hogy nálunk szállt meg. Sajnáljuk, hogy a reggeli ${c.time()}-kor már elfogyott. Írjon nekünk a ${a.work("hotel")} címre a ${c.res()} foglalási számmal. Üdvözlettel: ${a.full()}, vendégkapcsolati vezető`
  }),
  T("handover", (c) => {
    const a = c.person()
    const p = c.person()
    return t`Műszakátadás (${a.full()}): ${p.full()} ügyfél telefonált külföldről (${c.foreignPhone()}), a kártyás levonás ${c.badCard()} hivatkozással ment — ez a terminál kötegszáma. Bejelentkezés IP: ${c.ip()}.`
  }),
  T("loyalty", (c) => {
    const p = c.person()
    return t`Kedves ${p.full()}!\n\nÜdvözöljük a Harbourline Circle programban! ⭐ Tagszáma: ${c.loyalty()}. ${c.date()}-ig minden éjszaka dupla pontot ér.\n\nKérdés esetén: ${c.role("klub", "hotel")}`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    return t`Bot: Szia! A Velora virtuális asszisztense vagyok. 🤖\nÜgyfél: meg akarom hosszabbítani a bérlést ${c.res()}\nBot: Átkapcsolom egy munkatársnak.\nÜgyintéző: Jó napot, ${p.first()}! ${c.date()}-ig ${c.amount()}. A kártya, amivel fizet: ${c.card()}?\nÜgyfél: igen, ${p.full()} vagyok`
  }),
  T("garage", (c) => {
    const p = c.person()
    return t`Tisztelt Partnerünk!\n\nA(z) ${c.plate()} rendszámú autó (${c.claim()}) elkészült: új önindító, ${c.amount()}, számla ${c.invoice()}. Km-óra állás: ${c.mileage()}.\n\nÜdvözlettel:\n${p.full()}\nDuna Autószerviz Kft.\nTel.: ${c.phone()}\n${p.email()}`
  }),
]
