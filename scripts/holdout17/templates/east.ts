// Romanian, Hungarian and Croatian.
import { t } from "../render.ts"
import type { Template } from "./en.ts"

export const ro: Template[] = [
  { kind: "email", make: (c) => { const p = c.person(); return t`Bună ziua, ${c.P(p.first)},

Vă confirmăm înscrierea la programul ${c.n.courseCode()} (dosar ${c.n.applicationRef()}). Taxa de școlarizare de ${c.n.amount()} se poate plăti în ${c.pick(["două", "trei", "patru"])} rate în contul ${c.iban("RO")}. CNP-ul ${c.n.nationalId()} a fost verificat.

Cu stimă,
${c.P(c.person("ro").full)}
Secretariat, tel. ${c.phone("RO", c.pick(["national", "intl"]))}` } },
  { kind: "sms", make: (c) => t`Farmacia Online: comanda ${c.n.order()} ajunge ${c.n.date()}, ${c.n.time()}-${c.n.time()}. AWB ${c.n.tracking()}. Curier: ${c.P(c.person().first)} ${c.phone("RO", "national")}` },
  { kind: "chat", make: (c) => { const p = c.person(); return t`Client: ${c.nfd("bună ziua, mulțumesc")} ${c.emoji()} sunt ${c.P(p.full)}, vreau ofertă pentru mutare ${c.n.volume()}
Operator ${c.P(c.person("ro").first)}: Bună ziua! Din ce localitate, cod poștal?
Client: ${c.n.postcode()}, Cluj
Operator: Oferta ${c.n.quote()} vine pe email. Adresa?
Client: ${c.email(p)}` } },
  { kind: "summary", make: (c) => { const p = c.person(); return t`Rezumat apel: Doamna/Domnul ${c.P(p.full)} a solicitat rambursarea sumei de ${c.n.amount()} pentru rețeta ${c.n.prescription()}, produs ${c.n.productCode()}. Plata a fost făcută cu cardul ${c.card()}. Număr de contact: ${c.phone()}.` } },
  { kind: "note", make: (c) => { const q = c.person(); return t`dauna mobila, camion ${c.n.plate()}, ${c.n.weight()}, depozit ${c.n.storageUnit()}. client ${c.P(`${q.last.toUpperCase()} ${q.first}`)}. IBAN vechi ${c.n.badIban("RO")} invalid. ${c.n.date()}` } },
  { kind: "csv", make: (c) => { const a = c.person(), b = c.person(); return t`nume,cnp,email,telefon,ip
${c.P(a.full)},${c.n.nationalId()},${c.email(a)},${c.phone(undefined, "e164")},${c.ip()}
${c.P(b.full)},${c.n.nationalId()},${c.email(b)},${c.phone(undefined, "national")},${c.ip()}
` } },
  { kind: "complaint", make: (c) => { const p = c.person(); return t`Bună ziua,

Am plătit ${c.n.amount()} pentru mutare (oferta ${c.n.quote()}), iar dulapul a ajuns spart. Solicit despăgubire în contul ${c.iban("RO")}.

${c.P(p.full)}

> La ${c.n.date()}, ${c.P(c.person("ro").full)} a scris:
> Stimată/Stimate ${c.P(p.last)}, vă rugăm să trimiteți fotografii.` } },
  { kind: "note", make: (c) => t`fără date personale. CNP ${c.n.nationalId()} introdus greșit, șters. factura ${c.n.invoice()} ${c.n.amount()}, ${c.n.batch()}, cod produs ${c.n.productCode()}. card ${c.n.badCard()} respins (Luhn). ${c.n.date()} ${c.n.time()}` },
]

export const hu: Template[] = [
  { kind: "email", make: (c) => { const p = c.person(); return t`Kedves ${c.P(p.full)}!

Felvételi kérelmét (${c.n.applicationRef()}) megkaptuk. A kollégiumi díj ${c.n.amount()}, amelyet ${c.n.date()}-ig kell átutalni a ${c.iban("HU")} számlára. TAJ-szám: ${c.n.nationalId()}.

Üdvözlettel:
${c.P(c.person("hu").full)}
Tanulmányi Osztály, ${c.phone("HU", c.pick(["national", "intl"]))}` } },
  { kind: "sms", make: (c) => t`Online Patika: rendelés ${c.n.order()} kiszállítás ${c.n.date()} ${c.n.time()}. Nyomkövetés ${c.n.tracking()}. Futár: ${c.P(c.person().first)}` },
  { kind: "chat", make: (c) => { const p = c.person(); return t`Ügyfél: ${c.nfd("jó napot, üdvözlöm")} ${c.emoji()} ${c.P(p.full)} vagyok, költözéshez kérnék árajánlatot, kb. ${c.n.volume()}
Ügyintéző ${c.P(c.person("hu").first)}: Szívesen! Mi az irányítószám?
Ügyfél: ${c.n.postcode()} Budapest
Ügyintéző: Az ajánlat (${c.n.quote()}) e-mailben megy. Melyik címre?
Ügyfél: ${c.email(p)}` } },
  { kind: "summary", make: (c) => { const p = c.person(); return t`Összefoglaló: ${c.P(p.full)} a ${c.n.prescription()} recept visszatérítéséről érdeklődött. Összeg: ${c.n.amount()}. Kártya: ${c.card()}. Visszahívás: ${c.phone()}.` } },
  { kind: "note", make: (c) => t`raktár ${c.n.storageUnit()} bérlő ${c.P(c.person().full)}, rendszám ${c.n.plate()}, ${c.n.weight()}. rossz számla ${c.n.badIban("HU")}. IP ${c.ip()}` },
  { kind: "form", make: (c) => { const p = c.person(); return t`Név: ${c.P(p.full)}
E-mail: ${c.email(p)}
Telefon: ${c.phone()}
Neptun-kód / hallgatói szám: ${c.n.studentNumber()}
Számlaszám: ${c.iban()}
Dátum: ${c.n.date()}` } },
  { kind: "complaint", make: (c) => { const p = c.person(); return t`Tisztelt Ügyfélszolgálat!

A költöztetés során (${c.n.quote()}) megsérült a szekrényem. A felajánlott ${c.n.amount()} nem elég. Kérem a kártérítést a ${c.iban("HU")} számlára.

Üdvözlettel: ${c.P(p.full)}

> ${c.n.date()} ${c.P(c.person("hu").full)} írta:
> Kedves ${c.P(p.full)}! Kérjük, küldjön fotókat.` } },
  { kind: "note", make: (c) => t`nincs személyes adat. TAJ ${c.n.nationalId()} tévesen rögzítve, törölve. számla ${c.n.invoice()} ${c.n.amount()}, tétel ${c.n.batch()}, termék ${c.n.productCode()}. kártya ${c.n.badCard()} érvénytelen. ${c.n.date()}` },
]

export const hr: Template[] = [
  { kind: "email", make: (c) => { const p = c.person(); return t`Poštovana/poštovani ${c.P(p.full)},

Vaša prijava (${c.n.applicationRef()}) za studij ${c.n.courseCode()} je zaprimljena. Školarina iznosi ${c.n.amount()}, a prva rata dospijeva ${c.n.date()} na račun ${c.iban("HR")}. OIB ${c.n.nationalId()} je upisan.

Srdačan pozdrav,
${c.P(c.person("hr").full)}
Studentska služba, ${c.phone("HR", c.pick(["national", "intl"]))}` } },
  { kind: "sms", make: (c) => t`Ljekarna Online: narudžba ${c.n.order()} stiže ${c.n.date()} u ${c.n.time()}. Praćenje ${c.n.tracking()}. Dostavljač ${c.P(c.person().first)}` },
  { kind: "chat", make: (c) => { const p = c.person(); return t`Korisnik: ${c.nfd("bok, ovo je hitno, molim odgovor")} ${c.emoji()} ovdje ${c.P(p.full)}, trebam selidbu ${c.n.volume()} i skladište
Agent ${c.P(c.person("hr").first)}: Pozdrav! Poštanski broj?
Korisnik: ${c.n.postcode()} Zagreb
Agent: Ponuda ${c.n.quote()} ide na e-mail. Koja adresa?
Korisnik: ${c.email(p)}, mob ${c.phone(undefined, "national")}` } },
  { kind: "summary", make: (c) => { const p = c.person(); return t`Sažetak poziva: ${c.P(p.full)} traži povrat ${c.n.amount()} za recept ${c.n.prescription()}. Plaćeno karticom ${c.card()}. Povrat na ${c.iban()}.` } },
  { kind: "note", make: (c) => t`šteta - kamion ${c.n.plate()}, sanduk ${c.n.storageUnit()}, ${c.n.weight()}. stranka ${c.P(c.person().last)}. stara kartica ${c.n.badCard()} odbijena. ${c.n.date()}` },
  { kind: "json", make: (c) => { const p = c.person(); return t`{"ime":"${c.P(p.full)}","oib":"${c.n.nationalId()}","email":"${c.email(p)}","mob":"${c.phone(undefined, "intl")}","ip":"${c.ip()}","soba":"${c.n.room()}"}` } },
  { kind: "complaint", make: (c) => { const p = c.person(); return t`Poštovani,

Lijek iz narudžbe ${c.n.order()} nije stigao, a platio sam ${c.n.amount()} za dostavu. Molim povrat na ${c.iban("HR")}.

${c.P(p.full)}, ${c.phone("HR", c.pick(["national", "intl"]))}

> ${c.n.date()} ${c.P(c.person("hr").full)} je napisao/la:
> Poštovani ${c.P(p.last)}, ispričavamo se.` } },
  { kind: "note", make: (c) => t`bez osobnih podataka. OIB ${c.n.nationalId()} greškom upisan, obrisan. račun ${c.n.invoice()} ${c.n.amount()}, serija ${c.n.batch()}, šifra ${c.n.productCode()}. IBAN ${c.n.badIban("HR")} neispravan. ${c.n.date()}` },
]
