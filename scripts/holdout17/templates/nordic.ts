// Swedish, Danish and Norwegian.
import { t } from "../render.ts"
import type { Template } from "./en.ts"

export const sv: Template[] = [
  { kind: "email", make: (c) => { const p = c.person(); return t`Hej ${c.P(p.first)}!

Tack för din ansökan (${c.n.applicationRef()}) till programmet ${c.n.courseCode()}. Vi behöver ditt personnummer ${c.n.nationalId()} bekräftat och ett intyg senast ${c.n.date()}. Studieavgiften är ${c.n.amount()}.

Ring oss på ${c.phone("SE", c.pick(["national", "intl"]))} vid frågor.

Med vänliga hälsningar
${c.P(c.person("sv").full)}
Antagningen` } },
  { kind: "sms", make: (c) => t`Apoteket Hem: din order ${c.n.order()} levereras ${c.n.date()} kl. ${c.n.time()}. Spåra: ${c.n.tracking()}. /${c.P(c.person().first)}` },
  { kind: "chat", make: (c) => { const p = c.person(); return t`Kund: ${c.nfd("hej, förlåt att jag stör")} jag heter ${c.P(p.full)} ${c.emoji()} och vill ha offert på flytt från ${c.n.postcode()} Solna
Handläggare ${c.P(c.person("sv").first)}: Hej! Ungefär hur stor volym? 
Kund: kanske ${c.n.volume()}, och förråd ${c.n.storageUnit()} ska tömmas
Handläggare: Jag skickar offert ${c.n.quote()} till din mejl. Vilken adress?
Kund: ${c.email(p)} eller ring ${c.phone(undefined, "national")}` } },
  { kind: "summary", make: (c) => { const p = c.person(); return t`Sammanfattning: ${c.P(p.full)} ringde om återbetalning av ${c.n.amount()} för receptet ${c.n.prescription()}. Pengarna sätts in på ${c.iban()}. Kunden angav personnummer ${c.n.nationalId()}; inget mer behövs.` } },
  { kind: "note", make: (c) => t`flytt ${c.n.date()}, bil ${c.n.plate()}, ${c.n.weight()}. kund ${c.P(c.person().last)} bet. med ${c.card()}. gammalt kortnr ${c.n.badCard()} avvisat` },
  { kind: "csv", make: (c) => { const a = c.person(), b = c.person(); return t`namn;personnr;mejl;telefon;avgift
${c.P(a.full)};${c.n.nationalId()};${c.email(a)};${c.phone(undefined, "e164")};${c.n.amount()}
${c.P(b.full)};${c.n.nationalId()};${c.email(b)};${c.phone(undefined, "national")};${c.n.amount()}
` } },
  { kind: "complaint", make: (c) => { const p = c.person(); return t`Hej,

Flyttfirman tappade min byrå och ni erbjuder bara ${c.n.amount()}. Det godtar jag inte. Ärende ${c.n.quote()}.

/${c.P(p.full)}

> Den ${c.n.date()} skrev ${c.P(c.person("sv").full)} <${c.role("skador", "flyttabilen.se")}>:
> Hej ${c.P(p.first)}, vi har gått igenom bilderna.` } },
  { kind: "note", make: (c) => t`Inga kunduppgifter. Personnummer ${c.n.nationalId()} i ärendet hör till ett avslutat ärende och ska inte användas. Order ${c.n.order()}, artikel ${c.n.productCode()}, ${c.n.batch()}. Felaktigt IBAN ${c.n.badIban("SE")}. Förråd ${c.n.storageUnit()} ${c.n.volume()}, ${c.n.amount()} ${c.n.date()}.` },
]

export const da: Template[] = [
  { kind: "email", make: (c) => { const p = c.person(); return t`Kære ${c.P(p.first)}

Vi har modtaget din ansøgning om SU-lån (sag ${c.n.applicationRef()}). Dit CPR-nummer ${c.n.nationalId()} er registreret. Første rate på ${c.n.amount()} udbetales ${c.n.date()} til ${c.iban("DK")}.

Venlig hilsen
${c.P(c.person("da").full)}
Studieadministrationen, tlf. ${c.phone("DK", c.pick(["national", "intl"]))}` } },
  { kind: "sms", make: (c) => t`Din flytning ${c.n.quote()} er bekræftet ${c.n.date()} kl. ${c.n.time()}. Chauffør ${c.P(c.person().first)} ringer fra ${c.phone("DK")}. Depotrum ${c.n.storageUnit()}.` },
  { kind: "chat", make: (c) => { const p = c.person(); return t`Kunde: ${c.nfd("hej, på forhånd tak")} ${c.emoji()} min medicin (${c.n.productCode()}) er ikke kommet, ordre ${c.n.order()}
Bot: Beklager. Hvad er dit navn?
Kunde: ${c.P(p.full.toLowerCase())}
Bot: Tak, ${c.P(p.first)}. Pakken ${c.n.tracking()} er forsinket til ${c.n.date()}.` } },
  { kind: "summary", make: (c) => { const p = c.person(); return t`Resumé: ${c.P(p.full)} ringede angående skade på sofa efter flytning (${c.n.volume()}). Erstatning ${c.n.amount()} overføres til ${c.iban()}. Mail: ${c.email(p)}.` } },
  { kind: "note", make: (c) => t`lejer ${c.P(c.person().first)} værelse ${c.n.room()}, husleje ${c.n.amount()}, betalt m. kort ${c.card()} ${c.n.date()}. forkert IBAN ${c.n.badIban("DK")} slettet` },
  { kind: "json", make: (c) => { const p = c.person(); return t`{"kunde":"${c.P(p.full)}","cpr":"${c.n.nationalId()}","telefon":"${c.phone(undefined, "intl")}","ip":"${c.ip()}","recept":"${c.n.prescription()}"}` } },
  { kind: "complaint", make: (c) => { const p = c.person(); return t`Til kundeservice

Min ordre ${c.n.order()} blev stillet uden for døren kl. ${c.n.time()}. Jeg har betalt ${c.n.amount()} for levering. Jeg vil have pengene retur på ${c.iban("DK")}.

Med venlig hilsen
${c.P(p.full)}

> ${c.n.date()} skrev ${c.P(c.person("da").first)} fra Netapoteket:
> Kære ${c.P(p.first)}, vi beklager.` } },
  { kind: "note", make: (c) => t`ingen persondata. CPR ${c.n.nationalId()} slettet fra sagen. flytning ${c.n.quote()} ${c.n.volume()}, ${c.n.weight()}, bil ${c.n.plate()}. kortnr ${c.n.badCard()} ugyldigt. postnr ${c.n.postcode()}` },
]

export const no: Template[] = [
  { kind: "email", make: (c) => { const p = c.person(); return t`Hei ${c.P(p.first)},

Takk for søknaden om studentbolig. Du har fått rom ${c.n.room()} fra ${c.n.date()}. Depositum ${c.n.amount()} betales til ${c.iban("NO")} innen ${c.n.date()}. Fødselsnummer ${c.n.nationalId()} er registrert.

Hilsen ${c.P(c.person("no").full)}
Boligkontoret, ${c.phone("NO", c.pick(["national", "intl"]))}` } },
  { kind: "sms", make: (c) => t`Hei ${c.P(c.person().first.toLowerCase())}! Resepten ${c.n.prescription()} er sendt. Sporing ${c.n.tracking()}. Mvh Nettapoteket` },
  { kind: "chat", make: (c) => { const p = c.person(); return t`Kunde: hei, dette er ${c.P(p.full)} ${c.emoji()} jeg trenger lagerplass for ${c.n.volume()}
Rådgiver ${c.P(c.person("no").first)}: Vi har enhet ${c.n.storageUnit()} ledig. Hva er e-posten din?
Kunde: ${c.email(p)}
Rådgiver: Tilbud ${c.n.quote()} er sendt.` } },
  { kind: "summary", make: (c) => { const p = c.person(); return t`Oppsummering: ${c.P(p.full)} ringte fra ${c.phone()} om skade under flytting. Bil ${c.n.plate()}, ${c.n.weight()} gods. Erstatning ${c.n.amount()} til kort ${c.card()}.` } },
  { kind: "note", make: (c) => t`student ${c.n.studentNumber()} emne ${c.n.courseCode()} - semesteravgift ${c.n.amount()} ikke betalt. kontakt ${c.P(c.person().full)} ${c.phone(undefined, "compact")}. fnr ${c.n.nationalId()}` },
  { kind: "form", make: (c) => { const p = c.person(); return t`Navn: ${c.P(p.full)}
E-post: ${c.email(p)}
Mobil: ${c.phone()}
Postnummer: ${c.n.postcode()}
Kontonummer (IBAN): ${c.iban()}
IP: ${c.ip()}` } },
  { kind: "complaint", make: (c) => { const p = c.person(); return t`Hei,

Jeg har fortsatt ikke fått refusjon på ${c.n.amount()} for bestilling ${c.n.order()}. Kortet mitt er ${c.card()}.

Mvh ${c.P(p.full)}, ${c.phone("NO", c.pick(["national", "intl"]))}

> ${c.n.date()} skrev ${c.P(c.person("no").full)}:
> Hei ${c.P(p.first)}, refusjonen er behandlet.` } },
  { kind: "note", make: (c) => t`ingen kundedata. fødselsnummer ${c.n.nationalId()} i feltet er slettet. lager ${c.n.storageUnit()} ${c.n.volume()}, faktura ${c.n.invoice()} ${c.n.amount()}. IBAN ${c.n.badIban("NO")} feil kontrollsiffer. sporing ${c.n.tracking()}` },
]
