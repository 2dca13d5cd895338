// Extra templates for nl it pt sv da hu: speech-to-text in lower case, quoted
// complaint replies, and texts holding only lookalikes.
import { t } from "./render.ts"
import type { Template } from "./en.ts"

export const NL2: Template[] = [
  ["repair", (s) => t`spraak naar tekst ${s.time()} goedemorgen met ${s.lower()} ik huur de woning aan de ${s.place(s.one(["Victoria", "Florence"]))}straat de afvoer is verstopt sinds ${s.date()} bel me op ${s.phone("NL")}`],
  ["complaint", (s) => t`${s.emo()}Nog steeds geen reactie!

Op ${s.date()} om ${s.time()} schreef ${s.other()} <${s.roleMail("klantenservice", "zonreizen.nl")}>:
> Beste ${s.first()}, uw klacht over boeking ${s.booking()} is in behandeling. Restitutie ${s.amount()}.`],
  ["note", (s) => t`Oplevering ${s.propRef()}: ${s.rooms()}, ${s.area()}, huur ${s.amount()}, borg ${s.deposit()}. Meterstand ${s.meter()}. Pas ${s.badCard()} geweigerd. Volgende controle ${s.date()} ${s.time()}.`],
]

export const IT2: Template[] = [
  ["whatsapp", (s) => t`[${s.time()}] ${s.first()}: ${s.emo()}ciao sono ${s.lower()} il riscaldamento non va 🥶 mi chiamate al ${s.phone("IT")}? grazie`],
  ["passport", (s) => t`Nota agenzia ${s.date()}: passaporto ${s.passport()} in scadenza il ${s.date()}, volo ${s.flight()} ${s.time()}, pacchetto ${s.pkg()}, saldo ${s.amount()}. IBAN errato ${s.badIban("IT")} – richiesto nuovo.`],
  ["debit", (s) => t`RID/SDD – donatore ${s.donor()}: ${s.titled()} chiede di spostare la donazione mensile di ${s.amount()} sul conto ${s.iban()}. Conferma a ${s.email()}. IP modulo ${s.ip()}.`],
]

export const PT2: Template[] = [
  ["repair", (s) => t`transcrição ${s.time()} olá é a ${s.lower()} do ${s.n(1, 9)}º esquerdo a humidade na sala está pior desde ${s.date()} podem ligar para ${s.phone("PT")} obrigada`],
  ["complaint", (s) => t`${s.emo()}Continuo à espera do reembolso.

Em ${s.date()}, ${s.other()} <${s.roleMail("apoio", "viagenssol.pt")}> escreveu:
> Cara ${s.first()}, a reserva ${s.booking()} foi cancelada. Reembolso de ${s.amount()} para ${s.iban("PT")}.`],
  ["note", (s) => t`Vistoria ${s.propRef()} – ${s.rooms()}, ${s.area()}, renda ${s.amount()}, caução ${s.deposit()}. Contador ${s.meter()}. IBAN ${s.badIban("PT")} rejeitado. Próxima visita ${s.date()} ${s.time()}.`],
]

export const SV2: Template[] = [
  ["repair", (s) => t`tal till text ${s.time()} hej det är ${s.lower()} jag bor på ${s.place(s.one(["Victoria", "Lincoln"]))}gatan element är kalla sedan ${s.date()} ring ${s.phone("SE")} tack`],
  ["complaint", (s) => t`${s.emo()}Fortfarande ingen återbetalning!

Den ${s.date()} skrev ${s.other()} <${s.roleMail("kundtjanst", "solresor.se")}>:
> Hej ${s.first()}, din bokning ${s.booking()} är avbokad. Vi betalar ${s.amount()} till ${s.iban("SE")}.`],
  ["note", (s) => t`Besiktning ${s.propRef()}: ${s.rooms()}, ${s.area()}, hyra ${s.amount()}, deposition ${s.deposit()}. Mätare ${s.meter()}. Personnr ${s.natId()} raderat. Nästa ${s.date()} ${s.time()}.`],
]

export const DA2: Template[] = [
  ["whatsapp", (s) => t`[${s.time()}] ${s.first()}: ${s.emo()}hej det er ${s.lower()} fra nr. ${s.n(2, 90)} radiatoren virker ikke ring ${s.phone("DK")} tak`],
  ["passport", (s) => t`Notat ${s.date()}: ${s.full()} spørger om pas ${s.passport()} er gyldigt til ${s.place(s.one(["Jordan", "Florence"]))}. Fly ${s.flight()}. Ringede fra ${s.intlPhone()}. Kort ${s.badCard()} afvist.`],
  ["note", (s) => t`Indflytning ${s.propRef()}: ${s.rooms()}, ${s.area()}, husleje ${s.amount()}, depositum ${s.deposit()}. Måler ${s.meter()}. CPR ${s.natId()} ikke gemt. Næste besøg ${s.date()} kl. ${s.time()}.`],
]

export const HU2: Template[] = [
  ["repair", (s) => t`hangátirat ${s.time()} jó napot ${s.lower()} vagyok a ${s.n(2, 40)} es lakásból beázik a fürdőszoba ${s.date()} óta hívjanak a ${s.phone("HU")} számon`],
  ["complaint", (s) => t`${s.emo()}Még mindig nem kaptam vissza a pénzt!

${s.date()} ${s.time()}, ${s.other()} <${s.roleMail("ugyfelszolgalat", "napfenyutazas.hu")}> írta:
> Kedves ${s.first()}! A ${s.booking()} foglalását töröltük, ${s.amount()} visszatérítés a ${s.iban("HU")} számlára.`],
  ["note", (s) => t`Átadás ${s.propRef()}: ${s.rooms()}, ${s.area()}, bérleti díj ${s.amount()}, kaució ${s.deposit()}. Mérőállás ${s.meter()}. Adóazonosító ${s.natId()} törölve. Következő ${s.date()} ${s.time()}.`],
]
