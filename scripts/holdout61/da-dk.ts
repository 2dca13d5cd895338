// da-DK texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("da-DK")

export const DA_DK = [
  t("chat", `Løveapoteket – chat
[10:03] Gæst: hej, er min fars recept klar? {{PERSON|Poul Erik Sørensen}}
[10:05] {{PERSON|Mette}} (farmaceut): Hej! Ja, den er klar til afhentning. Pris {{neg:amount|142,50 kr.}}
[10:05] Gæst: tak, jeg henter den i eftermiddag. jeg er {{PERSON|Kasper}}, hans søn. hvis I skal fange mig: {{PHONE|22 41 87 90}}
[10:06] {{PERSON|Mette}} (farmaceut): Perfekt, {{PERSON|Kasper}}. Vi har åbent til {{neg:time|17.30}}.`),
  t("email", `Emne: Depositum – lejlighed Nørrebrogade 112, 3. th., {{neg:postcode|2200}} København N

Kære {{PERSON|Signe}},

Tak for en god fraflytning den {{neg:date|30. november}}. Vi tilbagebetaler depositum på {{neg:amount|27.000 kr.}} fratrukket {{neg:amount|1.850 kr.}} til maling. Beløbet overføres til {{IBAN|DK32 1345 0072 2201 83}} inden {{neg:date|15. december}}.

Venlig hilsen
{{PERSON|Jens Kragh}}
Boligudlejning Nordvest
Tlf. {{PHONE|33 12 44 80}}`),
  t("transcript", `AGENT: Dyrlægehuset Fyn, {{PERSON|Louise}}.
OPKALDER: Hej, det er {{PERSON|Henrik Dahl Jepsen}}. Min hund har spist rottegift, tror jeg.
AGENT: Kom med det samme. Hvad er dit nummer, hvis vi skal ringe?
OPKALDER: {{PHONE|toogtyve, enogfyrre, syvogfirs, halvfems}}... nej undskyld, det er min kones. Mit er {{PHONE|fyrre, atten, treogtredive, tooghalvfjerds}}.
AGENT: {{PHONE|40 18 33 72}}. Vi ses.`),
  t("note", `Realkredit – kunde {{PERSON|Nielsen, Rasmus}} + {{PERSON|Camilla Bach Nielsen}}. Køb af rækkehus Viby J, {{neg:amount|3.450.000 kr.}}. Udbetaling 5 %. Møde {{neg:date|17.12}} kl. {{neg:time|9.00}}. Tlf. {{PHONE|86 12 45 09}}.`),
  t("sms", `PakkeLyn: Din pakke {{neg:tracking-number|PL 7001 4418 DK}} leveres i dag mellem {{neg:time|14:00}} og {{neg:time|17:00}}. Chauffør: {{PERSON|Ahmad}}. Spørgsmål: {{PHONE|70 20 11 88}}`),
  t("ticket", `Sag {{neg:ticket-number|OPT-2026-2217}} – Optagelse, Aarhus Nordic University
Ansøger: {{PERSON|LARSEN, Freja}}
Uddannelse: Cand.scient. i biologi
Problem: bachelorbevis mangler i ansøgningsportalen
Kontakt: {{EMAIL|freja.larsen@post.example}}, {{PHONE|+45 61 77 30 29}}
Sagsbehandler: {{PERSON|Birgitte Holm}}`),
  t("email", `Emne: Fast donation – nyt kontonummer

Hej,

Jeg støtter Red Barnets Venner med {{neg:amount|150 kr.}} om måneden. Jeg har skiftet bank, så fremover skal beløbet trækkes fra {{IBAN|DK41 0643 0003 8417 74}}. Det gamle konto-IBAN, {{neg:iban-checksum|DK14 0643 0003 8417 74}}, som står i jeres brev, er i øvrigt forkert.

Mvh.
{{PERSON|Ingrid Vestergaard}}
{{PHONE|31 64 20 58}}`),
  t("chat", `Du (21:44): hej, min streamingtjeneste blev trukket to gange
FilmFyr Support – {{PERSON|Mikkel}} (21:46): Hej! Jeg kan se to træk på {{neg:amount|DKK 129}} den {{neg:date|1. december}}. Det ene refunderes nu.
Du (21:46): tak. kortet ender på {{neg:masked-card|**** 1428}}
FilmFyr Support – {{PERSON|Mikkel}} (21:47): Korrekt. Pengene er tilbage inden for 5 bankdage.`),
  t("note", `Biludlejning Billund Lufthavn: kunde {{PERSON|Gunnhild Ås}} (NO) kontrakt {{neg:contract-number|BLL-44018}}. Ridse på bagklap – fotos fra udlevering viser den allerede. Ingen opkrævning. Tlf. {{PHONE|+47 412 88 305}}.`),
  t("transcript", `[00:00:02] agent: tandlægerne på torvet det er {{PERSON|pernille}}
[00:00:05] opkalder: hej jeg vil gerne aflyse min tid på torsdag
[00:00:08] agent: hvad er navnet
[00:00:09] opkalder: {{PERSON|søren østergaard}} med dobbelt a
[00:00:13] agent: det er aflyst {{PERSON|søren}} skal vi finde en ny tid
[00:00:16] opkalder: ja ring til mig på {{PHONE|otteogtyve, halvfems, elleve, treogfyrre}}`),
  t("ticket", `Bagagesag {{neg:reference|CPHSK60211}} – Nordlys Airlines
Passager: {{PERSON|Amalie Kristensen-Obi}}
Fly {{neg:flight-number|NL 1427}} Lagos–København via Amsterdam, {{neg:date|04.12.2026}}
Kuffert: grøn, mærke {{neg:tracking-number|NL 204418}}
Levering: Amagerbrogade 201, {{neg:postcode|2300}} København S
Kontakt: {{PHONE|52 18 44 06}}, {{EMAIL|amalie.ko@mail.example}}`),
  t("sms", `Tandlæge {{PERSON|Holst}}: Husk {{PERSON|Viggos}} tid {{neg:date|18.12}} kl. {{neg:time|8.30}}. Afbud: {{PHONE|98 12 33 47}}`),
  t("email", `Emne: Udbetaling af pension – {{PERSON|Bent Møller}}

Kære Pensionskassen Kongeå

Jeg går på pension pr. {{neg:date|1. marts 2027}} og ønsker udbetaling til min konto {{IBAN|DK62 9180 1209 1188 24}}. Medlemsnummer {{neg:member-number|PKK-118204}}.

Med venlig hilsen
{{PERSON|Bent Møller}}
{{PHONE|0045 75 12 90 33}}`),
  t("chat", `[lør 13:10] {{PERSON|emil}}: hej har I iphone 16 på lager i Odense?
[lør 13:12] {{PERSON|Sofie}} – MobilKompagniet Odense: Hej {{PERSON|Emil}}! Ja, i sort og hvid. {{neg:amount|6.499 kr.}}
[lør 13:12] {{PERSON|emil}}: kan I lægge en sort til side? {{PHONE|29 84 10 72}}
[lør 13:13] {{PERSON|Sofie}} – MobilKompagniet Odense: Lagt til side til i morgen kl. 18… ups, vi lukker {{neg:time|16:00}} om søndagen.`),
  t("note", `Donor fru {{PERSON|Aase Thygesen}} ringede – vil give engangsbeløb {{neg:amount|500 kr.}} med kort {{CARD|6011 1299 3008 1428}}. Kvittering til {{EMAIL|aase.thygesen@jubii.example}}. Modtaget af {{PERSON|Jonas}}.`),
  t("transcript", `AGENT: PakkeLyn kundeservice, {{PERSON|Nikolaj}}.
KUNDE: Hej, {{PERSON|Fatima Al-Hassan}} her. Min pakke står som leveret, men den er her ikke.
AGENT: Hvad er sporingsnummeret?
KUNDE: {{neg:tracking-number|PL 7001 4420 DK}}.
AGENT: Den er leveret til nabo i nr. 14. Skal chaufføren ringe til dig på {{PHONE|26 41 09 87}}?
KUNDE: Ja tak.`),
  t("sms", `Boligudlejning Nordvest: {{PERSON|Signe}}, husk at aflevere nøgler senest {{neg:date|2.12}} kl. 12. Mvh {{PERSON|Jens}}`),
]
