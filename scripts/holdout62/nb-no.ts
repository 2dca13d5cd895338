// nb-NO texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("nb-NO")

export const NB_NO = [
  t("chat", `Fjordtrygg Forsikring – Melde skade
[08:40] Du: hei, det har gått et vannrør i kjelleren, alt står under vann
[08:41] {{PERSON|Silje}} (Skadeavdelingen): Hei! Så leit. Kan jeg få navn og polisenummer?
[08:42] Du: {{PERSON|Amir Hashemi}}, {{neg:policy-number|FT-8830-4471}}
[08:43] {{PERSON|Silje}} (Skadeavdelingen): Takk, {{PERSON|Amir}}. Skadenummeret ditt er {{neg:claim-number|SKD-2026-33018}}. En takstmann ringer deg. Hvilket nummer?
[08:43] Du: {{PHONE|924 18 377}}`),
  t("note", `Skade {{neg:claim-number|SKD-2026-33244}}, innbrudd i bod. Forsikringstaker {{PERSON|Ingrid Haugen}}, Oslo {{neg:postcode|0458}}. Anmeldt til politiet {{neg:date|3. desember}}. Egenandel {{neg:amount|4 000 kr}}. Tlf. {{PHONE|22 71 40 93}}, mobil {{PHONE|480 33 217}}.`),
  t("email", `Emne: Avdragsfrihet boliglån {{neg:loan-number|BL-2241-7730}}

Hei,

Jeg er permittert fra jobben og ønsker avdragsfrihet i seks måneder. Terminbeløpet er i dag {{neg:amount|kr 9 412}}. Min samboer, {{PERSON|Tomasz Kowalczyk}}, er medlåntaker.

Dere kan nå meg på {{PHONE|+47 413 82 906}}.

Med vennlig hilsen
{{PERSON|Marte Solberg}}`),
  t("transcript", `RÅDGIVER: Vestlandsbanken, boliglån, du snakker med {{PERSON|Håkon}}.
KUNDE: Hei, dette er {{PERSON|Sigrid Dahl}}. Jeg vil endre konto for trekk av terminbeløpet.
RÅDGIVER: Det ordner vi. Nytt kontonummer?
KUNDE: {{IBAN|NO41 1503 0112 345}}.
RÅDGIVER: Takk. Og et telefonnummer?
KUNDE: {{PHONE|ni to fire, null fem, seks en åtte}}.
RÅDGIVER: {{PHONE|924 05 618}}, notert.`),
  t("sms", `Bølgenett: Hei {{PERSON|Abdirahman}}! Fakturaen din på {{neg:amount|kr 449}} forfaller {{neg:date|20.12.2026}}. KID {{neg:kid-number|4471 2209 8813 4}}. Spørsmål? Ring {{PHONE|800 33 120}}`),
  t("ticket", `FAKTURAKLAGE
Kunde: {{PERSON|Warsame, Abdirahman}}
Mobil: {{PHONE|459 12 804}}
Kundenr: {{neg:customer-number|BN-5520914}}
Sak: belastet {{neg:amount|kr 210}} for data i Sverige {{neg:date|12.11.2026}}, har EU-pakke
E-post: {{EMAIL|a.warsame@postkasse.example}}
IP: {{IP_ADDRESS|10.0.8.61}}`),
  t("chat", `Handlekurven – Kundeservice
Handlekurven Bot: Hei! Hva kan vi hjelpe med?
Kunde: ordre {{neg:order-number|HK-882104}} manglet fisken
{{PERSON|Thea}} hos Handlekurven: Beklager! Jeg refunderer {{neg:amount|kr 119,90}}. Skal sjåføren ringe før levering neste gang?
Kunde: ja takk {{PHONE|+47 952 60 418}}`),
  t("note", `Handlekurven - klage. Kunde {{PERSON|Kjell Arne Nygård}} (84) fikk varer levert hos naboen. Full refusjon {{neg:amount|kr 734}}. Datteren {{PERSON|Hilde}} styrer kontoen, ring {{PHONE|55 31 27 40}}.`),
  t("email", `Emne: Oppsigelse StrømmeNord

Hei,

Jeg ønsker å si opp abonnementet fra {{neg:date|1. januar}}. Kundenummer {{neg:customer-number|SN-3318290}}. Ikke trekk flere beløp fra kortet {{CARD|4147 2009 5538 8618}}.

Hilsen
{{PERSON|Eirik Bråten}}
{{EMAIL|eirik.braaten@postkasse.example}}`),
  t("transcript", `resepsjonist fjordhotellet booking det er {{PERSON|ida}}
gjest hei jeg vil forlenge oppholdet mitt i ålesund med en natt
resepsjonist hva er bookingnummeret
gjest {{neg:booking-ref|fh 2291 7}}
resepsjonist og navnet
gjest {{PERSON|leon kristiansen}}
resepsjonist takk {{PERSON|leon}} jeg legger til natten {{neg:date|22. desember}} og sender sms til {{PHONE|fire seks åtte, to to, ni en null}}
gjest flott`),
  t("sms", `Veihjelp: Hei {{PERSON|Ragnhild}}, bergingsbilen med {{PERSON|Stian}} er hos deg om ca. 35 min. Oppdrag {{neg:reference|VH-7720413}}. Tlf {{PHONE|23 20 48 11}}`),
  t("note", `Berging E6 ved Dombås, flatt batteri. Forsikret {{PERSON|Jonas Lie Amundsen}}, reg.nr {{neg:plate|EL 42817}}. Bil sendt {{neg:time|11:50}}. Mobil {{PHONE|971 44 028}}. Polise {{neg:policy-number|BIL-5530-2298}}.`),
  t("ticket", `HITTEGODS – Kollektivtrafikk
Navn: {{PERSON|Nora Ahmadi}}
Linje: trikk 17, {{neg:date|2. desember}}, rundt {{neg:time|18:05}}
Gjenstand: svart lommebok med bankkort
Telefon: {{PHONE|416 90 327}}
E-post: {{EMAIL|nora.ahmadi@postkasse.example}}
Postnummer: {{neg:postcode|0562}}`),
  t("email", `Emne: Nedbetalingsplan strømregning, faktura {{neg:invoice-number|F-2026-771043}}

Hei {{PERSON|Astrid}},

Takk for samtalen. Jeg godtar å betale {{neg:amount|kr 5 820}} over seks måneder. Trekk fra konto {{IBAN|NO53 6005 0618 824}}. Kontoen jeg oppga først, {{neg:iban-checksum|NO64 6005 0618 824}}, var feil.

Vennlig hilsen
{{PERSON|Bjørn Kvale}}
{{PHONE|73 52 18 60}}`),
  t("chat", `Sykehuset Innlandet Øst – Poliklinikk timebestilling
[13:10] Du: må flytte timen til min mor på øyepoliklinikken
[13:11] {{PERSON|Kristine}} (Timebestilling): Det går fint. Navn og fødselsdato?
[13:11] Du: {{PERSON|Solveig Rønning}}, {{neg:date|04.09.1939}}
[13:13] {{PERSON|Kristine}} (Timebestilling): Ny time {{neg:date|16. januar}} kl. {{neg:time|10:15}}. SMS sendes til {{PHONE|930 21 774}}.`),
  t("sms", `Sykehuset Innlandet Øst: Påminnelse om time ved ortopedisk poliklinikk {{neg:date|11.12.2026}} kl. {{neg:time|08:45}}. Endre time: {{PHONE|61 27 40 00}}.`),
]
