// Polish and Czech texts, written one by one: car-sharing and rental chats (some begun by the virtual assistant),
// dispatch and damage notes, e-mails quoting authorities' letters (KAS, Straż Miejska, an Austrian district authority,
// the Czech customs office), fleet threads and call summaries. Names are declined as the languages decline them.
import { mk } from "./mk.ts"

const pl = mk("pl-PL")
const cs = mk("cs-CZ")

export const PL_PL = [
  pl("note", `Konto car-sharing {{neg:member-number|CS-PL-0448213}} — {{PERSON|Bartłomiej Sikora}}
Zawieszone automatycznie {{neg:timestamp|2026-11-14 23:58}} po alarmie telematyki ({{neg:car-model|Toyota Corolla}}, {{neg:plate|WY 4821K}}):
  {{neg:timestamp|2026-11-14 23:41:07}}  Wisłostrada, 118 km/h przy ograniczeniu 50
  {{neg:timestamp|2026-11-14 23:44:52}}  Trasa Łazienkowska, 131 km/h
  {{neg:timestamp|2026-11-14 23:46:30}}  ostre hamowanie, 0,9 g
Najem rozpoczęty z aplikacji ({{neg:version|3.22.1}}, Android) z adresu {{IP_ADDRESS|192.0.2.145}}; wcześniejsze logowania użytkownika z {{IP_ADDRESS|2001:db8:77:4::2}}.
Odwołanie użytkownika (mail z 15.11): twierdzi, że samochód prowadził jego kolega — chodzi o {{PERSON|Adriana Pietrzaka}} — a on sam siedział obok. Udostępnianie konta osobie trzeciej jest zabronione (§7 regulaminu), więc blokada zostaje, kara umowna {{neg:amount|1 000 zł}}.
Do oddzwonienia: {{PHONE|693 140 826}}. Decyzję wysłano {{neg:date|16.11.2026}}.`),

  pl("call", `Zgłoszenie awarii — A1 w kierunku Gdańska, km 312, {{neg:date|18.11.2026}} 06:50
Dzwonił {{PERSON|Grzegorz Wilczyński}}, najemca; {{neg:car-model|Opel Astra}} kombi {{neg:plate|EL 7K204}}, {{neg:odometer|41 220 km}}. Komunikat „usterka silnika — serwis”, auto przeszło w tryb awaryjny, stoi na pasie awaryjnym, trójkąt wystawiony.
Numer kontaktowy podał słownie: {{PHONE|sześćset sześć, dziewięćset trzynaście, dwieście pięćdziesiąt}}.
Laweta: {{neg:company|Auto-Holowanie Wójcik Sp. z o.o.}}, kierowca lawety {{PHONE|728 305 519}}, dojazd ok. 45 min.
Auto zastępcze z oddziału Łódź-Lublinek ({{neg:station-code|LCJ-01}}) podstawione na MOP Krzyżanówek do 10:30.
Panu {{PERSON|Grzegorzowi}} wysłano SMS z numerem zlecenia {{neg:reference|HOL/2026/11/0877}}.`),

  pl("email", `Od: Dział Opłat i Mandatów <{{EMAIL|mandaty@example.pl}}>
Do: {{EMAIL|k.lewandowska82@example.pl}}
Data: {{neg:date|4 listopada 2026}}
Temat: Pismo KAS — przejazd bez opłaty e-TOLL, umowa {{neg:agreement-number|PL-UM-2026-118842}}

Szanowna Pani {{PERSON|Katarzyno}},

otrzymaliśmy pismo Izby Administracji Skarbowej we Wrocławiu. Cytujemy jego treść:

  „Stwierdzono przejazd pojazdu o numerze rejestracyjnym {{neg:plate|DW 9R441}} płatnym odcinkiem autostrady A4 Wrocław – Sośnica w dniu {{neg:date|3 października 2026}} bez uiszczenia opłaty elektronicznej. Na podstawie ustawy o drogach publicznych wymierza się karę w wysokości {{neg:amount|500 zł}}. Sygnatura {{neg:fine-ref|0201-IOD.4012.1183.2026}}.”

Zgodnie z §12 regulaminu wskazaliśmy jako kierującą Panią {{PERSON|Katarzynę Lewandowską}}, najemczynię pojazdu w tym dniu. Decyzja zostanie doręczona Pani bezpośrednio. Opłatę administracyjną {{neg:amount|61,50 zł}} pobraliśmy z karty {{neg:masked-card|**** 4409}}.

Z poważaniem
{{PERSON|Jakub Mazur}}
Dział Opłat i Mandatów, tel. {{PHONE|22 531 48 70}}`),

  pl("chat", `Asystent: Cześć! Jestem wirtualnym asystentem. W czym mogę pomóc?
Klient: z kaucji wróciło mi tylko 1 130 zł zamiast 1 500
Asystent: Część kaucji może zostać zatrzymana na opłaty naliczone po zwrocie auta. Chcesz porozmawiać z konsultantem?
Klient: tak
Asystent: Łączę…
Konsultant: Dzień dobry, poproszę numer rezerwacji.
Klient: {{neg:booking-ref|PLR-5510382}}
Konsultant: Widzę dwa potrącenia: {{neg:amount|290 zł}} za brakujące paliwo (auto oddane z 1/4 baku) i {{neg:amount|80 zł}} za sprzątanie — w bagażniku był piasek i mokre ręczniki.
Klient: paliwo ok, ale sprzątanie?? niech pan chociaż to odda. karta {{CARD|5168 4412 0937 2716}}
Konsultant: Proszę nie wpisywać tu pełnego numeru karty — ukryłem go. Zdjęcia bagażnika są w protokole, ale opłata za sprzątanie nie została zaznaczona przy zwrocie, więc {{neg:amount|80 zł}} oddaję na tę kartę. Na jakie nazwisko potwierdzenie?
Klient: {{PERSON|Dorota Kaczmarek}}
Konsultant: Dziękuję, Pani {{PERSON|Doroto}}. Potwierdzenie przyjdzie mailem, a w razie pytań: {{PHONE|801 330 660}}.`),

  pl("note", `Weryfikacja dokumentów — rezerwacja {{neg:booking-ref|PLR-5529063}}, Kraków-Balice ({{neg:station-code|KRK-01}}), {{neg:date|22.11.2026}}
Prawo jazdy ukraińskie {{neg:licence-number|BXK 730962}} wystawione na „{{PERSON|BONDARENKO OLEKSANDR}}”, a rezerwacja i karta na „{{PERSON|Ołeksandr Bondarenko}}”. System odrzucił zgodność danych i zablokował wydanie.
Sprawdzone z paszportem (ten sam zapis łaciński co w prawie jazdy) — ta sama osoba, różnica to polska transliteracja wpisana przy rezerwacji. Zgoda kierownika zmiany.
Dokument ważny do 2031 r., kat. B od 2011, bez zastrzeżeń. Panu {{PERSON|Ołeksandrowi}} poprawiono zapis w profilu, żeby przy kolejnym wynajmie nie było blokady.
Wydano {{neg:car-model|Dacia Jogger}} {{neg:plate|KR 7M441}}. Telefony: {{PHONE|+380 67 218 9053}}, {{PHONE|884 019 337}}.`),

  pl("call", `Zatrzaśnięte kluczyki — Gdańsk, {{neg:street|ul. Jana Pawła II}}, przy Zaspie, {{neg:date|7 grudnia 2026}} 17:15
Dzwoniła {{PERSON|Marta Kubiak}}: {{neg:car-model|Škoda Fabia}} {{neg:plate|GD 230XW}} zamknęła się sama z kluczykiem w środku — i z włączonym silnikiem.
Zdalne otwarcie niemożliwe (ten model bez modułu telematyki). Wysłano ślusarza: {{neg:company|Zamki Trójmiasto Sp. z o.o.}}, technik pod numerem {{PHONE|58 341 22 09}}, dojazd 25 min.
Pani {{PERSON|Marcie}} poradzono, żeby została przy aucie. Jej numer: {{PHONE|sześćset sześćdziesiąt siedem, dwieście osiem, czterysta trzydzieści jeden}}.
17:52 — otwarte bez uszkodzeń, koszt {{neg:amount|250 zł}} zgodnie z cennikiem (klientka nie wykupiła pakietu assistance).`),

  pl("email", `Od: {{EMAIL|ksiegowosc@kruk-transport.example.pl}}
Do: {{EMAIL|agata.wisniewska@example.pl}}
Temat: faktura {{neg:invoice-number|FV/2026/11/0937}} — szkoda na {{neg:plate|WGM 51TC}}?

Pani {{PERSON|Agato}},

na listopadowej fakturze zbiorczej jest pozycja 2 460 zł „szkoda — zderzak tylny” dla auta, którym jeździł nasz kierowca. Nikt nam szkody nie zgłaszał, a kierowca twierdzi, że oddał auto bez uszkodzeń. Prosimy o zdjęcia albo korektę.

{{PERSON|Rafał Zawadzki}}, {{neg:company|Kruk Transport Sp. z o.o.}}

---

Panie {{PERSON|Rafale}},

w załączniku zdjęcia z odbioru ({{neg:date|14.11.2026}}, 18:42, oddział Warszawa-Wola): zderzak pęknięty w prawym rogu. Na zdjęciach z wydania z {{neg:date|10.11.2026}} jest cały. Kierowca zostawił auto w skrzynce nocnej, więc protokół podpisał tylko nasz pracownik — rozumiem Państwa wątpliwości.
Proponuję zostawić obciążenie, ale w wysokości udziału własnego z umowy ramowej {{neg:agreement-number|FL-2024-0391}}, czyli {{neg:amount|1 000 zł}}; fakturę korygującą na {{neg:amount|1 460 zł}} wystawię jutro.
Do rozmowy jestem pod {{PHONE|603 771 245}}.

{{PERSON|Agata Wiśniewska}}
Opiekun klienta flotowego`),

  pl("chat", `[21:04] Użytkownik: dostałam wezwanie ze straży miejskiej za parkowanie, a auto odstawiłam w strefie!!
[21:05] Wsparcie: Dobry wieczór, sprawdzę. Proszę o numer przejazdu z aplikacji.
[21:05] Użytkownik: {{neg:booking-ref|TRP-88219563}}
[21:07] Wsparcie: Straż Miejska m.st. Warszawy pisze: „pojazd {{neg:car-model|Fiat 500}} {{neg:plate|WI 221EK}} pozostawiony {{neg:date|2.12.2026}} o {{neg:time|23:15}} na chodniku przy {{neg:street|ul. Marii Konopnickiej}} w sposób utrudniający ruch pieszych, sygn. {{neg:fine-ref|SM-W/8841/12/2026}}”. Zakończenie najmu w aplikacji było o 23:12 w tym samym miejscu.
[21:08] Użytkownik: no bo wszędzie było zajęte. jestem nocna {{neg:name-word|sowa}}, wracałam z pracy
[21:09] Wsparcie: Rozumiem. Musimy wskazać Panią jako kierującą; mandat przyjdzie do Pani, a my doliczymy {{neg:amount|40 zł}} opłaty administracyjnej.
[21:10] Użytkownik: ok. {{PERSON|Weronika Szymańska}}, tel {{PHONE|500 381 226}}
[21:10] Wsparcie: Dziękuję, Pani {{PERSON|Weroniko}}. Wskazanie wyślemy jutro.`),

  pl("note", `Szkoda {{neg:claim-number|SZK/PL/26/0936}} — kolizja z udziałem osoby trzeciej
Najemca: {{PERSON|Paweł Górski}}, {{neg:car-model|Toyota Yaris}} {{neg:plate|PO 5H218}}, {{neg:odometer|17 404 km}}.
{{neg:date|10.11.2026}}, ok. 16:20, rondo Kaponiera w Poznaniu: inne auto wymusiło pierwszeństwo przy zjeździe, uderzenie w prawe przednie drzwi.
Sprawca: {{PERSON|Tomasz Zieliński}}, {{neg:car-model|Volkswagen Passat}} {{neg:plate|PZ 91702}}, OC w PZU, polisa {{neg:policy-number|PZU 920061539728}}, tel. {{PHONE|667 208 471}}. Oświadczenie sprawcy spisane i podpisane na miejscu, bez policji.
Od Pana {{PERSON|Tomasza Zielińskiego}} mamy też zdjęcie jego prawa jazdy (IMG_7731.jpg) i dowodu rejestracyjnego (IMG_7732.jpg); zdjęcia uszkodzeń IMG_7733–IMG_7741.
Szkodę zgłoszono z OC sprawcy, nr szkody PZU {{neg:claim-number|PL2026-11-3095716}}. Najemca nie ponosi kosztów. Auto w naprawie w {{neg:company|Blacharstwo Nowicki i Syn Sp. z o.o.}}; panu {{PERSON|Pawłowi}} wydano {{neg:car-model|Škoda Scala}} zastępczo.`),

  pl("email", `Od: {{EMAIL|natalia.ostrowska@example.pl}}
Do: {{EMAIL|reklamacje@example.pl}}
Temat: Zwrot za anulowaną rezerwację — nadal brak

Rezerwację {{neg:booking-ref|PLR-5531904}} (Gdańsk, 3 dni) anulowałam 5 dni przed odbiorem, bo odwołano nam lot. Według regulaminu należy mi się zwrot całości, czyli 612 zł. Minęły trzy tygodnie. Płaciłam BLIK-iem, więc numer konta do zwrotu wpisałam w formularzu.

---

Szanowna Pani {{PERSON|Natalio}},

przelew na {{neg:amount|612 zł}} wysłaliśmy {{neg:date|19 listopada}}, ale bank go odesłał: numer z formularza, {{neg:iban-checksum|PL61 1140 2004 0000 5537 9012 6683}}, nie istnieje (wygląda na zamienione dwie cyfry w środku).
Na wyciągu, który dołączyła Pani do pierwszej reklamacji, widnieje {{IBAN|PL61 1140 2004 0000 5537 9021 6683}}. Jeśli to ten rachunek, wystarczy potwierdzenie mailem — przelew wyjdzie tego samego dnia.
Przepraszamy, że nikt nie dał Pani znać wcześniej.

Z wyrazami szacunku
{{PERSON|Zofia Krawczyk}}
Dział Reklamacji, tel. {{PHONE|71 344 19 02}}`),

  pl("chat", `[18:40] Klient: kabel od ładowarki nie chce się odłączyć od auta. stacja GreenWay przy Galerii, auto {{neg:car-model|Kia Niro}} EV
[18:41] Wsparcie: Dobry wieczór! Proszę podać numer stacji z naklejki.
[18:41] Klient: {{neg:station-code|GW-WRO-0412}}
[18:43] Wsparcie: Sesja na Pana karcie {{neg:charge-card-id|PL-EVC-775396}} nadal jest aktywna: start 17:02, {{neg:energy|48,7 kWh}}. Zakończę ją zdalnie i odblokuję złącze w aucie.
[18:44] Wsparcie: Proszę teraz zamknąć i otworzyć auto z aplikacji, a potem wyjąć wtyczkę.
[18:45] Klient: poszło. a kto mi zapłaci za te 40 minut postoju?
[18:46] Wsparcie: Opłatę za postój ({{neg:amount|18,40 zł}}) anulujemy. Dla porządku — najem na nazwisko {{PERSON|Krystian Mroczek}}, tel. {{PHONE|512 774 209}}?
[18:46] Klient: tak
[18:47] Wsparcie: Dziękuję, Panie {{PERSON|Krystianie}}, miłej jazdy.`),

  pl("call", `Kradzież — Kraków, Podgórze, {{neg:date|29.11.2026}} 07:35 — auto odnalezione
Dzwonił {{PERSON|Michał Jaworski}}: rano nie było {{neg:car-model|Škoda Octavia}} {{neg:plate|KR 4JT22}} (VIN {{neg:vin|TMBAG7NE0L0392756}}) pod blokiem przy ul. Kalwaryjskiej. Kluczyk ma przy sobie.
Lokalizator działał: o 07:41 auto stało na parkingu przy markecie w Skawinie, {{neg:gps|49.9771, 19.8302}}, silnik wyłączony. Pozycję przekazaliśmy dyżurnemu KMP Kraków ({{neg:police-ref|RSD-2291/26}}); patrol był na miejscu o 08:20 — wybita szyba pasażera, zerwana osłona kolumny kierownicy.
Auto na lawecie do serwisu; Panu {{PERSON|Michałowi}} podstawiliśmy zastępcze z Balic na 12:00.
Numer, podany cyfra po cyfrze: {{PHONE|sześć zero jeden, cztery osiem dwa, dziewięć trzy siedem}}; potwierdzenie na {{EMAIL|m.jaworski@example.pl}}.`),

  pl("note", `Przejęcie konta — użytkownik {{neg:member-number|CS-PL-0619853}}, zgłoszenie {{neg:date|3.12.2026}}
Użytkownik ({{PERSON|Aleksander Duda}}) dostał SMS-y o najmach, których nie robił. Log konta:
  {{neg:timestamp|2026-12-02 22:03}}  logowanie z nowego urządzenia (iPhone), IP {{IP_ADDRESS|203.0.113.219}}
  {{neg:timestamp|2026-12-02 22:05}}  zmiana e-maila na {{EMAIL|rent.waw.2026@example.com}}
  {{neg:timestamp|2026-12-02 22:07}}  dodana karta {{CARD|5213 7790 4061 3821}} (wydawca z Litwy)
  {{neg:timestamp|2026-12-02 22:11}}  najem {{neg:car-model|Toyota C-HR}} {{neg:plate|WX 6620M}}, Mokotów → Pruszków
Wcześniej użytkownik logował się wyłącznie z {{IP_ADDRESS|2001:db8:c15:2::7}}. Hasło najpewniej z wycieku innego serwisu.
Konto zablokowane, sesje zakończone, obca karta usunięta, e-mail przywrócony; najem przerwany, auto zabrane z Pruszkowa przez serwis. Użytkownikowi nic nie naliczamy; zgłoszenie na policję po jego stronie. Kontakt: {{PHONE|+48 790 215 448}}.`),

  pl("email", `Od: {{EMAIL|h.piatek@example.pl}}
Do: {{EMAIL|zakopane@example.pl}}
Temat: łańcuchy na koła — dopłata 180 zł?

Wypożyczyłem w Zakopanem {{neg:car-model|Dacia Duster}} ({{neg:booking-ref|PLR-5538811}}) i przy zwrocie naliczono mi {{neg:amount|180 zł}} za „brak kompletu łańcuchów”. Łańcuchów w ogóle nie dostałem, w bagażniku była tylko siatka i trójkąt. Pan przy wydaniu powiedział, że na Gubałówkę nie trzeba.

---

Szanowny Panie {{PERSON|Henryku}},

sprawdziliśmy protokół wydania: pole „łańcuchy” jest zaznaczone, ale nie ma podpisu pracownika, a zdjęcie bagażnika ({{neg:reference|WYD-2026-1203-4}}) pokazuje tylko siatkę i trójkąt. Anulujemy {{neg:amount|180 zł}} — zwrot na kartę {{neg:masked-card|•••• 8162}} w ciągu 5 dni.

Z pozdrowieniami
{{PERSON|Kinga Gąsienica}}
Oddział Zakopane, tel. {{PHONE|18 201 44 37}}`),

  pl("chat", `Klient: dzień dobry, chcę dopisać męża jako drugiego kierowcę do rezerwacji {{neg:booking-ref|PLR-5542260}}
Konsultant: Dzień dobry! Oczywiście. Proszę o imię i nazwisko męża oraz numer jego prawa jazdy.
Klient: {{PERSON|Paweł Nowak}}, prawo jazdy {{neg:licence-number|03829/12/1465}}
Konsultant: Dziękuję. Pana {{PERSON|Pawła Nowaka}} dopisałam, weryfikacja w CEPiK pozytywna. Dopłata {{neg:amount|25 zł}} za dobę, razem {{neg:amount|175 zł}} za 7 dni.
Klient: a jak on będzie prowadził bez mnie, to też jest ubezpieczony?
Konsultant: Tak, ochrona obejmuje obu kierowców w tym samym zakresie. Mężowi przyda się numer assistance: {{PHONE|22 646 11 80}}.
Klient: a, i zmienił się mój numer: {{PHONE|884 502 913}}
Konsultant: Zaktualizowane. Udanego wyjazdu, Pani {{PERSON|Ireno}}!`),
]

export const CS_CZ = [
  cs("email", `Od: Oddělení pokut <{{EMAIL|pokuty@example.cz}}>
Komu: {{EMAIL|m.kratochvil@example.cz}}
Předmět: Pokuta z Rakouska — vůz {{neg:plate|2AZ 6093}}
Přeposláno panu {{PERSON|Miroslavu Kratochvílovi}} (smlouva {{neg:agreement-number|CZ-NS-2026-07731}})

Vážený pane {{PERSON|Kratochvíle}},

rakouský úřad Bezirkshauptmannschaft Mödling nám poslal výzvu, kterou citujeme:

  „Anonymverfügung, Zahl {{neg:fine-ref|MDS2-V-26-118442}}. Tatzeit: {{neg:date|07.10.2026}}, 14:18. Tatort: A2 Südautobahn, km 17,4, Fahrtrichtung Wien. Überschreitung der zulässigen Höchstgeschwindigkeit (100 km/h) um 27 km/h. Strafbetrag {{neg:amount|EUR 70,00}}, zahlbar binnen vier Wochen auf {{IBAN|AT21 2011 1000 3421 1880}}.“

V době přestupku jste vůz měl pronajatý vy. Jde o anonymní výzvu: pokud ji do čtyř týdnů zaplatíte, řízení tím končí. Pokud ne, úřad si vyžádá údaje o řidiči a my je budeme muset předat. Administrativní poplatek {{neg:amount|450 Kč}} jsme strhli z karty {{neg:masked-card|**** 7710}}.

S pozdravem
{{PERSON|Lenka Procházková}}
oddělení pokut, tel. {{PHONE|222 351 600}}`),

  cs("call", `Hovor — nejde odemknout, Brno, {{neg:street|třída Kpt. Jaroše}}, {{neg:date|21. 11. 2026}} 19:40
Volala paní {{PERSON|Veronika Šimková}}: {{neg:car-model|Škoda Kamiq}} {{neg:plate|6B1 2048}} nereaguje na dálkový ovladač, auto je zamčené a v kufru má nákup. Dálkové otevření z centrály tenhle typ jednotky neumí.
Nejspíš vybitá baterie v klíči. Navedla jsem ji: vysunout z klíče nouzový klíček, odemknout zámek v klice řidiče (pod krytkou), pak klíč přiložit k místu na sloupku řízení a nastartovat.
19:52 volala zpět — odemčeno, nastartováno. Alarm chvíli houkal, pak přestal.
Novou baterii jí vymění zdarma na pobočce Brno-Tuřany ({{neg:station-code|BRQ-01}}) při vrácení.
Číslo, které nadiktovala: {{PHONE|sedm tři devět, pět pět dva, nula jedna šest}}.`),

  cs("chat", `Virtuální asistent: Dobrý den! Jsem virtuální asistent sdílených aut. S čím vám mohu pomoci?
Uživatel: nejde ukončit jízdu. píše to „dobíjecí kabel připojen“ ale žádný kabel tam není
Virtuální asistent: Zkuste prosím zamknout a odemknout vůz v aplikaci a znovu ukončit jízdu.
Uživatel: zkusil jsem 3x. chci operátora
Virtuální asistent: Předávám operátorovi…
— Připojil se operátor {{PERSON|Tereza}} —
Operátor: Dobrý večer, tady {{PERSON|Tereza}}. Vidím vůz {{neg:car-model|Škoda Enyaq}} {{neg:plate|1AT 8830}} na {{neg:gps|50.0874, 14.4213}}, senzor nabíjecího portu hlásí chybu. Jízdu ukončím ručně v {{neg:time|22:14}}.
Uživatel: díky. a ty minuty navíc?
Operátor: Od 21:58 vám nic neúčtujeme. Pro kontrolu: vaše aplikace se připojuje z {{IP_ADDRESS|2001:db8:3e:91::44}}, verze {{neg:version|2.18.4}} — to je v pořádku.
Uživatel: ok. {{PERSON|Filip Hájek}}, kdyby něco
Operátor: Děkuji, pane {{PERSON|Hájku}}. Závadu jsem předala servisu.`),

  cs("note", `Dispečink — odtah, D1 směr Brno, 112. km, {{neg:date|9. 11. 2026}} 15:20
Vůz {{neg:car-model|Hyundai i30}} {{neg:plate|5AB 2231}}, {{neg:odometer|63 418 km}}, porucha převodovky, nejde zařadit. Řidič {{PERSON|Ondřej Beneš}}, s ním dvě děti. Poloha {{neg:gps|49.3921, 15.6114}}, stojí v odstavném pruhu.
Odtah: {{neg:company|Odtahy Dvořák s.r.o.}}, řidič odtahovky {{PHONE|777 310 445}}, příjezd 16:05. Cíl: {{neg:company|Autoservis Novotný a syn s.r.o.}}, Jihlava.
Náhradní vůz z pobočky Jihlava, rodina pokračuje do Brna.
Panu {{PERSON|Benešovi}} poslána SMS s číslem zakázky {{neg:reference|ODT-26-3058}} na {{PHONE|608 330 127}}.`),

  cs("email", `Od: {{PERSON|Jana Marková}} <{{EMAIL|jana.markova@example.cz}}>
Komu: {{EMAIL|vozovy.park@vrana-logistika.example.cz}}
Předmět: Přestupky řidičů za listopad — {{neg:company|Vrána Logistika s.r.o.}}

Dobrý den, pane {{PERSON|Sedláčku}},

jak jsme se domluvili, místo jednotlivých výzev posílám souhrn za listopad. U všech jsme úřadům jako řidiče uvedli toho, komu jste vůz v daný den přidělili:

 1. {{neg:date|4. 11. 2026}}, {{neg:plate|8AD 3390}}, Praha 4 — stání v modré zóně, {{neg:fine-ref|MHMP-P-2026-77104}}, {{neg:amount|700 Kč}}
 2. {{neg:date|13. 11. 2026}}, {{neg:plate|8AD 3391}}, D11 km 37 — rychlost, {{neg:fine-ref|KRPS-90218/PŘ-2026}}, {{neg:amount|1 500 Kč}}
 3. {{neg:date|27. 11. 2026}}, {{neg:plate|7AV 0562}}, Kolín — jízda na červenou, {{neg:fine-ref|MUKO-32871/2026}}, {{neg:amount|2 500 Kč}}

Administrativní poplatek {{neg:amount|250 Kč}} za případ bude na prosincové faktuře. Kdyby některé přidělení nesedělo, dejte vědět do pátku, jinak výzvy odejdou tak, jak jsou.
Od ledna můžeme přestupky posílat rovnou vedoucím směn — stačí mi jejich e-maily.

S pozdravem
{{PERSON|Jana Marková}}
Key Account Manager, {{PHONE|602 817 443}}`),

  cs("email", `Od: {{EMAIL|ondrej.hrdina@example.cz}}
Komu: {{EMAIL|rezervace@example.cz}}
Předmět: Re: doplatek k rezervaci {{neg:booking-ref|CZR-438227}}

Dobrý den, doplatek {{neg:amount|2 340 Kč}} prosím strhněte z karty {{CARD|4917 3385 0262 7191}}, platnost {{neg:card-expiry|09/28}}, CVV pošlu SMS. Případný přeplatek kauce vraťte na účet {{IBAN|CZ64 2010 0000 0026 9501 3375}}.
{{PERSON|Ondřej Hrdina}}

---

Dobrý den, pane {{PERSON|Hrdino}},

číslo karty prosím e-mailem neposílejte a CVV už vůbec ne — zprávu jsme ze schránky smazali a číslo karty si neukládáme. Doplatek zaplatíte nejbezpečněji přes odkaz, který vám právě přišel SMS na {{PHONE|776 204 119}}, nebo kartou na pobočce.
Číslo účtu pro vrácení kauce jsme si k rezervaci poznamenali.

A ještě omluva: potvrzení rezervace odešlo minulý týden omylem na {{EMAIL|ondrej.hrdina@example.com}} (překlep kolegyně). Adresát viděl jen termín a typ vozu, žádné platební údaje; požádali jsme ho o smazání.

S pozdravem
Rezervační oddělení, {{PHONE|222 351 604}}`),

  cs("note", `Ověření řidičského průkazu — rezervace {{neg:booking-ref|CZR-441502}}, Praha-Letiště ({{neg:station-code|PRG-T2}}), {{neg:date|30. 11. 2026}}
Zákazník předložil řidičský průkaz na jméno {{PERSON|Martin Vlček}}, ročník 1988. Fotografie ani věk neodpovídají člověku u přepážky (odhadem o deset let mladší); na dotaz přiznal, že průkaz je bratrův, jeho vlastní je prý „zrovna propadlý“.
Vůz nevydán, rezervace zrušena; rezervační poplatek {{neg:amount|500 Kč}} se podle čl. 4.2 podmínek nevrací. Kopii průkazu jsme nepořizovali.
Zapsáno do interní evidence ({{neg:reference|INC-CZ-2026-0930}}); telefon z rezervace {{PHONE|+421 905 331 207}} je slovenský a nikdo ho nebere.`),

  cs("call", `Nehoda s cizím vozidlem — Plzeň, kruhový objezd u Borských polí, {{neg:date|12. 11. 2026}} 07:55
Volala nájemkyně {{PERSON|Alena Kučerová}}, {{neg:car-model|Toyota Yaris}} {{neg:plate|4P9 6611}}. Při vjezdu na kruhový objezd do ní zezadu narazil {{neg:car-model|Opel Zafira}} {{neg:plate|3P2 0947}}.
S panem {{PERSON|Josefem Burešem}}, řidičem druhého vozu, sepsala záznam o dopravní nehodě; vinu uznal. Pojištěn u Kooperativy, číslo pojistky {{neg:policy-number|KOOP 7726391502}}, telefon {{PHONE|377 440 218}}.
Zranění žádné, policie nevolána (škoda pod 100 000 Kč). Vůz pojízdný, rozbité zadní světlo.
Paní {{PERSON|Kučerové}} jsme řekli, ať fotky a záznam pošle na {{EMAIL|skody@example.cz}}. Škoda {{neg:claim-number|SKD-26-0913}}.`),

  cs("email", `Od: {{EMAIL|hana.krejci@example.cz}}
Komu: {{EMAIL|reklamace@example.cz}}
Předmět: poplatek za kouření 3 000 Kč — nesouhlasím

Dobrý den, strhli jste mi {{neg:amount|3 000 Kč}} za „kouření ve voze“. Nikdo z nás nekouří. Kamarádka si na parkovišti zapálila venku, to je celé.
{{PERSON|Hana Krejčí}}

---

Vážená paní {{PERSON|Krejčí}},

na fotografiích z převzetí (FOTO_2211.jpg až FOTO_2216.jpg) je popel v dveřní kapse spolujezdce a propálené místo na koberečku. Poplatek proto trvá.
Protože ale propálení mohlo vzniknout i dříve (na předávacím protokolu ho nemáme vyfocené), vracíme vám polovinu, {{neg:amount|1 500 Kč}}, na kartu {{neg:masked-card|xxxx xxxx xxxx 3094}}.

S pozdravem
{{PERSON|Pavel Doležal}}
Zákaznické centrum, {{PHONE|541 213 770}}`),

  cs("note", `Ukradený nabíjecí kabel — {{neg:car-model|Škoda Enyaq}} {{neg:plate|1AT 9914}}, {{neg:date|1. 12. 2026}}
Zákazník {{PERSON|Radim Polák}} ({{neg:member-number|CZ-EV-30862}}) nechal vůz přes noc na veřejné AC stanici v Praze 6 ({{neg:station-code|PRE-P6-0207}}). V noci byl {{neg:name-word|mráz}} a ulice je tichá; ráno byl kabel typ 2 pryč — odříznutý u konektoru stanice, na straně auta zůstal zamčený kus.
Stanice přerušila nabíjení {{neg:timestamp|2026-12-01 03:17}} po {{neg:energy|18,6 kWh}}; kartou {{neg:charge-card-id|CZE-0095271}} zaplaceno {{neg:amount|204 Kč}}.
Oznámení na Policii ČR (OOP Dejvice), č. j. {{neg:police-ref|KRPA-260917-2/PŘ-2026}}. Kabel ({{neg:amount|6 900 Kč}}) jde na pojištění, zákazník nic neplatí; zbytek konektoru vyndá servis.
Náhradní kabel předán na pobočce Letná v 11:30. Zákazník na {{PHONE|596 113 480}}; aplikace ho mezitím odhlásila, nové přihlášení z {{IP_ADDRESS|198.51.100.77}} ověřeno SMS kódem.`),

  cs("chat", `Zákazník: dobrý den, potřebuju vrátit auto v Ostravě místo v Praze, jde to?
Podpora: Dobrý den! Jde — jednosměrný poplatek Praha → Ostrava je {{neg:amount|2 900 Kč}}. Vrátit můžete na letišti Mošnov ({{neg:station-code|OSR-01}}) nebo na pobočce v centru.
Zákazník: 2900?? to je víc než celý pronájem
Podpora: Rozumím. Vůz je {{neg:car-model|Škoda Scala}}, které v Ostravě chybí, takže vám můžu poplatek snížit na {{neg:amount|900 Kč}}. Stačí?
Zákazník: dobře. rezervace {{neg:booking-ref|CZR-442871}}, jméno {{PERSON|Lucie Benešová}}
Podpora: Změněno, paní {{PERSON|Benešová}}. Nový konec pronájmu {{neg:date|6. 12. 2026}} v 18:00 na Mošnově. Kdyby se něco změnilo, volejte {{PHONE|800 112 233}}.`),

  cs("call", `Nahlášená krádež — Praha 5, Smíchov, {{neg:date|3. 12. 2026}} 06:40 → vůz odtažen
Volal nájemce {{PERSON|David Růžička}}: {{neg:car-model|Škoda Superb}} {{neg:plate|9AS 3121}} nestojí v Plzeňské ulici, kde ho večer nechal. Chtěl hlásit krádež.
GPS jednotka ukazuje vůz od {{neg:timestamp|2026-12-03 01:12}} na odtahovém parkovišti v Praze 5, {{neg:gps|50.0556, 14.3881}}. Ulice se v noci blokově čistila; značku prý „nebylo vidět“.
Vyzvednutí: na odtahovém parkovišti se zmocněním od nás (posláno na {{EMAIL|d.ruzicka@example.cz}}), poplatky {{neg:amount|4 200 Kč}} hradí on, výzvu k přestupku dostane přes nás.
Nebyl z toho {{neg:name-word|šťastný}}, ale souhlasil. Číslo, jak ho nadiktoval: {{PHONE|sedm sedm pět, dva nula devět, čtyři osm jedna}}.`),

  cs("email", `Od: {{EMAIL|roman.sykora@example.cz}}
Komu: {{EMAIL|zakaznici@example.cz}}
Předmět: Pokuta za dálniční známku — váš vůz!

Přišla mi výzva Celní správy. Cituji: „Celní úřad pro Plzeňský kraj … dne {{neg:date|17. 10. 2026}} v 11:42 bylo na dálnici D5 zjištěno užití zpoplatněné pozemní komunikace vozidlem RZ {{neg:plate|1AX 7702}} bez úhrady časového poplatku. Navrhuje se uložit pokutu příkazem na místě ve výši {{neg:amount|5 000 Kč}}, č. j. {{neg:fine-ref|CU-PLZ-39075/2026-640000-21}}.“
Myslel jsem, že půjčená auta mají známku. Platit to nebudu.

---

Vážený pane {{PERSON|Sýkoro}},

máte pravdu. Elektronická známka pro tento vůz byla omylem zaregistrována na jinou registrační značku. Pokutu uhradíme sami a Celní správě pošleme vysvětlení; nic neplaťte. Za nepříjemnosti vám posíláme voucher na {{neg:amount|1 000 Kč}}.
Pokud by vám ještě cokoli přišlo, zavolejte mi: {{PHONE|731 224 915}}.

S pozdravem
{{PERSON|Eva Černá}}, zákaznické centrum`),

  cs("note", `Žádost o data z telematiky (GDPR čl. 15) — zákazník {{PERSON|Stanislav Pokorný}}, přijato {{neg:date|25. 11. 2026}}
Chce GPS záznam jízdy z {{neg:date|2. 11. 2026}}, aby doložil, že u Humpolce nejel 160 km/h, jak tvrdí oznámení o přestupku.
Totožnost ověřena videohovorem (OP ukázán do kamery). Žádost přišla z webového formuláře, IP {{IP_ADDRESS|203.0.113.58}}; potvrzení kódem poslaným na {{PHONE|603 482 119}}.
Záznam vůz {{neg:car-model|Volkswagen Golf}} {{neg:plate|2AC 5419}}: úsek 10:12–10:31, max. 131 km/h ({{neg:timestamp|2026-11-02 10:24:38}}, {{neg:gps|49.5573, 15.3520}}).
Odesláno zabezpečeně na {{EMAIL|s.pokorny@example.cz}} {{neg:date|27. 11. 2026}}. Vyřídila {{PERSON|Kateřina Bartošová}}.`),

  cs("chat", `Zákazník: dobrý večer, let má zpoždění, na letiště dorazím až kolem půlnoci. vyzvednu auto?
Podpora: Dobrý večer! Ano, pobočka na letišti je do 23:00, potom klíče najdete v boxu u parkoviště P1. Kód vám pošleme SMS v 23:00.
Zákazník: super. a chtěla bych ještě přidat manžela jako řidiče
Podpora: Jistě. Jméno a číslo řidičského průkazu, prosím.
Zákazník: {{PERSON|Viktor Malý}}, průkaz {{neg:licence-number|EK 735021}}
Podpora: Pana {{PERSON|Malého}} jsem přidala (příplatek {{neg:amount|150 Kč}}/den). Na jaké číslo poslat kód?
Zákazník: {{PHONE|+420 737 410 286}}. jsem {{PERSON|Klára Malá}}
Podpora: Děkuji, paní {{PERSON|Malá}}. Kód přijde v 23:00, vůz je {{neg:car-model|Kia Ceed}} na stání 41.`),
]
