// Dutch, Danish, Norwegian, Finnish and Polish texts of holdout71 (nl-NL, da-DK, nb-NO, fi-FI, pl-PL), written one by
// one: brieven met kenmerk en onderwerp, klager, sagsnotater, samtalenotater, puhelumuistiot and pisma urzędowe of
// insurers, banks, hospitals, utilities, telecoms, public agencies, lawyers and debt collectors.
import { mk } from "./mk.ts"

const nl = mk("nl-NL")
const da = mk("da-DK")
const nb = mk("nb-NO")
const fi = mk("fi-FI")
const pl = mk("pl-PL")

export const NL_NL = [
  nl("email", `Zuiderzee Verzekeringen N.V.
Postbus 4471, {{neg:postcode|3800 GA}} Amersfoort

Mevrouw {{PERSON|J.M. van der Heijden-Bosman}}
Lindengracht 114
{{neg:postcode|1015 KM}} Amsterdam

Ons kenmerk: {{neg:claim-number|ZV-SCH-2026-88410}}
Uw kenmerk: waterschade
Datum: {{neg:date|2 december 2026}}

Onderwerp: uw schademelding, polis {{neg:policy-number|WOON-4471029}}

Geachte mevrouw {{PERSON|Van der Heijden-Bosman}},

Wij maken {{neg:amount|€ 1.640,00}} over naar {{IBAN|NL21 RABO 0318 4627 05}}.

Met vriendelijke groet,
drs. {{PERSON|Pieter-Jan Smulders}}
Afdeling Schade
T {{PHONE|+31 (0)20 624 8813}}`),
  nl("note", `Dossiernotitie – Advocatenkantoor (model)
Zaak {{neg:case-number|2026.0417.HB}}
Cliënt: dhr. {{PERSON|Hamza Boukhari}}, geschil met verhuurder.
Getuige: mevr. {{PERSON|Ingrid Wolters}}, {{PHONE|06 4129 3357}}.
Zitting {{neg:date|13 januari 2027}} om {{neg:time|10:00}}.`),
  nl("summary", `Gespreksverslag – Klantenservice Energie Delta
Klant: {{PERSON|Gerrit Veenstra}}, EAN {{neg:meter-number|871687120044718203}}
Klacht over eindafrekening {{neg:amount|€ 488,20}}. Nummer gedicteerd: {{PHONE|nul zes, twee twee acht acht, vier een zeven nul}} → {{PHONE|nul zes, twee twee acht acht, vier een zeven nul}}.
Medewerker: {{PERSON|Sanne de Groot}}.`),
  nl("email", `Van: {{PERSON|Marloes Kuipers}} <{{EMAIL|marloes.kuipers@example.nl.example}}>
Aan: Klachtenafdeling Bank Noordzee <{{EMAIL|klachten@banknoordzee.example}}>
Onderwerp: Klacht – onterechte afschrijving

Geachte heer/mevrouw,

Op {{neg:date|12 november}} is {{neg:amount|€ 749,00}} afgeschreven van {{IBAN|NL80 INGB 0007 2841 53}} zonder machtiging. Graag terugboeking.

Met vriendelijke groet,
{{PERSON|Marloes Kuipers}}
{{PHONE|010 412 77 06}}`),
  nl("transcript", `MEDEWERKER: Ziekenhuis (model), afdeling opname, u spreekt met {{PERSON|Femke}}.
BELLER: Goedemiddag, {{PERSON|Rutger Oosterhuis}}, ik bel voor mijn vader {{PERSON|Klaas Oosterhuis}}.
MEDEWERKER: Uw telefoonnummer?
BELLER: {{PHONE|030 231 48 60}}.
MEDEWERKER: Opname staat op {{neg:date|8 december}} om {{neg:time|8:30}}.`),
  nl("note", `Notitie incassobureau (model)
Debiteur: mevr. {{PERSON|Yvonne Dekker-Ramdin}}, dossier {{neg:case-number|INC-2026-55091}}
Bewindvoerder: dhr. mr. {{PERSON|Wouter Brinkman}}, {{EMAIL|w.brinkman@bewind.example}}.
Betalingsregeling {{neg:amount|€ 50}} p/m. App-versie klantportaal {{neg:version|5.2.0}}.`),
  nl("summary", `Gespreksverslag gemeente (model), bijzondere bijstand
Aanvrager: dhr. {{PERSON|Sjoerd Hoekstra}}; zijn dochter {{PERSON|Anouk Hoekstra}} heeft volmacht, {{PHONE|06 1873 2049}}.
Stukken via {{EMAIL|bijstand@gemeente-model.example}}.`),
  nl("chat", `Chat – Telecomaanbieder (model)
Medewerker ({{PERSON|Daan}}): Hoi! Waarmee kan ik helpen?
Klant: mijn internet ligt eruit, modem zegt {{IP_ADDRESS|fd00:1a2b::1}}
Medewerker ({{PERSON|Daan}}): Naam en nummer?
Klant: {{PERSON|Esra Yıldız}}, {{PHONE|06 5317 2048}}`),
  nl("ticket", `Klachtformulier zorgverzekeraar (model)
Naam: {{PERSON|Bakker-Sedney, Gloria}}
Telefoon: {{PHONE|072 511 30 87}}
E-mail: {{EMAIL|g.bakkersedney@example.org}}
Polisnummer: {{neg:policy-number|ZK-2026-330417}}`),
]

export const DA_DK = [
  da("email", `Nordisk Forsikring A/S
Postboks 1180, {{neg:postcode|1790}} København V

Fru {{PERSON|Karen Margrethe Østergaard}}
Vesterbrogade 112, 3. tv.
{{neg:postcode|1620}} København V

Vores ref.: {{neg:claim-number|NF-SK-2026-44710}}
Deres ref.: vandskade
Dato: {{neg:date|2. december 2026}}

Vedr.: Skade på indbo, police {{neg:policy-number|IND-881042}}

Kære {{PERSON|Karen Margrethe Østergaard}}

Vi udbetaler {{neg:amount|12.400 kr.}} til {{IBAN|DK03 5301 0281 7463 90}}.

Med venlig hilsen
{{PERSON|Anders Brøndum}}
Skadeafdelingen
Tlf. {{PHONE|+45 33 12 48 70}}`),
  da("note", `Sagsnotat – Advokatfirma (model)
Sag {{neg:case-number|2026-0418-AB}}
Klient: hr. {{PERSON|Mikkel Juul Kristensen}}, tvist med udlejer.
Vidne: fru {{PERSON|Birthe Dalsgaard}}, {{PHONE|28 41 93 06}}.
Retsmøde {{neg:date|12. januar 2027}} kl. {{neg:time|10:00}}.`),
  da("summary", `Samtalenotat – Kundeservice, Energi Fyn-model
Kunde: {{PERSON|Lone Rasmussen}}, aftale {{neg:contract-number|EF-2026-77104}}
Klage over slutafregning {{neg:amount|2.318 kr.}}. Nummer sagt: {{PHONE|fire nul, syv et, to to, otte fem}} → {{PHONE|fire nul, syv et, to to, otte fem}}.
Medarbejder: {{PERSON|Jesper Vinther}}.`),
  da("email", `Fra: {{PERSON|Søren Kierkegaard-Lund}} <{{EMAIL|soren.kl@example.dk.example}}>
Til: Klagenævn for Bank (model) <{{EMAIL|klage@banknaevn.example}}>
Emne: Klage over gebyr

Kære Klagenævn

Min bank har opkrævet {{neg:amount|750 kr.}} i gebyr den {{neg:date|3. november}}. Mit kort {{CARD|5340 2190 7716 4584}} blev spærret uden grund.

Med venlig hilsen
{{PERSON|Søren Kierkegaard-Lund}}
{{PHONE|86 12 44 70}}`),
  da("note", `Hospital (model) – notat fra socialrådgiver
Patient: {{PERSON|Ejnar Mortensen}}
Pårørende: datter {{PERSON|Mette Mortensen}}, {{PHONE|+45 22 71 05 38}}, fuldmagt.
Egen læge: {{PERSON|Hanne Skov}}.`),
  da("transcript", `MEDARBEJDER: Teleselskab (model), du taler med {{PERSON|Rasmus}}.
KUNDE: Hej, {{PERSON|Pernille Bach}}, min regning er forkert.
MEDARBEJDER: Dit nummer?
KUNDE: {{PHONE|61 38 20 94}}.
MEDARBEJDER: Jeg krediterer {{neg:amount|199 kr.}} – sag {{neg:case-number|TS-DK-88104}}.`),
  da("summary", `Samtalenotat – Udbetaling (model), folkepension
Borger: {{PERSON|Inger Lauridsen}}; hendes søn {{PERSON|Torben Lauridsen}} har fuldmagt, {{PHONE|42 18 63 07}}, {{EMAIL|torben.lauridsen@example.com}}.
Ny konto: {{IBAN|DK80 2000 4417 3850 62}}.`),
  da("chat", `Chat – Forsikring (model)
Rådgiver ({{PERSON|Maja}}): Hej, hvad kan jeg hjælpe med?
Kunde: stormskade på taget, police {{neg:policy-number|HUS-2026-5502}}
Rådgiver ({{PERSON|Maja}}): Navn og telefon?
Kunde: {{PERSON|Niels Thygesen}}, {{PHONE|53 81 27 46}}`),
  da("ticket", `Klageformular, Inkasso (model)
Navn: {{PERSON|Aylin Demir Hansen}}
Telefon: {{PHONE|31 47 60 29}}
E-mail: {{EMAIL|aylin.dh@example.org}}
Sagsnr.: {{neg:case-number|INK-2026-30918}}`),
]

export const NB_NO = [
  nb("email", `Fjordkyst Forsikring ASA
Postboks 4418 Sentrum, {{neg:postcode|0104}} Oslo

{{PERSON|Ingrid Haugland Sæther}}
Thorvald Meyers gate 41
{{neg:postcode|0555}} Oslo

Vår ref.: {{neg:claim-number|FK-SK-2026-30417}}
Deres ref.: vannlekkasje
Dato: {{neg:date|2. desember 2026}}

Angående: skade på bolig, polise {{neg:policy-number|BOL-774102}}

Hei {{PERSON|Ingrid}},

Vi utbetaler {{neg:amount|18 600 kr}} til {{IBAN|NO52 1503 2748 219}}.

Med vennlig hilsen
{{PERSON|Øyvind Bakkevold}}
Skadeavdelingen
Tlf. {{PHONE|+47 22 41 86 30}}`),
  nb("note", `Saksnotat – Advokatfirma (model)
Sak {{neg:case-number|2026-118-OB}}
Klient: {{PERSON|Kristoffer Nygård}}, tvist med Inkasso Nord.
Vitne: {{PERSON|Ragnhild Solberg}}, {{PHONE|412 38 907}}.
Rettsmøte {{neg:date|20. januar 2027}} kl. {{neg:time|9:00}}.`),
  nb("summary", `Samtalenotat – Kundeservice, Strømselskap (model)
Kunde: {{PERSON|Tor Einar Lie}}, målepunkt {{neg:meter-number|707057500044718203}}
Klager på regning {{neg:amount|3 412 kr}} etter storm og strømbrudd. Nummer sagt: {{PHONE|ni to åtte, null fire, en en sju}} → {{PHONE|ni to åtte, null fire, en en sju}}.
Saksbehandler: {{PERSON|Hilde Aasen}}.`),
  nb("email", `Fra: {{PERSON|Marit Vestby}} <{{EMAIL|marit.vestby@example.no.example}}>
Til: Finansklagenemnda (model) <{{EMAIL|post@finansklage.example}}>
Emne: Klage på kortbelastning

Hei,

Banken har belastet kortet mitt {{CARD|4556 7201 8834 1062}} to ganger ({{neg:amount|4 990 kr}}) den {{neg:date|14. november}}. Kortet er nå sperret.

Vennlig hilsen
{{PERSON|Marit Vestby}}
{{PHONE|928 04 311}}`),
  nb("note", `Sykehus (model) – notat
Pasient: {{PERSON|Arne Kristiansen}}
Pårørende: sønn {{PERSON|Håkon Kristiansen}}, {{PHONE|55 30 27 14}}, fullmakt.
Fastlege: dr. {{PERSON|Sigrid Moe}}.`),
  nb("transcript", `KUNDEBEHANDLER: Telenor-modell, du snakker med {{PERSON|Eirik}}.
KUNDE: Hei, {{PERSON|Guro Fjeldstad}}, jeg har fått feil faktura.
KUNDEBEHANDLER: Nummeret ditt?
KUNDE: {{PHONE|909 27 418}}.
KUNDEBEHANDLER: Jeg krediterer {{neg:amount|249 kr}}, sak {{neg:case-number|TN-NO-44710}}.`),
  nb("summary", `Samtalenotat – NAV-modell, uføretrygd
Bruker: {{PERSON|Oddvar Strand}}; verge {{PERSON|Liv Haugen}}, {{PHONE|+47 951 44 207}}, {{EMAIL|liv.haugen@example.com}}.
Ny kontonummer: {{IBAN|NO87 8601 1173 054}} (oppgitt først som {{neg:iban-checksum|NO78 8601 1173 054}}).`),
  nb("chat", `Chat – Forsikring (model)
Rådgiver ({{PERSON|Sindre}}): Hei! Hva gjelder det?
Kunde: bilskade, polise {{neg:policy-number|BIL-2026-8841}}
Rådgiver ({{PERSON|Sindre}}): Navn og mobil?
Kunde: {{PERSON|Camilla Berntsen}}, {{PHONE|464 12 085}}`),
  nb("ticket", `Klageskjema, inkasso (model)
Navn: {{PERSON|Jonas Ødegård}}
Telefon: {{PHONE|478 20 613}}
E-post: {{EMAIL|jonas.odegard@example.org}}
Saksnr.: {{neg:case-number|INK-NO-2026-1104}}`),
]

export const FI_FI = [
  fi("email", `Pohjolan Keskinäinen Vakuutus (malli)
PL 4418, {{neg:postcode|00101}} Helsinki

{{PERSON|Aino-Maija Kettunen}}
Mannerheimintie 118 B 22
{{neg:postcode|00270}} Helsinki

Viitteemme: {{neg:claim-number|PKV-VA-2026-30417}}
Viitteenne: vesivahinko
Päiväys: {{neg:date|2.12.2026}}

Asia: vahinkoilmoitus, vakuutus {{neg:policy-number|KOTI-774102}}

Hyvä {{PERSON|Aino-Maija Kettunen}},

Maksamme korvauksen {{neg:amount|2 140,00 €}} tilille {{IBAN|FI94 4231 0500 1938 24}}.

Ystävällisin terveisin
{{PERSON|Jukka Hämäläinen}}
Vahinkopalvelu
Puh. {{PHONE|+358 (0)9 6128 4410}}`),
  fi("note", `Asiamuistio – Asianajotoimisto (malli)
Asia {{neg:case-number|2026-0417-JL}}
Päämies: {{PERSON|Eero Lindholm}}, vuokrariita.
Todistaja: {{PERSON|Pirjo Salminen}}, {{PHONE|040 718 2264}}.
Käsittely {{neg:date|15.1.2027}} klo {{neg:time|9.30}}.`),
  fi("summary", `Puhelumuistio – Asiakaspalvelu, Sähköyhtiö (malli)
Asiakas: {{PERSON|Tuomas Virtanen}}, käyttöpaikka {{neg:meter-number|643007574000447182}}
Reklamoi loppulaskua {{neg:amount|318,70 €}}. Numero sanottuna: {{PHONE|nolla viisi nolla, kolme kolme yksi, seitsemän neljä kaksi kahdeksan}} → {{PHONE|nolla viisi nolla, kolme kolme yksi, seitsemän neljä kaksi kahdeksan}}.
Käsittelijä: {{PERSON|Satu Heikkinen}}.`),
  fi("email", `Lähettäjä: {{PERSON|Riikka Laaksonen}} <{{EMAIL|riikka.laaksonen@example.fi.example}}>
Vastaanottaja: Pankin asiakaspalvelu (malli) <{{EMAIL|asiakaspalvelu@pankki-malli.example}}>
Aihe: Reklamaatio – virheellinen veloitus

Hei,

Tililtäni {{IBAN|FI25 1572 3000 4182 95}} veloitettiin {{neg:amount|89,00 €}} {{neg:date|12.11.2026}} ilman valtuutusta. Pyydän palautusta.

Ystävällisin terveisin
{{PERSON|Riikka Laaksonen}}
{{PHONE|050 467 2913}}`),
  fi("note", `Sairaala (malli) – sosiaalityöntekijän muistio
Potilas: {{PERSON|Kalevi Nieminen}}
Omainen: tytär {{PERSON|Hanna Nieminen}}, {{PHONE|044 520 3391}}, edunvalvontavaltuutus.
Omalääkäri: {{PERSON|Marjut Koskinen}}. Kirjautuminen {{IP_ADDRESS|10.44.8.17}}.`),
  fi("transcript", `ASIAKASPALVELIJA: Teleoperaattori (malli), {{PERSON|Ville}} palvelee.
ASIAKAS: Hei, {{PERSON|Minna Korhonen}}, laskussa on virhe.
ASIAKASPALVELIJA: Puhelinnumeronne?
ASIAKAS: {{PHONE|045 118 2760}}.
ASIAKASPALVELIJA: Hyvitän {{neg:amount|24,90 €}}, tapaus {{neg:case-number|TO-FI-77104}}. Sovelluksen versio {{neg:version|3.1.4}}.`),
  fi("summary", `Puhelumuistio – Kela-malli, eläke
Asiakas: {{PERSON|Raili Hyvönen}}; poika {{PERSON|Petri Hyvönen}} on edunvalvoja, {{PHONE|09 4277 1830}}, {{EMAIL|petri.hyvonen@example.com}}.`),
  fi("chat", `Chat – Vakuutusyhtiö (malli)
Neuvoja ({{PERSON|Emilia}}): Hei! Miten voin auttaa?
Asiakas: autovahinko, vakuutus {{neg:policy-number|AUTO-2026-5520}}
Neuvoja ({{PERSON|Emilia}}): Nimi ja puhelin?
Asiakas: {{PERSON|Joonas Mäkelä}}, {{PHONE|041 772 0958}}`),
  fi("ticket", `Valituslomake, perintätoimisto (malli)
Nimi: {{PERSON|Sanna-Liisa Rantanen}}
Puhelin: {{PHONE|050 903 1147}}
Sähköposti: {{EMAIL|sl.rantanen@example.org}}
Asianumero: {{neg:case-number|PER-2026-44718}}`),
]

export const PL_PL = [
  pl("email", `Towarzystwo Ubezpieczeń Wisła S.A. (wzór)
Skrytka pocztowa 1180, {{neg:postcode|00-950}} Warszawa

Pani
{{PERSON|Małgorzata Zielińska-Nowak}}
ul. Długa 14 m. 7
{{neg:postcode|31-147}} Kraków

Nasz znak: {{neg:claim-number|TUW-SZ-2026-44710}}
Wasz znak: zalanie mieszkania
Warszawa, {{neg:date|2 grudnia 2026}}

Dotyczy: szkoda w mieszkaniu, polisa {{neg:policy-number|DOM-881047}}

Szanowna Pani,

wypłacimy odszkodowanie {{neg:amount|4 320,00 zł}} na rachunek {{IBAN|PL40 1140 2004 0000 3502 7841 7625}}.

Z poważaniem
{{PERSON|Tomasz Wróblewski}}
Dział Likwidacji Szkód
Tel. {{PHONE|+48 22 628 41 70}}`),
  pl("note", `Notatka – Kancelaria adwokacka (wzór)
Sprawa {{neg:case-number|2026/0418/KW}}
Klient: Pan {{PERSON|Krzysztof Wiśniewski}}, spór z wynajmującym.
Świadek: Pani {{PERSON|Halina Kamińska}}, {{PHONE|601 448 237}}.
Rozprawa {{neg:date|14 stycznia 2027}} o {{neg:time|10:00}}.`),
  pl("summary", `Podsumowanie rozmowy – Obsługa klienta, Energa-wzór
Klient: {{PERSON|Zbigniew Mazur}}, umowa {{neg:contract-number|EN-2026-77104}}
Reklamacja faktury {{neg:amount|612,40 zł}}. Numer podyktowany: {{PHONE|pięć jeden dwa, dziewięć zero trzy, cztery sześć sześć}} → {{PHONE|pięć jeden dwa, dziewięć zero trzy, cztery sześć sześć}}.
Konsultantka: {{PERSON|Agata Lewandowska}}.`),
  pl("email", `Od: {{PERSON|Joanna Pawlak}} <{{EMAIL|joanna.pawlak@example.pl.example}}>
Do: Dział Reklamacji, Bank Bałtycki (wzór) <{{EMAIL|reklamacje@bankbaltycki.example}}>
Temat: Reklamacja – nieautoryzowana transakcja

Szanowni Państwo,

{{neg:date|13 listopada}} z mojej karty {{CARD|4917 3820 6651 4296}} pobrano {{neg:amount|1 299,00 zł}}. Proszę o zwrot. W formularzu błędnie wpisałam {{neg:luhn-invalid|4917 3820 6651 4293}}.

Z poważaniem
{{PERSON|Joanna Pawlak}}
{{PHONE|71 344 28 90}}`),
  pl("note", `Szpital (wzór) – notatka pracownika socjalnego
Pacjent: Pan {{PERSON|Stanisław Kowalewski}}
Osoba upoważniona: córka {{PERSON|Ewelina Kowalewska}}, {{PHONE|698 220 415}}.
Lekarz rodzinny: dr {{PERSON|Beata Sikora}}. Logowanie z {{IP_ADDRESS|172.16.40.9}}.`),
  pl("transcript", `KONSULTANT: Operator (wzór), mówi {{PERSON|Paweł}}.
KLIENT: Dzień dobry, {{PERSON|Dorota Jabłońska}}, mam błędną fakturę.
KONSULTANT: Numer telefonu?
KLIENT: {{PHONE|517 226 804}}.
KONSULTANT: Koryguję {{neg:amount|49,99 zł}}, zgłoszenie {{neg:case-number|OP-PL-44710}}.`),
  pl("summary", `Podsumowanie – ZUS-wzór, renta rodzinna
Wnioskodawczyni: Pani {{PERSON|Teresa Grabowska}}; pełnomocnik syn {{PERSON|Marek Grabowski}}, {{PHONE|+48 605 117 382}}, {{EMAIL|marek.grabowski@example.com}}.
Rachunek: {{IBAN|PL63 2490 0005 0000 4600 8172 3344}}.`),
  pl("chat", `Czat – Ubezpieczyciel (wzór)
Doradca ({{PERSON|Kasia}}): Dzień dobry! W czym mogę pomóc?
Klient: szkoda komunikacyjna, polisa {{neg:policy-number|OC-2026-5520}}
Doradca ({{PERSON|Kasia}}): Imię, nazwisko i telefon?
Klient: {{PERSON|Bartłomiej Szczepański}}, {{PHONE|663 408 217}}`),
  pl("ticket", `Formularz skargi, firma windykacyjna (wzór)
Imię i nazwisko: {{PERSON|Aleksandra Wójtowicz}}
Telefon: {{PHONE|789 114 206}}
E-mail: {{EMAIL|a.wojtowicz@example.org}}
Nr sprawy: {{neg:case-number|WIN-2026-30917}}`),
]
