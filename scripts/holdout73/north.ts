// Dutch, Swedish, Norwegian, Finnish and Polish texts, written one by one: chats, notities, e-mails, samenvattingen,
// transcripts and SMS of a repair desk, a grocery delivery line, a glass-and-breakdown insurer, a mobile bank, a scooter
// rental, a course platform, a kitchen planner and a ticket desk.
import { mk } from "./mk.ts"

const nl = mk("nl-NL")
const sv = mk("sv-SE")
const nb = mk("nb-NO")
const fi = mk("fi-FI")
const pl = mk("pl-PL")

export const NL_NL = [
  nl("chat", `Voltaro klantenservice – chat 🎧
{{PERSON|sanne}}: hoi, mijn koptelefoon laadt niet meer, serienr {{neg:serial-number|VH-NL-22871}}
Medewerker {{PERSON|Bram}}: Hoi! Wat is je volledige naam en telefoonnummer?
{{PERSON|sanne}}: {{PERSON|Sanne van den Berg-Yılmaz}}, {{PHONE|06-48213097}}
Medewerker {{PERSON|Bram}}: Top, retourlabel {{neg:return-number|RET-NL-4409}} staat klaar.`),
  nl("note", `Notitie – Nimbo kaartblokkade
Mevr. {{PERSON|Kaur-de Vries, Harpreet}} belt om {{neg:time|01:18}}: pas {{neg:masked-card|**** 6132}} gestolen in de trein naar Utrecht. Geblokkeerd.
Betwiste betaling {{neg:amount|€ 276,45}}. Terugbetaling op {{IBAN|NL32 RABO 0312 5874 11}}. Tel. {{PHONE|+31 6 2841 7705}}.`),
  nl("email", `Van: {{EMAIL|joost.bakker-ahmadi@example.com}}
Onderwerp: Bestelling {{neg:order-number|FCN-660128}} – boodschappen kapot

Beste FreshCart, de eieren waren gebroken ({{neg:amount|€ 3,99}}). Graag terugstorten op {{IBAN|NL09 INGB 0006 8592 13}}, niet op {{neg:iban-checksum|NL90 INGB 0006 8592 13}}.
Groet, {{PERSON|Joost Bakker-Ahmadi}}, {{PHONE|020 624 1187}}`),
  nl("summary", `Gespreksverslag – Roadwise ruitschade & pechhulp
{{PERSON|Wilhelmina Kroes}} ({{PERSON|Mien}}): sterretje in voorruit, polis {{neg:policy-number|RWN-RS-33019}}. Afspraak {{neg:date|10 december}} om {{neg:time|09:30}}, postcode {{neg:postcode|3512 JK}}.
Tel. {{PHONE|030 231 4408}}, zoon {{PERSON|Daan}} {{PHONE|06 1734 9920}}.`),
  nl("transcript", `[Transcriptie – kaartverkoop Loudhall]
MEDEWERKER: Op welk nummer kunnen we u bereiken?
KLANT: {{PHONE|nul zes, achtentwintig, veertien, zevenenzeventig, nul drie}}
MEDEWERKER: {{PHONE|06 28 14 77 03}}, klopt dat? En uw naam?
KLANT: {{PERSON|Fleur Tjin-A-Fat}}. Twee kaarten voor {{neg:date|17 januari}}, bestelling {{neg:order-number|LHN-51820}}.`),
  nl("note", `Learnhive NL – uitbetaling docent
Docent {{PERSON|Rutger ten Hove}} (login {{PERSON|rtenhove}}) mist {{neg:amount|€ 540}}. App {{neg:version|7.2.0}}, ingelogd via {{IP_ADDRESS|192.168.2.11}} en {{IP_ADDRESS|fd12:3456:789a::2}}.
Tel. {{PHONE|010-4123390}}. Ticket {{neg:ticket-number|LH-NL-10442}}.`),
  nl("chat", `Keukenplanning Woonhuis – afspraak
Klant: hallo! wij willen een nieuwe keuken 😀 ik ben {{PERSON|Lotte}}, mijn vriend {{PERSON|Youssef}}
Ontwerper {{PERSON|Jeroen}}: Leuk! Telefoonnummer?
Klant: {{PHONE|06.5521.8830}}
Ontwerper {{PERSON|Jeroen}}: Afspraak {{neg:date|6 januari}} {{neg:time|14:00}}, offerte {{neg:reference|OFF-AMS-2290}} van {{neg:amount|€ 9.450}}.`),
  nl("sms", `Zipp Amsterdam: {{PERSON|Femke}}, je rit is beëindigd om {{neg:time|22:31}}, {{neg:amount|€ 4,10}}. Hulp: {{PHONE|020 808 5544}}`),
  nl("email", `Onderwerp: kaart geweigerd bij concertkaarten

Hallo, mijn Mastercard {{CARD|5521 0938 4774 6132}} werd geweigerd voor bestelling {{neg:order-number|LHN-62019}}. Eerder typte ik per ongeluk {{neg:luhn-invalid|5521 0938 4774 6133}}.
{{PERSON|Pieter-Jan Mulder}}, {{EMAIL|pj.mulder@example.org}}`),
  nl("summary", `Samenvatting – Voltaro garantie
Dhr. {{PERSON|Ravi Ramdin}}: wasmachine lekt, gekocht {{neg:date|21-04-2025}}. Monteur {{neg:date|15 december}}. Tel. {{PHONE|070 345 9081}}. {{neg:name-word|Mark}} as urgent – klant heeft baby.`),
]

export const SV_SE = [
  sv("chat", `FreshCart Sverige – chatt
{{PERSON|elin}}: hej! min matkasse kom aldrig 😞 order {{neg:order-number|FCS-449021}}
{{PERSON|Oskar}} (FreshCart): Hej {{PERSON|Elin}}! Vilket nummer når vi dig på?
{{PERSON|elin}}: {{PHONE|070-412 33 87}}
{{PERSON|Oskar}} (FreshCart): Ny leverans idag {{neg:time|18.00}}–{{neg:time|20.00}}, fraktavgiften {{neg:amount|49 kr}} återbetalas.`),
  sv("note", `Anteckning – Roadwise bärgning
Medlem {{PERSON|Lindqvist Åsa}} fick motorstopp på E4 vid Gävle. Mobil {{PHONE|+46 73 218 44 09}}. Bärgare kl {{neg:time|15:20}}.
Avtal {{neg:contract-number|RWS-BG-77120}}, postnummer {{neg:postcode|802 66}}. Ersättning till {{IBAN|SE56 8000 0832 7918 4602 5533}}.`),
  sv("email", `Från: {{EMAIL|mohammed.al-rashid@example.net}}
Ämne: Återbetalning kurs Learnhive

Hej, jag avbokade kursen "Excel grund" ({{neg:amount|1 190 kr}}). Jag vill ha pengarna på kortet {{CARD|4026 5518 3209 7418}}.
Mvh {{PERSON|Mohammed Al-Rashid}}, {{PHONE|08-545 120 33}}`),
  sv("summary", `Samtalssammanfattning – Nimbo kortspärr
{{PERSON|Ebba Gustafsson}} ({{PHONE|072-118 90 46}}): plånbok stulen på Liseberg. Kort {{neg:masked-card|•••• 2637}} spärrat {{neg:time|19:44}}. Omstridd köp {{neg:amount|2 349 kr}}.`),
  sv("transcript", `[Transkription – Voltaro support]
AGENT: Vilket telefonnummer?
KUND: {{PHONE|noll sju tre, sex två fem, fyrtioåtta, nitton}}
AGENT: {{PHONE|073-625 48 19}}, tack. Och namnet?
KUND: {{PERSON|Nils-Erik Johansson}}. Serienumret är {{neg:serial-number|VS-SE-30981}}.`),
  sv("note", `Köksplanering – Hemma Kök Göteborg
Kund {{PERSON|Sara Nyström}} och {{PERSON|Ahmed Farah}}. Ritning {{neg:version|3.2}}, offert {{neg:amount|84 500 kr}}.
Tel. {{PHONE|031-711 20 45}} / {{EMAIL|sara.nystrom@example.org}}. Möte {{neg:date|12 januari}} kl {{neg:time|10.00}}.`),
  sv("email", `Ämne: Biljetter – fel namn

Hej! Biljetterna (bokning {{neg:booking-ref|LHS-3K8W1}}) står på "{{PERSON|Jon Eriksson}}" men ska vara {{PERSON|Jonatan Eriksson}}. Betalat med {{CARD|5350 1827 4490 2637}}.
{{PERSON|Jonatan}}, {{PHONE|+46 70 981 22 64}}`),
  sv("ticket", `Webbformulär – Voltaro reparation
Namn: {{PERSON|Amir Hosseini}}
Telefon: {{PHONE|070-318 55 26}}
E-post: {{EMAIL|amir.h@example.com}}
Serienummer: {{neg:serial-number|VS-SE-81120}} · köpt {{neg:date|2025-06-30}}`),
  sv("sms", `Zipp Stockholm: {{PERSON|Linnea}}, din resa avslutades {{neg:time|08:12}}, {{neg:amount|24 kr}}. Hjälp: {{PHONE|08-120 590 00}}`),
  sv("chat", `Learnhive support
{{PERSON|kalle}}: kommer inte in på kontot
Support {{PERSON|Maja}}: Jag ser inloggningar från {{IP_ADDRESS|10.0.8.41}} och {{IP_ADDRESS|2001:db8:5e::17}}. Stämmer det?
{{PERSON|kalle}}: ja. jag heter {{PERSON|Karl Öberg}}, {{PHONE|076 554 21 08}}
Support {{PERSON|Maja}}: klart 👍`),
  sv("summary", `Sammanfattning – Roadwise glasskada
{{PERSON|Birgitta Holmström}}: stenskott i vindrutan. Skada {{neg:claim-number|RWS-GL-55107}}. Tel. {{PHONE|0910-178 442}}. Tid {{neg:date|14 december}} {{neg:time|13:00}}. Självrisk {{neg:amount|500 kr}}.`),
]

export const NB_NO = [
  nb("chat", `FreshCart Norge – chat
{{PERSON|ingrid}}: hei, varene kom uten melk 🥛 ordre {{neg:order-number|FCO-330981}}
{{PERSON|Sindre}} (FreshCart): Hei {{PERSON|Ingrid}}! Hvilket nummer?
{{PERSON|ingrid}}: {{PHONE|926 41 733}}
{{PERSON|Sindre}} (FreshCart): Refundert {{neg:amount|32,90 kr}} 👍`),
  nb("note", `Notat – Nimbo kortsperring
Kunde {{PERSON|Haugen, Tor Erling}} ringte {{neg:time|23:50}}: kort {{neg:masked-card|**** 9259}} mistet i Bergen. Sperret. Tlf {{PHONE|+47 412 88 306}}.
Omstridt beløp {{neg:amount|NOK 1 450}}. Refusjon til {{IBAN|NO68 1503 7713 264}}.`),
  nb("email", `Fra: {{EMAIL|aisha.mohammed@example.org}}
Emne: Kurs refusjon

Hei, jeg meldte meg av kurset og betalte {{neg:amount|890 kr}}. Refunder til {{IBAN|NO93 8601 1117 947}}, ikke {{neg:iban-checksum|NO39 8601 1117 947}}.
Hilsen {{PERSON|Aisha Mohammed}}, {{PHONE|22 47 18 90}}`),
  nb("summary", `Samtalereferat – Roadwise veihjelp
{{PERSON|Kristoffer Nilsen-Bakke}} stoppet på E6 ved Lillehammer. Mobil {{PHONE|958 12 044}}. Kranbil {{neg:time|16:05}}. Postnr {{neg:postcode|2609}}. Avtale {{neg:policy-number|RWO-VH-40213}}.`),
  nb("transcript", `[Transkripsjon – Loudhall billettservice]
AGENT: Hvilket nummer?
KUNDE: {{PHONE|fire en to, åtte åtte, tre null fem}}
AGENT: {{PHONE|412 88 305}}, takk. Navn?
KUNDE: {{PERSON|Sigrid Aas}}. To billetter til {{neg:date|3. mars}}, ordre {{neg:order-number|LHO-20174}}.`),
  nb("note", `Kjøkkenplanlegging – Bolig Interiør Oslo
Kunde {{PERSON|Ola Nordmann-Lie}} og {{PERSON|Thanh Pham}}. Tegning {{neg:version|1.4}}, tilbud {{neg:amount|kr 112 000}}.
Tlf {{PHONE|+47 924 55 018}}, {{EMAIL|thanh.pham@example.com}}. Møte {{neg:date|9. januar}} kl {{neg:time|11:00}}.`),
  nb("email", `Emne: Kort avvist ved billettkjøp

Hei, {{CARD|2224 6011 7384 9259}} ble avvist på ordre {{neg:order-number|LHO-20991}}. Forsøkte også {{neg:luhn-invalid|2224 6011 7384 9250}} (feil).
{{PERSON|Marius Strand}}, {{PHONE|481 20 377}}`),
  nb("sms", `Zipp Oslo: {{PERSON|Vilde}}, turen din ble avsluttet {{neg:time|21:03}}, {{neg:amount|38 kr}}. Hjelp: {{PHONE|21 55 30 80}}`),
  nb("chat", `Learnhive support
{{PERSON|jonas}}: får ikke logget inn
Support {{PERSON|Hedda}}: innlogging fra {{IP_ADDRESS|172.20.1.9}}? 
{{PERSON|jonas}}: ja. {{PERSON|Jonas Eide}}, {{EMAIL|jonas.eide@example.net}}
Support {{PERSON|Hedda}}: ok, lenke sendt ✅`),
  nb("summary", `Referat – Voltaro garanti
{{PERSON|Solveig Berntsen}}: oppvaskmaskin lekker, kjøpt {{neg:date|12.08.2025}}. Tekniker {{neg:date|16. desember}}. Tlf {{PHONE|55 31 20 48}}.`),
]

export const FI_FI = [
  fi("chat", `FreshCart Suomi – chat
{{PERSON|aino}}: moi, tilaus {{neg:order-number|FCF-220918}} puuttuu maito ja leipä 😕
{{PERSON|Eetu}} (FreshCart): Hei {{PERSON|Aino}}! Puhelinnumero?
{{PERSON|aino}}: {{PHONE|050-438 2219}}
{{PERSON|Eetu}} (FreshCart): Hyvitetty {{neg:amount|6,40 €}}.`),
  fi("note", `Muistiinpano – Nimbo kortin sulkeminen
Asiakas {{PERSON|Virtanen, Mikko Juhani}} soitti klo {{neg:time|00.40}}: kortti {{neg:masked-card|**** 0841}} kadonnut Tampereella. Suljettu.
Puh. {{PHONE|+358 44 901 2277}}. Kiistetty {{neg:amount|212,00 €}}. Hyvitys tilille {{IBAN|FI74 5000 0120 2538 69}}.`),
  fi("email", `Lähettäjä: {{EMAIL|hanna.korhonen@example.com}}
Aihe: Kurssin hyvitys

Hei, peruin kurssin ({{neg:amount|149 €}}). Maksakaa tilille {{IBAN|FI21 1234 5600 0007 85}} – ei {{neg:iban-checksum|FI12 1234 5600 0007 85}}.
Terveisin {{PERSON|Hanna Korhonen}}, {{PHONE|09 4257 1180}}`),
  fi("summary", `Puhelun yhteenveto – Roadwise tiepalvelu
{{PERSON|Juha-Pekka Lahtinen}}: auto sammui Kehä III:lla. Puh. {{PHONE|040 712 3388}}. Hinausauto klo {{neg:time|17.15}}. Postinumero {{neg:postcode|01510}}.`),
  fi("transcript", `[Litterointi – Voltaro tuki]
AGENTTI: Mikä on puhelinnumeronne?
ASIAKAS: {{PHONE|nolla neljä neljä, kaksi kolme yksi, nolla seitsemän yhdeksän viisi}}
AGENTTI: {{PHONE|044 231 0795}}, kiitos. Nimi?
ASIAKAS: {{PERSON|Anni Hämäläinen}}. Laitteen sarjanumero {{neg:serial-number|VF-FI-10447}}.`),
  fi("note", `Keittiösuunnittelu – Koti Kaluste
Asiakkaat {{PERSON|Riikka Mäkelä}} ja {{PERSON|Abdi Warsame}}. Versio {{neg:version|2.3}}, tarjous {{neg:amount|14 900 €}}.
Puh. {{PHONE|045 611 2093}}, {{EMAIL|riikka.makela@example.org}}. Tapaaminen {{neg:date|8.1.2027}} klo {{neg:time|12.30}}.`),
  fi("email", `Aihe: Lippujen maksu hylätty

Hei, korttini {{CARD|4718 0552 9316 0841}} hylättiin tilauksessa {{neg:order-number|LHF-40219}}. Ensin kirjoitin väärin {{neg:luhn-invalid|4718 0552 9316 0842}}.
{{PERSON|Ville Heikkinen}}, {{PHONE|+358 50 227 3014}}`),
  fi("sms", `Zipp Helsinki: {{PERSON|Emilia}}, matka päättyi klo {{neg:time|19.58}}, {{neg:amount|3,20 €}}. Apu: {{PHONE|09 4241 5500}}`),
  fi("chat", `Learnhive tuki
{{PERSON|tuomas}}: en pääse kirjautumaan
Tuki {{PERSON|Laura}}: kirjautumiset osoitteista {{IP_ADDRESS|192.168.100.7}} ja {{IP_ADDRESS|fd7a:115c:a1e0::5}}?
{{PERSON|tuomas}}: joo. {{PERSON|Tuomas Nieminen}}, {{PHONE|041 388 2150}}
Tuki {{PERSON|Laura}}: linkki lähetetty ✅`),
  fi("summary", `Yhteenveto – Roadwise lasivahinko
{{PERSON|Päivi Salonen}}: kivenisku tuulilasissa. Vahinko {{neg:claim-number|RWF-LV-22104}}. Puh. {{PHONE|050 761 4402}}. Aika {{neg:date|14.12.2026}} klo {{neg:time|9.00}}.`),
]

export const PL_PL = [
  pl("chat", `FreshCart Polska – czat
{{PERSON|kasia}}: dzień dobry, zakupy nie dotarły 😟 zamówienie {{neg:order-number|FCP-118820}}
{{PERSON|Michał}} (FreshCart): Dzień dobry! Numer telefonu?
{{PERSON|kasia}}: {{PHONE|512 338 907}}
{{PERSON|Michał}} (FreshCart): Nowa dostawa dziś do {{neg:time|20:00}}, zwrot {{neg:amount|9,99 zł}}.`),
  pl("note", `Notatka – Nimbo blokada karty
Klientka {{PERSON|Wiśniewska-Nguyen, Agnieszka}} dzwoni o {{neg:time|05:12}}: karta {{neg:masked-card|**** 6648}} zgubiona w Krakowie. Zablokowana.
Tel. {{PHONE|+48 601 224 518}}. Zwrot na {{IBAN|PL84 1140 2004 0000 3502 7591 3166}}.`),
  pl("email", `Od: {{EMAIL|t.grabowski@example.net}}
Temat: Zwrot za kurs Learnhive

Dzień dobry, zrezygnowałem z kursu ({{neg:amount|349 zł}}). Proszę o zwrot na {{IBAN|PL73 2490 0005 0000 4600 3172 6648}} (nie {{neg:iban-checksum|PL37 2490 0005 0000 4600 3172 6648}}).
{{PERSON|Tomasz Grabowski}}, {{PHONE|22 628 41 90}}`),
  pl("summary", `Podsumowanie rozmowy – Roadwise pomoc drogowa
{{PERSON|Zofia Lewandowska}}: awaria na A4 pod Wrocławiem. Tel. {{PHONE|698 201 445}}. Laweta o {{neg:time|12:40}}. Kod {{neg:postcode|50-001}}. Polisa {{neg:policy-number|RWP-PD-70219}}.`),
  pl("transcript", `[Transkrypcja – kasa biletowa Loudhall]
AGENT: Poproszę numer telefonu.
KLIENT: {{PHONE|pięćset trzy, sto dwadzieścia, czterysta siedemdziesiąt dwa}}
AGENT: {{PHONE|503 120 472}}, dziękuję. Nazwisko?
KLIENT: {{PERSON|Jakub Zieliński}}. Dwa bilety na {{neg:date|7 lutego}}, zamówienie {{neg:order-number|LHP-30817}}.`),
  pl("note", `Planowanie kuchni – Meble Dom
Klienci {{PERSON|Paweł Kamiński}} i {{PERSON|Olena Shevchenko}}. Projekt {{neg:version|2.2}}, wycena {{neg:amount|27 400 zł}}.
Tel. {{PHONE|(12) 421 77 03}}, {{EMAIL|olena.sh@example.org}}. Spotkanie {{neg:date|11 stycznia}} o {{neg:time|16:00}}.`),
  pl("email", `Temat: Karta odrzucona – bilety

Dzień dobry, karta {{CARD|3498 712045 56132}} została odrzucona przy zamówieniu {{neg:order-number|LHP-40122}}.
{{PERSON|Bartosz Wójcik}}, {{PHONE|+48 790 334 218}}`),
  pl("sms", `Zipp Warszawa: {{PERSON|Ola}}, przejazd zakończony o {{neg:time|17:44}}, {{neg:amount|6,50 zł}}. Pomoc: {{PHONE|22 290 41 10}}`),
  pl("chat", `Learnhive – pomoc
{{PERSON|marek}}: nie mogę się zalogować
Wsparcie {{PERSON|Ewa}}: logowania z {{IP_ADDRESS|10.1.1.200}}? 
{{PERSON|marek}}: tak. {{PERSON|Marek Dąbrowski}}, {{PHONE|505 117 882}}
Wsparcie {{PERSON|Ewa}}: link wysłany ✅`),
  pl("summary", `Podsumowanie – Voltaro gwarancja
Pan {{PERSON|Stanisław Kowalczyk}}: pralka nie wiruje, zakup {{neg:date|18.05.2025}}. Serwis {{neg:date|15 grudnia}}. Tel. {{PHONE|61 852 30 17}}.`),
]
