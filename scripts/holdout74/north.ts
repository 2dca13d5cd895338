// Flemish, Danish, Swedish and Polish texts (nl-BE, da-DK, sv-SE, pl-PL), written one by one: AI call summaries,
// after-call notes, escalation e-mails with forwarded customer messages, web chats and call transcripts.
import { mk } from "./mk.ts"

const be = mk("nl-BE")
const dk = mk("da-DK")
const se = mk("sv-SE")
const pl = mk("pl-PL")

export const NL_BE = [
  be("summary", `AI-samenvatting – Scheldepensioen (pensioensparen), inkomend gesprek van 10 min
Beller: {{PERSON|Annelies Verhaegen}}, contract {{neg:contract-number|SP-2018-771204}}. Ze wil de rekening wijzigen naar {{IBAN|BE58 0630 1872 5479}} en haar partner {{PERSON|Koen De Smet}} als begunstigde toevoegen.
{{PERSON|Koen}} is bereikbaar op {{PHONE|0475 31 28 64}}; mevrouw {{PERSON|Verhaegen}} op {{PHONE|03 231 58 94}}.
Medewerker: {{PERSON|Wouter Peeters}}; doorgegeven aan {{PERSON|Lien}} (juridische dienst) op {{neg:date|3 december}}. Spaartegoed {{neg:amount|€ 27.480,15}}.`),
  be("note", `Notitie na gesprek – technische dienst internet & tv, ticket {{neg:ticket-number|TD-2026-55812}}
Klant {{PERSON|Jens Vermeulen}}, {{neg:postcode|2000}} Antwerpen. Modem {{IP_ADDRESS|192.168.50.1}}, decoder {{IP_ADDRESS|192.168.50.27}}, firmware {{neg:version|10.4.2}}.
Technieker op {{neg:date|10/12/2026}} tussen {{neg:time|8u00}} en {{neg:time|12u00}}. Contact {{PHONE|+32 486 22 71 09}}; zijn moeder {{PERSON|Godelieve}} doet open. – {{PERSON|SD}}`),
  be("email", `Van: {{EMAIL|voorafgaande-toestemming@example.com}}
Aan: {{EMAIL|adviserend-arts@example.com}}
Onderwerp: FW: aanvraag tenlasteneming – polis {{neg:policy-number|HZ-3318-0472}}

Dag {{PERSON|Bart}},

kan jij dit opnemen? De chirurg, dr. {{PERSON|Pieter Claes}}, secretariaat {{PHONE|09 233 18 47}}.

---- Doorgestuurd bericht ----
Van: {{EMAIL|hilde.jacobs@example.net}}
Goeiedag, ik ben {{PERSON|Hilde Jacobs}}. De ingreep is op {{neg:date|13 januari}}, kostprijs {{neg:amount|€ 3.200}}. Mijn dochter {{PERSON|Sarah}} helpt me: {{PHONE|0472 18 39 56}}.

Groeten,
{{PERSON|Evelien Maes}} ({{PERSON|EM}})`),
  be("transcript", `Transcriptie (QA) – Verhuizingen Leie, Gent
MEDEWERKER: Verhuizingen Leie, met {{PERSON|Ine}}.
KLANT: Dag, {{PERSON|Stijn Van Damme}}. Verhuis op {{neg:date|18 december}}.
MEDEWERKER: Uw nummer?
KLANT: {{PHONE|nul vier zeven zes, tweeënvijftig, negentien, drieëntachtig}}.
MEDEWERKER: {{PHONE|0476 52 19 83}}, klopt dat?
KLANT: Ja. Offerte {{neg:order-number|VL-2290}} van {{neg:amount|€ 1.650}}.`),
  be("chat", `Webchat – Tweedehandswagens.be
Bot: Hallo! 👋 Hoe heet je?
Bezoeker: {{PERSON|Joke Wouters}}
Medewerker {{PERSON|Thomas}}: Dag {{PERSON|Joke}}, {{PERSON|Thomas}} hier. Welke wagen?
Bezoeker: Polo, nummerplaat {{neg:plate|1-ABC-482}}. Verkoper vraagt voorschot op {{IBAN|BE40 3631 5240 8763}}, eerder gaf hij {{neg:iban-checksum|BE04 3631 5240 8763}}
Medewerker {{PERSON|Thomas}}: Betaal niets buiten het platform. Dossier {{neg:case-number|TW-44108}}.`),
  be("note", `Notitie – parkeerbeleid stad Leuven
{{PERSON|Marc Goossens}} betwist retributie {{neg:reference|PB-2026-00418}} voor {{neg:plate|2-GHT-719}} op {{neg:date|01/12/2026}}, {{neg:time|14u20}}. Bedrag {{neg:amount|€ 25}}. Mail {{EMAIL|marc.goossens@example.org}}, gsm {{PHONE|0496 31 72 05}}.`),
  be("summary", `Samenvatting (AI) – Hondenkapsalon Woef, Brugge
Klant {{PERSON|Nathalie Dewulf}}: hond had wondje aan het oor. Dierenarts {{PERSON|Frederik Lambrecht}}, {{PHONE|050 34 62 17}}. Terugbetaling {{neg:amount|€ 40}} op kaart {{neg:masked-card|**** 9044}}. Klant {{PHONE|0478 64 20 31}}.`),
  be("email", `Onderwerp: Escalatie – huwelijksfeest {{neg:date|4 september 2027}}, Kasteel Ter Heide
Van: {{EMAIL|feesten@example.org}}
Aan: {{EMAIL|directie@example.org}}

{{PERSON|Dirk}}, het koppel {{PERSON|Lotte Mertens}} en {{PERSON|Ruben Aerts}} betaalde {{neg:amount|€ 2.500}} op {{IBAN|BE44 7350 4129 8645}}. {{PERSON|Lotte}}: {{PHONE|+32 477 21 58 90}}.
{{PERSON|Kristel}}`),
  be("note", `Notitie na gesprek – pensioensparen
{{PERSON|Luc Willems}} vraagt attest. Betaling via {{IBAN|NL91 ABNA 0417 1643 00}} (Nederlandse rekening). Tel. {{PHONE|011 22 48 37}}.`),
  be("chat", `Webchat – Scheldepensioen (bot + medewerker)
Bot: Welkom! 😊 Waarmee kan ik helpen?
Bezoeker: mijn vader is overleden en ik wil zijn pensioenspaarrekening afsluiten
Bot: Gecondoleerd. Ik verbind je door.
Medewerker {{PERSON|Griet}}: Dag, ik ben {{PERSON|Griet}}. Mag ik jouw naam en die van je vader?
Bezoeker: {{PERSON|Sofie Van den Broeck}}, mijn vader was {{PERSON|Roger Van den Broeck}}
Medewerker {{PERSON|Griet}}: Dank je {{PERSON|Sofie}}. Ik zie contract {{neg:contract-number|SP-2002-118430}}. De notaris, {{PERSON|Geert Huysmans}}, moet ons een attest van erfopvolging sturen.
Bezoeker: ok. zijn nummer is {{PHONE|052 41 37 08}}
Medewerker {{PERSON|Griet}}: Prima. Saldo {{neg:amount|€ 14.920}} op {{neg:date|30 november}}.`),
]

export const DA_DK = [
  dk("summary", `AI-opsummering – Nordisk Pension & Opsparing, indgående opkald (9 min)
Kunde: {{PERSON|Mette Kjærgaard Holm}}, police {{neg:policy-number|NP-2015-448310}}. Ønsker udbetaling til {{IBAN|DK21 2000 5036 5128 74}} og at hendes mand, {{PERSON|Søren Holm}}, tilføjes som begunstiget.
{{PERSON|Søren}}: {{PHONE|20 48 31 76}}. {{PERSON|Mette}}: {{PHONE|+45 31 62 84 09}}.
Rådgiver {{PERSON|Rasmus Nielsen}}; sagen videregivet til {{PERSON|Line}} den {{neg:date|4. december}}. Depot {{neg:amount|412.300 kr}}.`),
  dk("note", `Notat efter opkald – teknisk support bredbånd/TV, sag {{neg:ticket-number|TS-2026-33104}}
{{PERSON|Anders Poulsen}}, {{neg:postcode|8000}} Aarhus C. Router {{IP_ADDRESS|192.168.87.1}}, tv-boks {{IP_ADDRESS|192.168.87.52}}, firmware {{neg:version|5.8.11}}.
Tekniker {{neg:date|10.12.2026}} kl. {{neg:time|08:00}}. Kontakt {{PHONE|86 12 44 90}}; datteren {{PERSON|Freja}} er hjemme. – {{PERSON|KJ}}`),
  dk("email", `Fra: {{EMAIL|forhaandsgodkendelse@example.com}}
Til: {{EMAIL|laegekonsulent@example.com}}
Emne: VS: forhåndsgodkendelse – police {{neg:policy-number|SU-7720-3318}}

Hej {{PERSON|Camilla}},

kirurgen, {{PERSON|Mads Lund}}, ringer fra {{PHONE|33 14 72 58}}.

> Fra: {{EMAIL|birgit.dahl@example.net}}
> Hej, jeg hedder {{PERSON|Birgit Dahl}}. Operationen er {{neg:date|14. januar}}. Min søn {{PERSON|Jonas}}: {{PHONE|40 27 19 63}}.

{{PERSON|Henrik Bach}}`),
  dk("transcript", `Udskrift (QA) – Flyttefirmaet Øresund
MEDARBEJDER: Flyttefirmaet Øresund, {{PERSON|Signe}}.
KUNDE: Hej, {{PERSON|Morten Vestergaard}}. Flytning {{neg:date|19. december}}.
MEDARBEJDER: Dit nummer?
KUNDE: {{PHONE|fireogtyve, femogtredive, atten, toogfirs}}.
MEDARBEJDER: {{PHONE|24 35 18 82}}, ikke?
KUNDE: Jo. Tilbud {{neg:order-number|FO-4471}} på {{neg:amount|9.800 kr}}.`),
  dk("chat", `Webchat – BrugteBiler.dk
Bot: Hej! 👋 Hvad hedder du?
Besøgende: {{PERSON|Ida Frandsen}}
Medarbejder {{PERSON|Emil}}: Hej {{PERSON|Ida}}, {{PERSON|Emil}} her. Hvilken bil?
Besøgende: Golf, reg.nr. {{neg:plate|AB 12 345}}. Sælger vil have {{neg:amount|5.000 kr}} på {{IBAN|DK15 5295 0017 3840 26}}
Medarbejder {{PERSON|Emil}}: Betal ikke uden for platformen. Sag {{neg:case-number|BB-22918}}.`),
  dk("note", `Notat – parkeringskontoret, kommune
{{PERSON|Ole Sørensen}} klager over afgift {{neg:reference|PA-2026-118304}} for {{neg:plate|CD 48 213}} den {{neg:date|02.12.2026}} kl. {{neg:time|13:10}}. {{neg:amount|510 kr}}. Mail {{EMAIL|ole.sorensen@example.org}}.`),
  dk("summary", `Opsummering (AI) – Hundefrisøren Pels & Poter, Odense
Kunde {{PERSON|Lone Kristiansen}}: hunden fik en rift. Dyrlæge {{PERSON|Niels Bjerre}}, {{PHONE|66 12 83 47}}. Refusion {{neg:amount|350 kr}}. Kunde {{PHONE|28 61 04 95}}.`),
  dk("email", `Emne: Eskalering – bryllup {{neg:date|11. juni 2027}}, Herregården Lindholm
Fra: {{EMAIL|selskaber@example.net}}
Til: {{EMAIL|ledelse@example.net}}

{{PERSON|Per}}, parret {{PERSON|Sofie Munk}} og {{PERSON|Kasper Thygesen}} betalte med kort {{CARD|6011 4820 7735 9168}}. {{PERSON|Sofie}}: {{PHONE|+45 51 72 39 06}}.
{{PERSON|Hanne}}`),
  dk("note", `Notat efter opkald – pension
{{PERSON|Bent Jeppesen}} oplyste {{IBAN|DK42 3000 8711 5024 96}}; første forsøg {{neg:iban-checksum|DK24 3000 8711 5024 96}} var forkert. Tlf. {{PHONE|98 12 40 73}}.`),
  dk("chat", `Chat – FiberNord support
Agent {{PERSON|Mikkel}}: Navn?
Kunde: {{PERSON|Trine Laursen}}
Agent {{PERSON|Mikkel}}: Tak {{PERSON|Trine}}. Router {{IP_ADDRESS|2001:db8:77::a}}, version {{neg:version|7.1.3}}.`),
]

export const SV_SE = [
  se("summary", `AI-sammanfattning – Trygga Pensioner, inkommande samtal (11 min)
Kund: {{PERSON|Ingrid Lindström Berg}}, försäkring {{neg:policy-number|TP-2014-661208}}. Vill byta utbetalningskonto till {{IBAN|SE63 3000 0000 0418 7295 0631}} och lägga till maken {{PERSON|Göran Berg}} som förmånstagare.
{{PERSON|Göran}}: {{PHONE|070-438 12 76}}. {{PERSON|Ingrid}}: {{PHONE|08-612 47 83}}.
Handläggare {{PERSON|Elin Johansson}}; ärendet skickat till {{PERSON|Oskar}} den {{neg:date|3 december}}. Kapital {{neg:amount|587 400 kr}}.`),
  se("note", `Anteckning efter samtal – teknisk support bredband/tv, ärende {{neg:ticket-number|BT-2026-44712}}
{{PERSON|Mikael Sandberg}}, {{neg:postcode|114 32}} Stockholm. Router {{IP_ADDRESS|192.168.68.1}}, tv-box {{IP_ADDRESS|192.168.68.18}}, firmware {{neg:version|3.14.0}}.
Tekniker {{neg:date|2026-12-10}} kl. {{neg:time|08:00}}. Kontakt {{PHONE|+46 73 281 44 69}}; sambon {{PERSON|Johanna}} öppnar. – {{PERSON|AL}}`),
  se("email", `Från: {{EMAIL|forhandsbesked@example.com}}
Till: {{EMAIL|medicinsk.radgivare@example.com}}
Ämne: VB: förhandsbesked – försäkring {{neg:policy-number|PV-3318-0912}}

Hej {{PERSON|Karin}},

kirurgen {{PERSON|Lars Ekström}} nås på {{PHONE|031-711 24 58}}.

> Från: {{EMAIL|britt.nystrom@example.net}}
> Hej, jag heter {{PERSON|Britt Nyström}}. Operationen är {{neg:date|15 januari}}. Min dotter {{PERSON|Maja}}: {{PHONE|076-224 18 03}}.

{{PERSON|Fredrik Holm}}`),
  se("transcript", `Utskrift (QA) – Flyttfirman Mälaren
HANDLÄGGARE: Flyttfirman Mälaren, {{PERSON|Sara}}.
KUND: Hej, {{PERSON|Patrik Öberg}}. Flytt {{neg:date|20 december}}.
HANDLÄGGARE: Ditt nummer?
KUND: {{PHONE|noll sju noll, fyra nio tre, tolv, sjuttiosex}}.
HANDLÄGGARE: {{PHONE|070-493 12 76}}?
KUND: Ja. Offert {{neg:order-number|FM-3310}} på {{neg:amount|14 500 kr}}.`),
  se("chat", `Webbchatt – Begagnadebilar.se
Bot: Hej! 👋 Vad heter du?
Besökare: {{PERSON|Emma Lundqvist}}
Handläggare {{PERSON|Viktor}}: Hej {{PERSON|Emma}}, {{PERSON|Viktor}} här. Vilken bil?
Besökare: Volvo V70, reg.nr {{neg:plate|ABC 12D}}. Betalade handpenning med {{CARD|2223 5071 4408 3921}}
Handläggare {{PERSON|Viktor}}: Skriv inte hela kortnummer i chatten. Ärende {{neg:case-number|BB-55318}}.`),
  se("note", `Anteckning – parkeringsenheten, kommun
{{PERSON|Stig Åkesson}} bestrider parkeringsanmärkning {{neg:reference|PA-2026-33918}} för {{neg:plate|XYZ 482}} den {{neg:date|2026-12-01}} kl. {{neg:time|10:25}}. {{neg:amount|600 kr}}. E-post {{EMAIL|stig.akesson@example.org}}.`),
  se("summary", `Sammanfattning (AI) – Hundsalong Tass, Uppsala
Kund {{PERSON|Annika Sjöberg}}: hunden fick ett sår. Veterinär {{PERSON|Per-Olof Hedlund}}, {{PHONE|018-471 22 90}}. Återbetalning {{neg:amount|450 kr}}. Kund {{PHONE|072-318 40 57}}.`),
  se("email", `Ämne: Eskalering – bröllop {{neg:date|19 juni 2027}}, Säteriet Ekeby
Från: {{EMAIL|fest@example.org}}
Till: {{EMAIL|ledning@example.org}}

{{PERSON|Henrik}}, paret {{PERSON|Linnea Strand}} och {{PERSON|Axel Forsberg}} betalade {{neg:amount|20 000 kr}} till {{IBAN|SE98 8000 0832 7900 0010 2749}}. {{PERSON|Linnea}}: {{PHONE|+46 70 512 83 46}}.
{{PERSON|Maria}}`),
  se("note", `Anteckning efter samtal – pension
{{PERSON|Gunilla Wikström}} uppgav {{IBAN|SE45 5000 0000 0583 9825 7466}}; tidigare {{neg:iban-checksum|SE54 5000 0000 0583 9825 7466}} var fel. Tel. {{PHONE|046-212 48 73}}.`),
  se("chat", `Chatt – FiberSyd support
Agent {{PERSON|Jonas}}: Namn?
Kund: {{PERSON|Ulf Bergqvist}}
Agent {{PERSON|Jonas}}: Tack {{PERSON|Ulf}}. Router {{IP_ADDRESS|10.10.3.9}}, version {{neg:version|6.0.8}}.`),
]

export const PL_PL = [
  pl("summary", `Podsumowanie AI – Fundusz Emerytalny Wisła, połączenie przychodzące (10 min)
Klientka: {{PERSON|Katarzyna Wójcik-Lis}}, umowa {{neg:contract-number|FEW-2019-334812}}. Chce zmienić rachunek wypłat na {{IBAN|PL29 1140 2004 0000 3702 7653 2918}} i dodać męża, {{PERSON|Tomasz Wójcik}}, jako uposażonego.
Pan {{PERSON|Tomasz}}: {{PHONE|601 238 447}}. Pani {{PERSON|Katarzyna}}: {{PHONE|22 514 83 96}}.
Konsultant {{PERSON|Michał Nowak}}; sprawa przekazana do {{PERSON|Agnieszki}} dnia {{neg:date|4 grudnia}}. Saldo {{neg:amount|48 210 zł}}.`),
  pl("note", `Notatka po rozmowie – wsparcie techniczne internet/TV, zgłoszenie {{neg:ticket-number|ZG-2026-71204}}
{{PERSON|Piotr Kamiński}}, {{neg:postcode|00-950}} Warszawa. Router {{IP_ADDRESS|192.168.8.1}}, dekoder {{IP_ADDRESS|192.168.8.66}}, firmware {{neg:version|4.9.2}}.
Technik {{neg:date|10.12.2026}} o {{neg:time|9:00}}. Kontakt {{PHONE|+48 512 738 904}}; teściowa {{PERSON|Halina}} otworzy. – {{PERSON|JK}}`),
  pl("email", `Od: {{EMAIL|zgody-wstepne@example.com}}
Do: {{EMAIL|lekarz-orzecznik@example.com}}
Temat: PD: zgoda na zabieg – polisa {{neg:policy-number|ZD-4471-0283}}

Cześć {{PERSON|Magda}},

chirurg, dr {{PERSON|Andrzej Zieliński}}, tel. {{PHONE|12 422 71 08}}.

> Od: {{EMAIL|ewa.mazur@example.net}}
> Dzień dobry, nazywam się {{PERSON|Ewa Mazur}}. Zabieg {{neg:date|16 stycznia}}. Syn {{PERSON|Bartosz}}: {{PHONE|698 304 512}}.

{{PERSON|Paweł Król}}`),
  pl("transcript", `Transkrypcja (QA) – Przeprowadzki Odra, Wrocław
KONSULTANT: Przeprowadzki Odra, {{PERSON|Justyna}}.
KLIENT: Dzień dobry, {{PERSON|Marcin Dąbrowski}}. Przeprowadzka {{neg:date|18 grudnia}}.
KONSULTANT: Numer telefonu?
KLIENT: {{PHONE|sześćset siedem, czterysta piętnaście, dwieście dziewięćdziesiąt trzy}}.
KONSULTANT: {{PHONE|607 415 293}}, zgadza się?
KLIENT: Tak. Wycena {{neg:order-number|PO-2291}} na {{neg:amount|3 400 zł}}.`),
  pl("chat", `Czat – AutoUżywane.pl
Bot: Cześć! 👋 Jak masz na imię?
Gość: {{PERSON|Natalia Szymańska}}
Konsultant {{PERSON|Kuba}}: Cześć {{PERSON|Natalia}}, tu {{PERSON|Kuba}}. Jakie auto?
Gość: Octavia, rejestracja {{neg:plate|WE 4821K}}. Sprzedawca chce zaliczkę na {{IBAN|PL52 2490 1044 0000 4200 8371 6205}}, a wcześniej podał {{neg:iban-checksum|PL25 2490 1044 0000 4200 8371 6205}}
Konsultant {{PERSON|Kuba}}: Nie płać poza platformą. Sprawa {{neg:case-number|AU-33920}}.`),
  pl("note", `Notatka – strefa płatnego parkowania
{{PERSON|Stanisław Lewandowski}} odwołuje się od opłaty dodatkowej {{neg:reference|SPP-2026-44103}} dla {{neg:plate|KR 7731P}} z {{neg:date|01.12.2026}}, {{neg:time|12:45}}. {{neg:amount|250 zł}}. E-mail {{EMAIL|s.lewandowski@example.org}}.`),
  pl("summary", `Podsumowanie (AI) – Salon dla psów Łapka, Poznań
Klientka {{PERSON|Monika Jankowska}}: pies ma zadrapanie. Weterynarz {{PERSON|Grzegorz Pawlak}}, {{PHONE|61 852 40 17}}. Zwrot {{neg:amount|80 zł}}. Klientka {{PHONE|505 627 318}}.`),
  pl("email", `Temat: Eskalacja – wesele {{neg:date|12 czerwca 2027}}, Dwór Kalina
Od: {{EMAIL|przyjecia@example.net}}
Do: {{EMAIL|zarzad@example.net}}

{{PERSON|Robert}}, para {{PERSON|Aleksandra Kubiak}} i {{PERSON|Kamil Wrona}} zapłaciła kartą {{CARD|3714 620553 88170}}. {{PERSON|Aleksandra}}: {{PHONE|+48 604 218 973}}.
{{PERSON|Dorota}}`),
  pl("note", `Notatka po rozmowie – fundusz emerytalny
{{PERSON|Zbigniew Górski}} podał {{IBAN|PL91 1020 1026 0000 0419 9273 8455}}. Tel. {{PHONE|58 341 27 90}}.`),
  pl("chat", `Czat – Światłowód Plus wsparcie
Agent {{PERSON|Łukasz}}: Imię i nazwisko?
Klient: {{PERSON|Krzysztof Baran}}
Agent {{PERSON|Łukasz}}: Dzięki {{PERSON|Krzysztof}}. Router {{IP_ADDRESS|172.16.4.1}}, wersja {{neg:version|2.11.5}}.`),
]
