// nl-NL texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("nl-NL")

export const NL_NL = [
  t("chat", `Polderzorg Woonverzekering – Schade melden
[08:55] Jij: goedemorgen, de storm heeft dakpannen van ons huis geblazen
[08:56] {{PERSON|Femke}} (Schadeservice): Goedemorgen! Vervelend. Mag ik uw naam en polisnummer?
[08:57] Jij: {{PERSON|Mohamed El Amrani}}, polis {{neg:policy-number|PZ-7730-1184}}
[08:58] {{PERSON|Femke}} (Schadeservice): Dank u, meneer {{PERSON|El Amrani}}. Uw schadenummer is {{neg:claim-number|SCH-2026-44817}}. Een expert belt u vandaag. Op welk nummer?
[08:58] Jij: {{PHONE|06-41827730}}`),
  t("note", `Schade {{neg:claim-number|SCH-2026-45102}} lekkage badkamer, verz. mevr. {{PERSON|Sanne de Vries}}, Utrecht {{neg:postcode|3521 AZ}}. Loodgieter ingepland {{neg:date|9 december}} {{neg:time|8:00}}-{{neg:time|12:00}}. Eigen risico {{neg:amount|€ 250}}. Tel {{PHONE|030 271 4408}}.`),
  t("email", `Onderwerp: Betalingsregeling hypotheek, leningnummer {{neg:loan-number|HYP 4418 2297 03}}

Geachte heer, mevrouw,

Door een scheiding kan ik de maandlast van {{neg:amount|€ 1.183,40}} tijdelijk niet volledig betalen. Ik wil graag een betalingsregeling bespreken. Mijn ex-partner, {{PERSON|Daan Bakker}}, staat ook op de hypotheek.

U kunt mij bereiken op {{PHONE|06 2844 9170}}.

Met vriendelijke groet,
{{PERSON|Priya Ramdin}}`),
  t("transcript", `MEDEWERKER: Hypotheekservice Lage Landen, u spreekt met {{PERSON|Jeroen}}.
BELLER: Ja hallo, met {{PERSON|Kevin Tjon A Fong}}. Ik wil mijn rekeningnummer voor de incasso wijzigen.
MEDEWERKER: Prima. Wat is het nieuwe IBAN?
BELLER: {{IBAN|NL81 RABO 0301 2259 86}}.
MEDEWERKER: Dank u. En een telefoonnummer voor als er iets misgaat?
BELLER: {{PHONE|nul zes, vierendertig, achtentwintig, negentien, zevenenzestig}}.
MEDEWERKER: Dus {{PHONE|06-34281967}}. Genoteerd.`),
  t("sms", `Golfnet: Hoi {{PERSON|Fatma}}, je rekening van {{neg:amount|€ 32,50}} staat klaar en wordt {{neg:date|14-12}} afgeschreven. Vragen? Bel {{PHONE|0800-0224}}`),
  t("ticket", `KLACHT FACTUUR
Klant: {{PERSON|Yıldız, Fatma}}
Nummer: {{PHONE|06 5512 7739}}
Klantnummer: {{neg:customer-number|GN-8810324}}
Omschrijving: {{neg:amount|€ 18,00}} roamingkosten Turkije {{neg:date|03-11-2026}}, had bundel
E-mail: {{EMAIL|f.yildiz@postvak.example}}
IP: {{IP_ADDRESS|fd4e:22a1:9c0::14}}`),
  t("chat", `Boodschappenbus – Klantenservice
Boodschappenbus Bot: Hoi! Waarmee kunnen we helpen?
Klant: bestelling {{neg:order-number|BB-3309127}} miste de groente
{{PERSON|Lotte}} van Boodschappenbus: Sorry daarvoor! Ik stort {{neg:amount|€ 6,49}} terug. Mag de bezorger je voortaan even bellen?
Klant: ja graag {{PHONE|+31 6 1930 4482}}`),
  t("note", `Boodschappenbus - klacht. Klant dhr. {{PERSON|Joost Visser}} (89) kreeg bezorging om {{neg:time|21:30}} ipv {{neg:time|17:00}}. Tegoed {{neg:amount|€ 10}}. Zijn dochter {{PERSON|Marieke}} regelt het account, bellen via {{PHONE|010 418 2263}}.`),
  t("email", `Onderwerp: Opzeggen abonnement KijkNu

Hallo,

Ik wil mijn abonnement opzeggen per {{neg:date|1 januari}}. Abonneenummer {{neg:member-number|KN-4471209}}. Graag niets meer afschrijven van mijn creditcard {{CARD|5168 3390 2471 5681}}.

Groet,
{{PERSON|Eva van den Berg}}
{{EMAIL|eva.vandenberg@postvak.example}}`),
  t("transcript", `medewerker hotel de gracht reserveringen met {{PERSON|sven}}
beller hoi ik wil mijn kamer een nacht verlengen
medewerker wat is het reserveringsnummer
beller {{neg:booking-ref|dg77219}}
medewerker en uw naam
beller {{PERSON|aisha koroma}}
medewerker dank u mevrouw {{PERSON|koroma}} ik zet de nacht van {{neg:date|20 december}} erbij en sms de bevestiging naar {{PHONE|nul zes, één vijf, drie acht, vijf zes, twee zeven}}
beller top`),
  t("sms", `Wegenwacht Plus: Dhr. {{PERSON|Jansen}}, onze monteur {{PERSON|Ruud}} is over ca. 25 min bij u. Melding {{neg:reference|WP-5508172}}. Vragen: {{PHONE|088 269 4410}}`),
  t("note", `Pech A12 bij Woerden, lekke band. Lid {{PERSON|Noor Hakimi}}, kenteken {{neg:plate|K-442-TB}}. Monteur gestuurd {{neg:time|15:20}}. Mobiel {{PHONE|06 2217 8804}}. Lidnr {{neg:member-number|WP 3304 1182}}.`),
  t("ticket", `GEVONDEN VOORWERPEN – Stadsvervoer
Naam: {{PERSON|Maarten Hoekstra}}
Lijn: tram 24, {{neg:date|2 december}}, rond {{neg:time|17:45}}
Voorwerp: zwarte rugzak met laptop
Telefoon: {{PHONE|020 638 1149}}
E-mail: {{EMAIL|m.hoekstra@postvak.example}}
Postcode: {{neg:postcode|1073 BK}}`),
  t("email", `Onderwerp: Betalingsregeling energie, klantnr. {{neg:customer-number|EN 7720 3318}}

Beste {{PERSON|Ilse}},

Bedankt voor het gesprek. Ik ga akkoord met de regeling van 6 termijnen van {{neg:amount|€ 95,00}}. Incasso graag van {{IBAN|NL14 INGB 0006 8432 15}}. Het nummer in mijn eerste mail ({{neg:iban-checksum|NL25 INGB 0006 8432 15}}) klopte niet.

Met vriendelijke groet,
{{PERSON|Roos Vermeulen}}
{{PHONE|070 362 9187}}`),
  t("chat", `Ziekenhuis Rijnoever – Poli afspraken
[11:20] Jij: ik moet de afspraak bij orthopedie van mijn vader verzetten
[11:21] {{PERSON|Sanne}} (Afsprakenbureau): Dat kan. Naam en geboortedatum?
[11:21] Jij: {{PERSON|Hendrik Mulder}}, {{neg:date|17-08-1946}}
[11:23] {{PERSON|Sanne}} (Afsprakenbureau): Nieuwe afspraak {{neg:date|15 januari}} om {{neg:time|10:40}}. Bevestiging per sms naar {{PHONE|06 4719 0325}}.`),
  t("sms", `Ziekenhuis Rijnoever: herinnering afspraak poli KNO op {{neg:date|11-12}} om {{neg:time|09:15}}. Afmelden: {{PHONE|071 526 3300}}.`),
]
