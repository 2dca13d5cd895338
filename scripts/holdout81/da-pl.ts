// Texts of Denmark and Poland, written one by one: privat hjemmehjælp and opieka domowa, varmepumper and solceller,
// pompy ciepła and fotowoltaika on loans, an idrætsforening's kontingent and a klub's składki and youth groups, and a
// foder and karma subscription.
import { mk } from "./mk.ts"

const da = mk("da-DK")
const pl = mk("pl-PL")

export const DA_DK = [
  da("email", `Fra: {{PERSON|Mette Kjærsgaard}} <{{EMAIL|mette.kjaersgaard@example.dk}}>
Til: Hjemmehjælpen <{{EMAIL|kontakt@example.dk}}>
Emne: Min fars besøg om aftenen

Hej,

Min far, {{PERSON|Jørgen Kjærsgaard}}, er flyttet fra {{neg:street|H.C. Andersens Boulevard}} til {{neg:street|Grundtvigsvej 12, 2. tv.}}, {{neg:postcode|8000}} Aarhus C. Aftenbesøget skal flyttes fra {{neg:time|19.00}} til {{neg:time|20.30}}, så han kan se nyhederne først.

Faktura {{neg:invoice-number|FAK-2026-0418}} på {{neg:amount|3.240 kr.}} betales over Betalingsservice fra {{IBAN|DK21 3000 3419 8765 21}}.

Venlig hilsen
{{PERSON|Mette}}
Mobil {{PHONE|20 41 73 58}}`),

  da("call", `Automatisk transskription — varmepumpe-salg — {{neg:date|11. marts 2026}}
Sælger: Goddag, det er {{PERSON|Rasmus}}.
Kunde: Hej, det er angående tilbuddet på luft-til-vand varmepumpen, nummer {{neg:quote-number|TB-26-1185}}.
Sælger: Ja, den {{neg:product|Vaillant aroTHERM plus}} på {{neg:capacity|7 kW}}, {{neg:amount|96.500 kr.}} inklusive montering. Vil du have finansiering?
Kunde: Ja, over otte år. Ring til mig på {{PHONE|otteogtyve, halvtreds, tretten, seksoghalvfems}}.
Sælger: Tak. Og vi søger tilskuddet fra Bygningspuljen for dig.`),

  da("sms", `Hej fra fodboldklubben ⚽ Kontingent for U12 ({{neg:amount|650 kr.}}) mangler for medlem {{neg:member-number|FK-2026-0377}}. Betal via MobilePay til {{PHONE|61 77 24 19}}, skriv barnets navn. Mvh {{PERSON|Lasse}}, kasserer`),

  da("chat", `Chat — foderabonnement
Kunde: hej, jeg har læst i avisen om en tilbagekaldelse af hundefoder pga. for meget D-vitamin. Gælder det jeres?
Agent: Hej! Nej, det gælder et andet mærke. Men du kan altid tjekke batchnummeret på posen — vores tilbagekaldte batch sidste år var {{neg:reference|L2611-0487}}.
Kunde: okay, der står {{neg:reference|L2703-1152}} på min
Agent: Den er helt fin 👍 {{neg:pet-name|Bamse}} kan roligt spise videre. Vil du have besked på SMS, hvis der nogensinde kommer en tilbagekaldelse?
Kunde: ja tak, {{PHONE|31 62 09 47}}`),

  da("form", `Ansøgning om solcellelån — webformular
Navn: {{PERSON|Henrik Bøgh Madsen}}
E-mail: {{EMAIL|henrik.b.madsen@example.dk}}
Telefon: {{PHONE|+45 28 50 13 97}}
Adresse: {{neg:street|Bøgevej 4}}, {{neg:postcode|DK-5700}} Svendborg
Anlæg: {{neg:capacity|6 kWp}} + batteri {{neg:capacity|10 kWh}}
Beløb: {{neg:amount|DKK 118.000}}
Løbetid: 10 år
Udbetalingskonto: {{IBAN|DK37 5295 0001 8372 46}}
IP: {{IP_ADDRESS|203.0.113.240}}`),

  da("note", `Besøgsnotat — privat hjemmepleje — {{neg:date|18.03.2026}}
Borger: {{PERSON|Inger Damgaard}}, 87, Vejle. Besøg {{neg:time|08.00}}–{{neg:time|08.40}}.
Bad og morgenmad. {{PERSON|Inger}} var lidt forvirret i dag, spurgte efter sin mand. Katten {{neg:pet-name|Misser}} havde væltet vandskålen.
Datter ringet op på {{PHONE|75 82 41 09}}, kommer i morgen.
Medarbejder: {{PERSON|Sana Ahmadi}}`),

  da("email", `Fra: Ungdomsafdelingen <{{EMAIL|ungdom@example.dk}}>
Til: {{EMAIL|k.frandsen@example.dk}}
Emne: Børneattest til ny træner

Kære {{PERSON|Kasper Frandsen}}

Tak fordi du vil træne U10-pigerne! Før første træning skal vi indhente en børneattest. Du får en besked i e-Boks, som du skal godkende inden {{neg:date|1. april}}.

Træning er tirsdag {{neg:time|16.30}} på {{neg:street|Stadion Allé}}. Holdleder er {{PERSON|Pernille Ravn}}, {{PHONE|42 18 90 36}}.

Sportslig hilsen
Ungdomsudvalget`),

  da("call", `Transskription — kundeservice, foder — 00:03:30
Agent: Hej, hvem taler jeg med?
Kunde: Det er {{PERSON|Bodil Ejlersen}}. Min kat er lige blevet diagnosticeret med diabetes, og dyrlægen siger, den skal have tørfoder med lavt kulhydrat.
Agent: Det er jeg ked af at høre. Vi har {{neg:product|Diabetic Care}}, {{neg:amount|329 kr.}} for {{neg:weight|3 kg}}. Skal jeg skifte dit abonnement?
Kunde: Ja tak. Og mit nummer er ændret, det er nu {{PHONE|seksogtyve, nul fire, toogfirs, syvogtredive}}.
Agent: Det har jeg rettet. Du får en bekræftelse på SMS.`),

  da("crm", `CRM-udtræk — varmepumper, Nordjylland
kunde;telefon;e-mail;status;note
{{PERSON|Niels Kragh}};{{PHONE|98 12 35 70}};{{EMAIL|nkragh@example.dk}};installeret;{{neg:product|Nibe F2120}}, serviceaftale {{neg:contract-number|SA-NJ-2208}}
{{PERSON|Karen Holm Iversen}};{{PHONE|86 12 44 07}};—;afventer lån;bank ønsker budget
Landbrug v/ {{PERSON|Poul Bonde}};{{PHONE|96 47 18 32}};{{EMAIL|poul.bonde@example.dk}};tilbud sendt;stald + stuehus`),

  da("sms", `Hej {{PERSON|Camilla}} ☀️ dit solcelleanlæg producerede {{neg:capacity|412 kWh}} i marts. Inverteren har meldt fejl to gange — vi kigger på det på fjernadgang, du behøver ikke gøre noget. Spørgsmål: {{PHONE|33 14 82 60}}. Sag {{neg:order-number|SC-7740}}`),

  da("chat", `Messenger — Svømmeklubben
Forælder: Hej, min søn vil gerne starte på hold, er der plads?
Klubben: Hej! Ja, på Haj-holdet søndag. Kontingent {{neg:amount|1.150 kr.}} pr. sæson. Hvad hedder han?
Forælder: {{PERSON|Oliver}}, 8 år. Jeg er {{PERSON|Sidsel Nørgaard}}, 📱 {{PHONE|53 90 18 42}}
Klubben: Super, vi sender tilmeldingslinket. Og husk, DMI varsler {{neg:name-word|storm}} på søndag — følg med på Facebook 🌊`),

  da("form", `Tilmelding — privat aflastning (weekend)
Pårørende: {{PERSON|Troels Vang}}
Borger: {{PERSON|Else Vang}}, 91 år
Telefon: {{PHONE|44 97 20 65}}
E-mail: {{EMAIL|troels.vang@example.dk}}
Behov: tilsyn lørdag og søndag, madlavning
Betaling: kort {{neg:luhn-invalid|4571 3302 1984 6615}} — afvist, vi kontakter dig
Bemærkninger: naboen er {{neg:name-word|bonde}} og hans gårdkat, {{neg:pet-name|Mis}}, kommer tit ind`),

  da("note", `Intern note — finansiering — {{neg:loan-number|FIN-DK-30214}}
Kunden bor i Sønderborg men får løn i Flensborg og vil betale fra tysk konto: {{IBAN|DE88 7605 0101 1107 4839 22}}. OK fra banken. Kunde: {{PERSON|Anja Petersen}}, {{PHONE|+49 461 5072 318}}.`),

  da("email", `Fra: {{EMAIL|gitte.lund.hansen@example.dk}}
Til: Abonnement <{{EMAIL|abonnement@example.dk}}>
Emne: Sv: Pause i leveringer

Hej igen,
Denne {{neg:name-word|sommer}} er vi væk fra {{neg:date|1. juli}} til {{neg:date|20. juli}}. Kan leveringerne til {{neg:pet-name|Rufus}} sættes på pause?
{{PERSON|Gitte Lund Hansen}}
{{PHONE|22 65 08 14}}

> Den {{neg:date|10.03.2026}} skrev Abonnement:
> Du kan altid holde pause i op til 8 uger.`),

  da("crm", `Idrætsforening — restancer (udtræk {{neg:timestamp|2026-03-20 10:15}})
medlem;navn;forælder;telefon;beløb
{{neg:member-number|IF-1082}};{{PERSON|Frederik Dahl}};{{PERSON|Maja Dahl}};{{PHONE|27 31 64 90}};{{neg:amount|800 kr.}}
{{neg:member-number|IF-1107}};{{PERSON|Ida Skov Jepsen}};—;{{PHONE|29 18 57 03}};{{neg:amount|400 kr.}}`),
]

export const PL_PL = [
  pl("call", `Transkrypcja automatyczna — infolinia pomp ciepła — {{neg:date|10 marca 2026}}
Konsultant: Dzień dobry, mówi {{PERSON|Kamil}}, w czym mogę pomóc?
Klient: Dzień dobry. Mamy od was pompę ciepła od października i rachunek za prąd przyszedł {{neg:amount|1 840 zł}} za dwa miesiące. Sąsiad z gazem płaci mniej.
Konsultant: Rozumiem. Czy grzałka elektryczna nie włącza się za często? Technik może sprawdzić ustawienia krzywej grzewczej zdalnie.
Klient: Nie wiem, to niech sprawdzi. Umowa {{neg:contract-number|PC-2026-0581}}.
Konsultant: Na jaki numer technik ma zadzwonić?
Klient: {{PHONE|Sześćset jeden, dwieście dwadzieścia cztery, osiemset siedemdziesiąt trzy}}.
Konsultant: Dziękuję, zadzwoni jutro przed południem.`),

  pl("email", `Od: {{PERSON|Agnieszka Wróblewska}} <{{EMAIL|a.wroblewska@example.pl}}>
Do: Opieka Domowa <{{EMAIL|biuro@example.pl}}>
Temat: Opiekunka dla mamy — zmiana godzin

Dzień dobry,

moja mama, {{PERSON|Halina Wróblewska}}, mieszka przy {{neg:street|ul. Mikołaja Kopernika}} 18/4, {{neg:postcode|31-042}} Kraków. Od {{neg:date|1 kwietnia}} potrzebujemy opiekunki także w soboty.

Płatność za marzec ({{neg:amount|2 850,00 zł}}, faktura {{neg:invoice-number|FV/2026/03/118}}) poszła z konta {{IBAN|PL67 1020 1042 7300 0188 2254 1906}}.

Pozdrawiam
{{PERSON|Agnieszka}}
tel. {{PHONE|12 422 18 35}}`),

  pl("sms", `KS Orlęta: Przypominamy o składce za marzec ({{neg:amount|120 zł}}) — zawodnik nr {{neg:member-number|ORL-2026-144}}. Przelew lub BLIK na {{PHONE|512 390 468}}. Trening U12 w sobotę {{neg:time|10:00}}. ⚽ Trener {{PERSON|Marek}}`),

  pl("chat", `Czat — karma w subskrypcji
Klientka: dzień dobry, czy mogę zmienić dostawę z kuriera na paczkomat? w tygodniu nikogo nie ma w domu
Konsultant: Dzień dobry! Oczywiście. Proszę podać kod paczkomatu.
Klientka: {{neg:reference|POZ08M}}, przy Biedronce
Konsultant: Zmienione dla zamówienia {{neg:order-number|ZAM-PL-662019}}. Worek {{neg:weight|10 kg}} karmy dla {{neg:pet-name|Burka}} się zmieści. Kod odbioru przyjdzie SMS-em — na numer kończący się na 204?
Klientka: nie, nowy to 📱 {{PHONE|791 205 336}}. Jestem {{PERSON|Ewa Szczepańska}}
Konsultant: Dziękuję, Pani {{PERSON|Ewo}}, zaktualizowałam.`),

  pl("form", `Wniosek o finansowanie fotowoltaiki
Imię i nazwisko: {{PERSON|Grzegorz Łukaszewicz}}
E-mail: {{EMAIL|g.lukaszewicz@example.pl}}
Telefon: {{PHONE|+48 698 317 204}}
Adres instalacji: {{neg:street|ul. Słoneczna}} 7, {{neg:postcode|62-020}} Swarzędz
Moc: {{neg:capacity|8,8 kWp}}, magazyn energii {{neg:capacity|10 kWh}}
Kwota: {{neg:amount|41 500 zł}}
Okres: 96 miesięcy
Numer licznika: {{neg:meter-number|90184473}}
IP: {{IP_ADDRESS|2001:db8:a0b:12f0::3}}`),

  pl("note", `Notatka z wizyty — opieka domowa — {{neg:date|19.03.2026}}
Podopieczny: {{PERSON|Stanisław Kubiak}}, 88 lat, Łódź. Wizyta {{neg:time|8:00}}–{{neg:time|9:30}}.
Pomoc przy myciu, śniadanie, leki. Pan {{PERSON|Stanisław}} skarżył się na ból biodra. Kot {{neg:pet-name|Filemon}} bez karmy — syn przywiezie.
Syn, tel. {{PHONE|42 630 17 59}}.
Opiekunka: {{PERSON|Oksana Hrycenko}}`),

  pl("email", `Od: Sekcja Młodzieżowa <{{EMAIL|mlodziez@example.pl}}>
Do: {{EMAIL|piotr.zielinski@example.com}}
Temat: Obóz letni U14 — zaliczka

Dzień dobry Panie {{PERSON|Piotrze}},

zaliczka na obóz dla {{PERSON|Kuby}} ({{neg:amount|600 zł}}) nie dotarła. Numer konta podany w zgłoszeniu, {{neg:iban-checksum|PL76 1020 1042 7300 0188 2254 1906}}, ma błędną sumę kontrolną — proszę sprawdzić.

Obóz trwa od {{neg:date|5 lipca}} do {{neg:date|15 lipca}}, {{neg:name-word|lato}} zapowiada się pracowicie 🙂

Pozdrawiam
{{PERSON|Joanna Mazur}}, koordynatorka
{{PHONE|22 628 41 07}}`),

  pl("crm", `Eksport CRM — pompy ciepła, Pomorze
id;klient;telefon;email;status
{{neg:contract-number|PC-GD-1021}};{{PERSON|Tomasz Wiśniewski}};{{PHONE|58 341 22 90}};{{EMAIL|t.wisniewski@example.pl}};montaż {{neg:date|2026-04-07}}
{{neg:contract-number|PC-GD-1022}};{{PERSON|Danuta Kaszubowska}};{{PHONE|604 118 357}};—;czeka na dotację
{{neg:contract-number|PC-GD-1023}};Wspólnota {{neg:street|ul. Grunwaldzka}} 41;{{PHONE|58 520 66 14}};{{EMAIL|zarzad.wm@example.pl}};audyt`),

  pl("call", `Transkrypcja — obsługa klienta, karma — 00:02:58
Konsultant: Dzień dobry, z kim rozmawiam?
Klient: {{PERSON|Andrzej Pawlak}}. Karma przyszła, ale worek był rozerwany, pół wysypane w kartonie, a w środku mokro.
Konsultant: Przepraszam bardzo. Czy może Pan przesłać zdjęcie? Wyślemy nowy worek, a ten proszę wyrzucić.
Klient: Mogę. A kurier niech dzwoni wcześniej, bo pracuję na zmiany. Numer: {{PHONE|siedemset dwadzieścia trzy, sto czterdzieści, pięćset osiemdziesiąt dziewięć}}.
Konsultant: Zapisałem. Reklamacja ma numer {{neg:case-number|REK-2026-07719}}.`),

  pl("sms", `Falownik {{neg:product|Fronius Symo}} w Pana instalacji nie wysyła danych od {{neg:date|14.03.2026}} ⚠️ Prosimy sprawdzić, czy router działa, albo oddzwonić: {{PHONE|888 140 362}}. Zgłoszenie {{neg:ticket-number|ZGL-3308}}. Pozdrawiamy, serwis PV`),

  pl("form", `Zapis do klubu — formularz online
Imię i nazwisko dziecka: {{PERSON|Zuzanna Kowalczyk}}
Data urodzenia: {{neg:date|14.06.2015}}
Rodzic: {{PERSON|Monika Kowalczyk}}
Telefon: {{PHONE|663 902 475}}
E-mail: {{EMAIL|monika.kowalczyk@example.pl}}
Sekcja: siatkówka
Płatność kartą: {{CARD|4916 0372 5584 1196}}, ważna do {{neg:card-expiry|03/28}}`),

  pl("chat", `Messenger — Opieka Domowa Wrocław
Córka: dzień dobry, tata po udarze wraca ze szpitala w piątek, ile kosztuje opiekunka na 4 godziny dziennie?
Biuro: Dzień dobry! {{neg:amount|45 zł}} za godzinę w dni robocze, {{neg:amount|55 zł}} w weekendy. Czy tata ma skierowanie do rehabilitacji domowej z NFZ?
Córka: ma, numer {{neg:reference|SKR-0214-2026}}. Ja jestem {{PERSON|Katarzyna Sowińska}}, 📞 {{PHONE|71 344 19 28}}
Biuro: Dziękujemy. Opiekunka, pani {{PERSON|Grażyna}}, może zacząć w sobotę. Adres to {{neg:street|ul. Świdnicka}} 22? I {{neg:name-word|wiosna}} idzie, więc spacery będą łatwiejsze 🌷`),

  pl("note", `Notatka wewnętrzna — kredyt na pompę ciepła — {{neg:loan-number|KR-PC-55019}}
Klient ma w umowie zgodę na spłatę z konta żony; bank chce pełnomocnictwa. Do czasu dostarczenia raty idą kartą — pierwsza próba odrzucona ({{neg:luhn-invalid|5308 6617 2049 8839}}, literówka), druga przeszła: {{CARD|5308 6617 2049 8838}}.
Kontakt: {{PERSON|Rafał Dudek}}, {{PHONE|605 881 274}}. Żona pracuje w Niemczech, tel. {{PHONE|0049 1522 3047 918}}.`),

  pl("email", `Od: {{EMAIL|b.lis.poznan@example.pl}}
Do: Subskrypcje <{{EMAIL|subskrypcje@example.pl}}>
Temat: Odp: Zmiana karmy — szczeniak

Dzień dobry,
{{neg:pet-name|Kluska}} ma już pół roku i waży {{neg:weight|14 kg}}, weterynarz mówi, że czas na karmę dla psów dorosłych dużych ras. Proszę zmienić od następnej dostawy. Drugi pies, {{neg:pet-name|Azor}}, bez zmian.
{{PERSON|Barbara Lis}}
{{PHONE|61 852 07 43}}

> {{neg:date|12.03.2026}} Subskrypcje napisał(a):
> Karmę dla szczeniąt polecamy do 12. miesiąca życia, chyba że weterynarz zaleci inaczej.`),

  pl("crm", `Klub — zawodnicy z zaległymi badaniami lekarskimi (eksport {{neg:timestamp|2026-03-21 06:30}})
zawodnik;rocznik;rodzic;telefon;badania ważne do
{{PERSON|Igor Zalewski}};2012;{{PERSON|Marta Zalewska}};{{PHONE|609 447 281}};{{neg:date|28.02.2026}}
{{PERSON|Nikola Pietrzak}};2011;—;{{PHONE|32 253 71 48}};brak badań, polisa NNW {{neg:policy-number|NNW-448120}}
{{PERSON|Szymon Adamczyk}};2013;{{PERSON|Paweł Adamczyk}};{{PHONE|517 302 964}};{{neg:date|15.03.2026}}`),
]
