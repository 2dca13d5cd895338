// sv-SE texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("sv-SE")

export const SV_SE = [
  t("chat", `Trygghem Försäkring – Skadeanmälan
[09:20] Du: hej, vi har fått vattenläcka från diskmaskinen, golvet i köket är förstört
[09:21] {{PERSON|Malin}} (Skadeservice): Hej! Vad tråkigt. Kan jag få ditt namn och försäkringsnummer?
[09:22] Du: {{PERSON|Dragan Petrović}}, {{neg:policy-number|TH-5520-8814}}
[09:23] {{PERSON|Malin}} (Skadeservice): Tack {{PERSON|Dragan}}. Ditt skadenummer är {{neg:claim-number|SK-2026-77104}}. En värderingsman ringer dig. Vilket nummer?
[09:23] Du: {{PHONE|070-482 19 36}}`),
  t("note", `Skada {{neg:claim-number|SK-2026-77391}}, inbrott i källarförråd. Försäkringstagare {{PERSON|Elin Bergström}}, Solna {{neg:postcode|171 45}}. Polisanmälan gjord {{neg:date|2 december}}. Självrisk {{neg:amount|1 500 kr}}. Nås på {{PHONE|08-729 41 05}} efter kl. {{neg:time|17.00}}.`),
  t("email", `Ämne: Amorteringsfrihet bolån {{neg:loan-number|BL 4419 2203 88}}

Hej,

Jag har blivit uppsagd och vill ansöka om amorteringsfrihet i sex månader. Nuvarande amortering är {{neg:amount|2 350 kr}} i månaden. Min sambo {{PERSON|Yasmin Abdi}} är medlåntagare.

Ni når mig på {{PHONE|073-650 22 91}}.

Vänliga hälsningar
{{PERSON|Oskar Lundgren}}`),
  t("transcript", `HANDLÄGGARE: Nordbanken bolån, du pratar med {{PERSON|Johan}}.
KUND: Hej, {{PERSON|Sara Nilsson}} heter jag. Jag vill byta konto för dragningen.
HANDLÄGGARE: Absolut. Vilket konto?
KUND: {{IBAN|SE56 3000 0000 0322 1980 4473}}.
HANDLÄGGARE: Tack. Och ett nummer vi kan ringa om något strular?
KUND: {{PHONE|noll sju noll, sju sju fyra, tre tre, åtta två}}.
HANDLÄGGARE: {{PHONE|070-774 33 82}}, toppen.`),
  t("sms", `Vågnät: Hej {{PERSON|Zeynep}}! Din faktura på {{neg:amount|299 kr}} förfaller {{neg:date|2026-12-28}}. OCR {{neg:ocr-number|4471 2209 8813}}. Frågor: {{PHONE|020-22 40 40}}`),
  t("ticket", `FAKTURAREKLAMATION
Kund: {{PERSON|Kaya, Zeynep}}
Mobilnr: {{PHONE|076-118 92 07}}
Kundnr: {{neg:customer-number|VN-3308127}}
Ärende: debiterad {{neg:amount|189 kr}} för surf i Norge {{neg:date|2026-11-14}}, har EU-tillägg
E-post: {{EMAIL|zeynep.kaya@brevlada.example}}
IP: {{IP_ADDRESS|192.0.2.88}}`),
  t("chat", `Matkassen Direkt – Kundtjänst
Matkassen Bot: Hej! Hur kan vi hjälpa till?
Kund: order {{neg:order-number|MD-20261205-771}} saknade mjölken och brödet
{{PERSON|Ebba}} på Matkassen: Förlåt! Jag återbetalar {{neg:amount|54,90 kr}}. Ska budet ringa innan nästa gång?
Kund: ja tack {{PHONE|+46 72 915 03 46}}`),
  t("note", `Matkassen - klagomål. Kund {{PERSON|Gunnel Åberg}} (87) fick leverans till fel port. Full återbetalning {{neg:amount|612 kr}}. Hennes son {{PERSON|Mats}} sköter kontot, ring {{PHONE|031-704 18 22}}.`),
  t("email", `Ämne: Uppsägning StreamNord

Hej,

Jag vill säga upp mitt abonnemang från {{neg:date|1 januari 2027}}. Kundnummer {{neg:customer-number|SN-8820413}}. Dra inga fler pengar från kortet {{CARD|2223 1045 9913 8762}}.

Mvh
{{PERSON|Ahmed Hussein}}
{{EMAIL|ahmed.hussein@brevlada.example}}`),
  t("transcript", `receptionist hotell skärgården bokning {{PERSON|linnea}}
gäst hej jag vill lägga till en natt på min bokning i visby
receptionist vad är bokningsnumret
gäst {{neg:booking-ref|sg 4471 2}}
receptionist och namnet
gäst {{PERSON|mikael johansson}}
receptionist tack {{PERSON|mikael}} jag lägger till natten {{neg:date|21 december}} och skickar sms till {{PHONE|noll sju tre, två nio åtta, fyra fyra, sex ett}}
gäst perfekt`),
  t("sms", `Vägassistans: Hej {{PERSON|Anders}}, bärgaren {{PERSON|Kent}} är hos dig om ca 30 min. Ärende {{neg:reference|VA-6620418}}. Tel {{PHONE|0771-22 33 40}}`),
  t("note", `Bärgning E4 vid Gnesta, motorstopp. Försäkrad {{PERSON|Nadia Haddad}}, reg.nr {{neg:plate|KRT 41B}}. Bärgare skickad {{neg:time|13.25}}. Mobil {{PHONE|070-355 61 84}}. Försäkring {{neg:policy-number|BIL 7730 2284}}.`),
  t("ticket", `HITTEGODS – Lokaltrafiken
Namn: {{PERSON|Maja Eriksson}}
Linje: buss 4, {{neg:date|3 december}}, ca {{neg:time|16.40}}
Föremål: blå vante och nyckelknippa
Telefon: {{PHONE|08-654 72 19}}
E-post: {{EMAIL|maja.eriksson@brevlada.example}}
Postnummer: {{neg:postcode|118 27}}`),
  t("email", `Ämne: Avbetalningsplan elräkning, faktura {{neg:invoice-number|EF 2026 448173}}

Hej {{PERSON|Karin}},

Tack för samtalet. Jag godkänner avbetalning av {{neg:amount|3 480 kr}} på fyra månader. Autogiro från {{IBAN|SE69 9500 0099 6026 0441 7730}}.

Hälsningar
{{PERSON|Per-Olof Strand}}
{{PHONE|090-14 22 87}}`),
  t("chat", `Sjukhuset Norrvik – Mottagningsbokning
[10:05] Du: jag behöver boka om min pappas tid på ögonmottagningen
[10:06] {{PERSON|Ida}} (Bokning): Absolut. Namn och födelsedatum?
[10:06] Du: {{PERSON|Bengt Holmgren}}, {{neg:date|1941-04-22}}
[10:08] {{PERSON|Ida}} (Bokning): Ny tid {{neg:date|14 januari}} kl. {{neg:time|09.30}}. Bekräftelse skickas till {{PHONE|070-218 47 55}}.`),
  t("sms", `Sjukhuset Norrvik: Påminnelse om din tid på hudmottagningen {{neg:date|2026-12-11}} kl {{neg:time|13.15}}. Av- eller omboka: {{PHONE|018-611 00 00}}.`),
]
