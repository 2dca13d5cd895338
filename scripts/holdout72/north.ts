// Dutch, Flemish, Swedish, Danish and Polish texts (nl-NL, nl-BE, sv-SE, da-DK, pl-PL), written one by one:
// webformulieren, CRM-exports, terugbellijsten; kontaktformulär, bokningsbekräftelser; kundekort; formularze, kolejki oddzwonień.
import { mk } from "./mk.ts"

const nl = mk("nl-NL")
const be = mk("nl-BE")
const sv = mk("sv-SE")
const da = mk("da-DK")
const pl = mk("pl-PL")

export const NL_NL = [
  nl("ticket", `Webformulier – Woonstede Verhuur
Voornaam: {{PERSON|Maartje}}
Achternaam: {{PERSON|van der Heijden}}
Telefoon (mobiel): {{PHONE|06 5533 0192}}
Telefoon (vast): {{PHONE|020 618 4492}}
E-mail: {{EMAIL|maartje.vdheijden@example.com}}
Postcode: {{neg:postcode|1072 GX}}
Bericht: huurverhoging van {{neg:amount|€ 38}} per {{neg:date|1 januari}} klopt niet`),
  nl("note", `CRM-export klant {{neg:customer-number|KL-2209183}}
Naam: {{PERSON|JANSSEN, Pieter-Jan}}
Roepnaam: {{PERSON|PJ}}
Gebruikersnaam: {{PERSON|pjjanssen}}
Tel. (privé): {{PHONE|010 447 2816}}
IBAN: {{IBAN|NL98 INGB 0007 3182 64}}
IBAN oud (fout): {{neg:iban-checksum|NL89 INGB 0007 3182 64}}`),
  nl("email", `Onderwerp: Orderbevestiging {{neg:order-number|NL-448102}}
Beste {{PERSON|Sanne}},
Je bestelling van {{neg:amount|€ 74,95}} wordt op {{neg:date|10 december}} bezorgd tussen {{neg:time|14:00}} en {{neg:time|18:00}}.
Betaald met Visa {{CARD|4929 1834 7720 5615}}.
Vragen? {{EMAIL|klantenservice@fietsenhuis.example}}`),
  nl("summary", `Afsluitcode: TERUGBELLEN
Voicemail (uitgeschreven): "hallo met {{PERSON|Ruud Verbeek}}, bel me terug op {{PHONE|nul zes, eenentwintig, vierentachtig, zevenenzeventig, dertig}}, dank je"
Contract {{neg:contract-number|CT-77120}}, storing sinds {{neg:date|4 december}}.
Medewerker: {{PERSON|Fatima el Idrissi}}`),
  nl("note", `achternaam;voornaam;telefoon;plaats
{{PERSON|de Vries}};{{PERSON|Anouk}};{{PHONE|030 271 8845}};Utrecht
{{PERSON|Bouzid}};{{PERSON|Yassine}};{{PHONE|+31 6 4471 8203}};Rotterdam
{{PERSON|Smit}};{{PERSON|Hendrik}};{{PHONE|050 318 2276}};Groningen`),
  nl("ticket", `<klant nr="{{neg:customer-number|E-30917}}">
  <naam>{{PERSON|Willemijn Kuipers}}</naam>
  <telefoon>{{PHONE|070 362 9914}}</telefoon>
  <email>{{EMAIL|w.kuipers@example.org}}</email>
  <ip>{{IP_ADDRESS|2001:db8:77:1::a2}}</ip>
</klant>`),
  nl("chat", `Chat – Energie Polder
{{PERSON|Bram}} (medewerker): Goedemiddag! Op welke naam staat het contract?
U: {{PERSON|Esmée Koster}}, nieuwe rekening {{IBAN|NL50 RABO 0318 4729 50}}
{{PERSON|Bram}} (medewerker): Top, verwerkt. Termijnbedrag {{neg:amount|€ 112,00}} vanaf {{neg:date|1 februari}}.`),
  nl("note", `Terugbellijst {{neg:date|08-12-2026}}
{{neg:time|10:00}} – dhr. {{PERSON|Gerrit Mulder}} – {{PHONE|06 1907 4428}} – opzegging
{{neg:time|10:30}} – mevr. {{PERSON|Nkechi Obi}} – {{PHONE|040 244 6150}} – pakket {{neg:tracking-number|3SPLD 4471 902}}`),
  nl("email", `Boekingsbevestiging {{neg:booking-ref|TX-5530}} – Hotel Zeezicht Texel
Gast: {{PERSON|Joost Hoekstra}}
Aankomst {{neg:date|19 december}}, vanaf {{neg:time|15:00}}
Aanbetaling {{neg:amount|€ 95,00}}, kaart {{neg:masked-card|**** **** **** 6631}}
Telefoon gast: {{PHONE|06 3082 1175}}`),
  nl("note", `Enquête-antwoord {{neg:reference|ENQ-8812}}
Cijfer: 8
Opmerking: "{{PERSON|Lotte}} van de klantenservice was heel vriendelijk."
Ingevuld door: {{PERSON|Dirk-Jan Vermeulen}} ({{EMAIL|djvermeulen@example.net}}), app {{neg:version|6.0.4}}`),
]

export const NL_BE = [
  be("ticket", `Contactformulier – Nutsbedrijf Scheldeland
Voornaam: {{PERSON|Ine}}
Familienaam: {{PERSON|Vanderstraeten}}
GSM: {{PHONE|0476 21 39 08}}
Telefoon: {{PHONE|09 225 31 74}}
E-mail: {{EMAIL|ine.vanderstraeten@example.org}}
Postcode: {{neg:postcode|9000}}
Vraag: voorschot van {{neg:amount|€ 145}} vanaf {{neg:date|1 januari}}?`),
  be("note", `Klantenfiche
Naam/Nom: {{PERSON|PEETERS, Wouter}}
Korte naam: {{PERSON|W. Peeters}}
Tel. (privé): {{PHONE|03 231 88 40}}
IBAN: {{IBAN|BE03 3630 9274 6184}}
IBAN vorige (fout): {{neg:iban-checksum|BE30 3630 9274 6184}}
Klantnummer: {{neg:customer-number|SL-880412}}`),
  be("email", `Onderwerp: Bevestiging bestelling {{neg:order-number|BE-30218}}
Dag {{PERSON|Lieselot}},
Uw bestelling wordt geleverd op {{neg:date|12 december}} aan {{PERSON|Lieselot Claes}}, {{neg:postcode|3000}} Leuven.
Betaald met Mastercard {{neg:masked-card|**** 5727}}.
Vragen: {{EMAIL|hallo@boekhandelclaes.example}} of {{PHONE|016 22 47 91}}`),
  be("summary", `Afsluitcode: TERUGBELLEN
Voicemail: "ja goeiedag, {{PERSON|Jens Wouters}} hier, bel mij op {{PHONE|nul vier zeven twee, tachtig, dertien, vijfenvijftig}}"
Dossier {{neg:case-number|DS-44019}}, meterstand {{neg:date|3 december}}.
Medewerker: {{PERSON|Hanne De Smet}}`),
  be("note", `naam,voornaam,gsm,gemeente
{{PERSON|Maes}},{{PERSON|Arne}},{{PHONE|0485 66 20 17}},Mechelen
{{PERSON|El Khattabi}},{{PERSON|Samira}},{{PHONE|+32 478 55 09 12}},Antwerpen
{{PERSON|Goossens}},{{PERSON|Marieke}},{{PHONE|0496 33 18 02}},Hasselt`),
  be("ticket", `{"klant":"{{PERSON|Bart Van Damme}}","tel":"{{PHONE|02 511 47 82}}","email":"{{EMAIL|bvandamme@example.com}}","modem":"{{neg:serial-number|MD-2207-B44}}","fw":"{{neg:version|1.22.7}}"}`),
  be("chat", `Chat – Telenet-partner Brugge
{{PERSON|Kobe}} (medewerker): Dag! Op wiens naam staat het abonnement?
U: {{PERSON|Griet Desmet}}
{{PERSON|Kobe}} (medewerker): Dank u. Factuur {{neg:invoice-number|FAC-20917}} van {{neg:amount|€ 59,99}} is betaald.
U: graag sms naar {{PHONE|0471 92 04 36}}`),
  be("note", `Terugbellijst {{neg:date|09/12/2026}}
{{neg:time|14u30}} – dhr. {{PERSON|Luc Verhaegen}} – {{PHONE|050 34 71 28}} – opzeg
{{neg:time|15u00}} – mevr. {{PERSON|Nathalie Dupont}} – {{PHONE|0473 18 65 90}} – kaart {{neg:masked-card|•••• 0452}}`),
  be("email", `Reservatiebon {{neg:booking-ref|ARD-2218}} – Vakantiepark Ardennen
Gast: {{PERSON|Stijn Cools}}
Aankomst {{neg:date|27 december}} vanaf {{neg:time|16:00}}
Voorschot {{neg:amount|€ 250}} betaald, rest ter plaatse.
GSM gast: {{PHONE|0468 21 77 03}}`),
  be("transcript", `MEDEWERKER: Goeiemiddag, {{PERSON|Elke}} van Scheldeland.
KLANT: Ja, {{PERSON|Rik Van den Broeck}} hier. Mijn nummer is {{PHONE|nul vier negen nul, vijfenveertig, twaalf, zesentachtig}}.
MEDEWERKER: {{PHONE|0490 45 12 86}}, genoteerd. Ticket {{neg:ticket-number|SL-7703}}.`),
]

export const SV_SE = [
  sv("ticket", `Kontaktformulär – Mälarhem Bostäder
Förnamn: {{PERSON|Linnéa}}
Efternamn: {{PERSON|Sjöberg}}
Mobil: {{PHONE|070-318 24 96}}
Telefon: {{PHONE|08-612 47 30}}
E-post: {{EMAIL|linnea.sjoberg@example.net}}
Postnummer: {{neg:postcode|114 32}}
Meddelande: hyran höjs med {{neg:amount|420 kr}} från {{neg:date|1 januari}}?`),
  sv("note", `Kundkort (CRM-export)
Efternamn, förnamn: {{PERSON|LUNDQVIST, Oskar}}
Tilltalsnamn: {{PERSON|Ossi}}
Användare: {{PERSON|olundqvist}}
Tel. (hem): {{PHONE|031-711 42 09}}
IBAN: {{IBAN|SE75 5000 0000 0583 9172 6401}}
Kundnummer: {{neg:customer-number|MH-550218}}`),
  sv("email", `Ämne: Orderbekräftelse {{neg:order-number|SE-880341}}
Hej {{PERSON|Elin}}!
Din order på {{neg:amount|1 249 kr}} levereras {{neg:date|11 december}}.
Mottagare: {{PERSON|Elin Abdi}}, {{neg:postcode|753 20}} Uppsala
Betalt med Mastercard {{CARD|5193 4471 0826 3350}}.
Frågor? {{EMAIL|kundtjanst@nordiskhem.example}}`),
  sv("summary", `Avslutskod: RING UPP
Röstmeddelande (transkriberat): "hej det är {{PERSON|Göran Axelsson}}, ring mig på {{PHONE|noll sju tre, fem noll två, ett åtta, åtta fyra}}"
Ärende {{neg:case-number|AR-20417}}, faktura {{neg:amount|689 kr}}.
Handläggare: {{PERSON|Amira Hassan}}`),
  sv("note", `efternamn	förnamn	telefon	ort
{{PERSON|Nyström}}	{{PERSON|Hampus}}	{{PHONE|076-229 05 31}}	Malmö
{{PERSON|Karlsson}}	{{PERSON|Ebba}}	{{PHONE|040-611 38 27}}	Malmö
{{PERSON|Yilmaz}}	{{PERSON|Deniz}}	{{PHONE|+46 70 442 18 35}}	Göteborg`),
  sv("ticket", `bokning:
  referens: {{neg:booking-ref|STF-3392}}
  gäst: {{PERSON|Viktor Engström}}
  telefon: "{{PHONE|072-841 66 10}}"
  e-post: {{EMAIL|viktor.e@example.org}}
  ankomst: {{neg:date|2026-12-28}}`),
  sv("chat", `Chatt – Norrland Energi
{{PERSON|Johanna}} (kundtjänst): Hej! Vem står på avtalet?
Du: {{PERSON|Malin Forsgren}}, nytt konto {{IBAN|SE54 8000 0832 7900 1438 5627}}
{{PERSON|Johanna}} (kundtjänst): Tack, ändrat. Nästa dragning {{neg:amount|512 kr}} den {{neg:date|28 december}}.`),
  sv("note", `Återuppringningar {{neg:date|2026-12-09}}
kl. {{neg:time|13.00}} – herr {{PERSON|Bengt Öberg}} – {{PHONE|018-55 42 19}} – uppsägning
kl. {{neg:time|13.30}} – fru {{PERSON|Sofia Lindahl}} – {{PHONE|073-920 11 47}} – kort {{neg:masked-card|**** 8821}}`),
  sv("email", `Bokningsbekräftelse {{neg:booking-ref|FJL-2207}} – Fjällstugan Åre
Gäst: {{PERSON|Niklas Wahlberg}}
Incheckning {{neg:date|3 januari}} från {{neg:time|15.00}}
Handpenning {{neg:amount|1 500 kr}} betald.
Gästens mobil: {{PHONE|070-615 82 33}}`),
  sv("transcript", `AGENT: Välkommen till Sydkraft Service, {{PERSON|Emma}} här.
KUND: Hej, {{PERSON|Rasmus Hägg}}. Mitt nummer är {{PHONE|noll sju noll, fyra ett sex, nio tre, två åtta}}.
AGENT: {{PHONE|070-416 93 28}}, noterat. Router {{neg:version|5.1.3}}, lokal IP {{IP_ADDRESS|192.168.0.17}}.`),
]

export const DA_DK = [
  da("ticket", `Kontaktformular – Fjordbo Udlejning
Fornavn: {{PERSON|Mette}}
Efternavn: {{PERSON|Kjærgaard}}
Mobil: {{PHONE|20 41 87 36}}
E-mail: {{EMAIL|mette.kjaergaard@example.com}}
Postnr.: {{neg:postcode|8000}}
Besked: huslejen stiger {{neg:amount|350 kr}} fra {{neg:date|1. januar}}?`),
  da("note", `Kundekort
Navn: {{PERSON|RASMUSSEN, Søren}}
Kaldenavn: {{PERSON|S. Rasmussen}}
Brugernavn: {{PERSON|srasmussen}}
Tlf. (privat): {{PHONE|33 91 27 40}}
IBAN: {{IBAN|DK15 3000 0417 3850 92}}
IBAN gammel (forkert): {{neg:iban-checksum|DK51 3000 0417 3850 92}}`),
  da("email", `Emne: Ordrebekræftelse {{neg:order-number|DK-220571}}
Hej {{PERSON|Freja}},
Din ordre på {{neg:amount|899 kr}} leveres {{neg:date|10. december}}.
Leveres til {{PERSON|Freja Holmgaard}}, {{neg:postcode|2100}} København Ø
Spørgsmål: {{EMAIL|kundeservice@nordlys-boligtekstil.example}} eller {{PHONE|70 22 41 90}}`),
  da("summary", `Afslutningskode: RING TILBAGE
Telefonsvarer (skrevet ud): "hej det er {{PERSON|Jonas Bech}}, ring på {{PHONE|enogtredive, tooghalvfjerds, nul fem, otteogfyrre}}"
Sag {{neg:case-number|SG-30871}}, regning {{neg:amount|1.249 kr}}.
Medarbejder: {{PERSON|Aisha Yusuf}}`),
  da("note", `efternavn;fornavn;telefon;by
{{PERSON|Madsen}};{{PERSON|Karoline}};{{PHONE|42 18 66 09}};Odense
{{PERSON|Ahmadi}};{{PERSON|Farid}};{{PHONE|+45 53 71 28 64}};Aarhus
{{PERSON|Thomsen}};{{PERSON|Villads}};{{PHONE|86 12 44 07}};Silkeborg`),
  da("ticket", `{"booking":"{{neg:booking-ref|SKG-4410}}","gaest":"{{PERSON|Ida Lauridsen}}","tlf":"{{PHONE|61 55 03 28}}","email":"{{EMAIL|ida.l@example.org}}","ankomst":"{{neg:date|2026-12-27}}","ip":"{{IP_ADDRESS|203.0.113.88}}"}`),
  da("chat", `Chat – Vestkyst Energi
{{PERSON|Mikkel}} (kundeservice): Hej! Hvem står på aftalen?
Du: {{PERSON|Signe Vestergaard}}, ny konto {{IBAN|DK60 5295 0048 1273 66}}
{{PERSON|Mikkel}} (kundeservice): Tak. Næste opkrævning {{neg:amount|640 kr}} den {{neg:date|1. februar}}.`),
  da("note", `Tilbagekald {{neg:date|09.12.2026}}
kl. {{neg:time|10.00}} – hr. {{PERSON|Palle Nørgaard}} – {{PHONE|27 39 80 16}} – opsigelse
kl. {{neg:time|10.30}} – fru {{PERSON|Birgitte Holm}} – {{PHONE|71 90 22 45}} – kort {{neg:masked-card|**** 3190}}`),
  da("email", `Bookingbekræftelse {{neg:booking-ref|SKA-9915}} – Skagen Strandhotel
Gæst: {{PERSON|Anders Juul}}
Ankomst {{neg:date|29. december}} fra {{neg:time|15.00}}
Depositum {{neg:amount|1.200 kr}} betalt med {{neg:masked-card|XXXX XXXX XXXX 2041}}
Gæstens mobil: {{PHONE|28 61 40 95}}`),
  da("transcript", `AGENT: Velkommen til Dansk Bredbånd, det er {{PERSON|Camilla}}.
KUNDE: Hej, {{PERSON|Kasper Friis}}. Mit nummer er {{PHONE|fireogtyve, seksogfyrre, atten, toogtredive}}.
AGENT: {{PHONE|24 46 18 32}}, noteret. Sag {{neg:ticket-number|DB-5512}}, router-IP {{IP_ADDRESS|fd7a:115c:a1e0::3}}.`),
]

export const PL_PL = [
  pl("ticket", `Formularz kontaktowy – Spółdzielnia Mieszkaniowa Wisła
Imię: {{PERSON|Katarzyna}}
Nazwisko: {{PERSON|Zielińska-Kos}}
Telefon komórkowy: {{PHONE|601 882 347}}
Telefon stacjonarny: {{PHONE|22 628 41 90}}
E-mail: {{EMAIL|k.zielinska.kos@example.net}}
Kod pocztowy: {{neg:postcode|00-950}}
Wiadomość: czynsz wzrósł o {{neg:amount|85 zł}} od {{neg:date|1 grudnia}}`),
  pl("note", `Karta klienta (eksport CRM)
Nazwisko, imię: {{PERSON|NOWAKOWSKI, Bartłomiej}}
Skrót: {{PERSON|B. Nowakowski}}
Login: {{PERSON|bnowakowski}}
Tel. (prywatny): {{PHONE|512 774 038}}
IBAN: {{IBAN|PL91 1020 1026 0000 4270 1938 4651}}
IBAN poprzedni (błędny): {{neg:iban-checksum|PL19 1020 1026 0000 4270 1938 4651}}`),
  pl("email", `Temat: Potwierdzenie zamówienia {{neg:order-number|ZAM-550917}}
Dzień dobry, {{PERSON|Magdalena}},
Zamówienie na kwotę {{neg:amount|349,99 zł}} zostanie dostarczone {{neg:date|12 grudnia}}.
Odbiorca: {{PERSON|Magdalena Krupa}}, {{neg:postcode|30-418}} Kraków
Płatność kartą {{neg:masked-card|**** 2271}}.
Kontakt: {{EMAIL|sklep@domowaszafa.example}}`),
  pl("summary", `Kod zamknięcia: ODDZWONIĆ
Poczta głosowa (transkrypcja): „dzień dobry, tu {{PERSON|Zbigniew Pawlak}}, proszę oddzwonić na {{PHONE|sześćset dziewięćdziesiąt osiem, dwieście dziesięć, czterysta pięćdziesiąt pięć}}"
Umowa {{neg:contract-number|UM-30218}}, faktura {{neg:amount|212 zł}}.
Konsultantka: {{PERSON|Weronika Mazur}}`),
  pl("note", `nazwisko;imię;telefon;miasto
{{PERSON|Wiśniewski}};{{PERSON|Kacper}};{{PHONE|12 421 83 07}};Kraków
{{PERSON|Olszewska}};{{PERSON|Julia}};{{PHONE|+48 730 226 814}};Gdańsk
{{PERSON|Kaczmarek}};{{PERSON|Oliwer}};{{PHONE|61 852 44 03}};Poznań`),
  pl("ticket", `<zgloszenie nr="{{neg:ticket-number|ZG-77102}}">
  <klient>{{PERSON|Dorota Szymańska}}</klient>
  <telefon>{{PHONE|788 340 912}}</telefon>
  <email>{{EMAIL|dszymanska@example.com}}</email>
  <router_ip>{{IP_ADDRESS|10.0.14.2}}</router_ip>
  <oprogramowanie>{{neg:version|3.0.9}}</oprogramowanie>
</zgloszenie>`),
  pl("chat", `Czat – Energia Mazowsze
{{PERSON|Paulina}} (konsultantka): Dzień dobry! Na kogo jest umowa?
Ty: {{PERSON|Grzegorz Kamiński}}
{{PERSON|Paulina}} (konsultantka): Dziękuję. Rachunek {{neg:amount|167,40 zł}} z terminem {{neg:date|20 grudnia}}.
Ty: proszę o SMS na {{PHONE|503 117 629}}`),
  pl("note", `Kolejka oddzwonień {{neg:date|10.12.2026}}
{{neg:time|09:00}} – Pan {{PERSON|Tadeusz Lis}} – {{PHONE|604 218 773}} – reklamacja
{{neg:time|09:30}} – Pani {{PERSON|Halina Sowińska}} – {{PHONE|691 440 205}} – karta {{neg:masked-card|**** 0917}}`),
  pl("email", `Voucher {{neg:booking-ref|ZAK-3308}} – Pensjonat pod Giewontem
Gość: {{PERSON|Michał Gąsienica}}
Przyjazd {{neg:date|30 grudnia}}, od {{neg:time|15:00}}
Zaliczka {{neg:amount|400 zł}} wpłacona kartą {{CARD|2227 1485 0093 4617}}.
Telefon gościa: {{PHONE|607 913 284}}`),
  pl("transcript", `KONSULTANT: Dzień dobry, Netia-partner, {{PERSON|Adam}} przy telefonie.
KLIENT: Dzień dobry, {{PERSON|Renata Wróblewska}}. Mój numer to {{PHONE|pięćset trzydzieści dwa, sto czterdzieści, dziewięćset osiemdziesiąt jeden}}.
KONSULTANT: {{PHONE|532 140 981}}, zapisane. Zgłoszenie {{neg:ticket-number|NT-44190}}.`),
]
