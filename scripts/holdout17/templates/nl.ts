// Dutch: the Netherlands and Flanders.
import { t } from "../render.ts"
import type { Template } from "./en.ts"

export const nl: Template[] = [
  { kind: "email", make: (c) => { const p = c.person(); return t`Onderwerp: Inschrijving ${c.n.applicationRef()}

Beste ${c.P(p.first)},

Je aanmelding voor ${c.n.courseCode()} is ontvangen. Het collegegeld (${c.n.amount()}) kun je in tien termijnen betalen; de eerste termijn wordt op ${c.n.date()} afgeschreven van ${c.iban(c.pick(["NL", "BE"]))}.

Vragen? Bel ${c.phone("NL", c.pick(["national", "dashes", "intl"]))} of mail ${c.role("studentzaken", "hogeschool-amstelland.nl")}.

Met vriendelijke groet,
${c.P(c.person("nl").full)}
Studentenadministratie` } },
  { kind: "sms", make: (c) => t`Apotheek Online: uw herhaalrecept ${c.n.prescription()} is klaar. Bezorging ${c.n.date()} tussen ${c.n.time()} en ${c.n.time()}. Track & trace ${c.n.tracking()}. Vragen: ${c.phone(c.pick(["NL", "BE"]), "national")}` },
  { kind: "chat", make: (c) => { const p = c.person(); const a = c.person("be"); return t`${c.n.time()} ${c.P(a.first)} (medewerker): Goeiedag, waarmee kan ik helpen?
${c.n.time()} klant: dag, ik ben ${c.P(p.full)} ${c.emoji()} de verhuizers hebben mijn kast beschadigd, offerte ${c.n.quote()}
${c.n.time()} ${c.P(a.first)} (medewerker): Vervelend! Mag ik uw e-mailadres voor het schadeformulier?
${c.n.time()} klant: ${c.email(p)}
${c.n.time()} ${c.P(a.first)} (medewerker): Dank u. Het formulier is verstuurd. Kratnummer was ${c.n.storageUnit()}?
${c.n.time()} klant: ja klopt` } },
  { kind: "summary", make: (c) => { const p = c.person(); return t`Samenvatting (AI): ${c.pick(["Mevrouw", "Meneer"])} ${c.P(p.last.replace(/^van /, "Van ").replace(/^de /, "De "))} belde over de terugbetaling van bestelling ${c.n.order()} (product ${c.n.productCode()}, ${c.n.batch()}). Het bedrag van ${c.n.amount()} wordt teruggestort op ${c.iban()}. Terugbelnummer: ${c.phone()}.` } },
  { kind: "note", make: (c) => t`verhuizing ${c.n.quote()} - ${c.n.volume()}, ${c.n.weight()} piano, bus ${c.n.plate()}, postcode ${c.n.postcode()}. klant ${c.P(c.person().full)} wil opslag box ${c.n.storageUnit()} vanaf ${c.n.date()}. betaald met kaart ${c.card()}` },
  { kind: "form", make: (c) => { const p = c.person(); return t`Naam: ${c.P(p.full)}
E-mail: ${c.email(p)}
Telefoon: ${c.phone()}
Studentnummer: ${c.n.studentNumber()}
Kamer: ${c.n.room()}
Huur per maand: ${c.n.amount()}
Rekening: ${c.iban()}
Opmerking: oude rekening ${c.n.badIban(c.pick(["NL", "BE"]))} klopt niet meer` } },
  { kind: "complaint", make: (c) => { const p = c.person(); const a = c.person(); return t`Geachte heer/mevrouw,

Voor de tweede keer is mijn medicijn niet geleverd (bestelling ${c.n.order()}). Ik heb ${c.n.amount()} betaald voor een bezorgslot. Ik verwacht een terugbetaling.

${c.P(p.full)}

> Op ${c.n.date()} schreef ${c.P(a.full)} <${c.role("klantenservice", "apotheekdirect.be")}>:
> Beste ${c.P(p.first)}, onze excuses. De koerier had vertraging.` } },
  { kind: "json", make: (c) => { const p = c.person(); return t`{"aanvraag":"${c.n.applicationRef()}","naam":"${c.P(p.full)}","email":"${c.email(p)}","tel":"${c.phone(undefined, "e164")}","opleiding":"${c.n.courseCode()}","ip":"${c.ip()}","datum":"${c.n.date()}"}` } },
  { kind: "note", make: (c) => t`Geen klantgegevens. Voorraad ${c.n.productCode()} (${c.n.batch()}) geteld op ${c.n.date()}. Betaalreferentie ${c.n.badCard()} hoort bij de bank. IBAN ${c.n.badIban(c.pick(["NL", "BE"]))} op het retourformulier klopt niet (controlegetal). Opslag ${c.n.storageUnit()}, ${c.n.volume()}, factuur ${c.n.invoice()} ${c.n.amount()}.` },
  { kind: "sms", make: (c) => t`Beste ${c.P(c.person().first)}, uw verhuizers (bus ${c.n.plate()}) komen ${c.n.date()} om ${c.n.time()}. Bel bij vragen ${c.phone("BE", c.pick(["national", "brackets", "intl"]))}. Offerte ${c.n.quote()}.` },
]
