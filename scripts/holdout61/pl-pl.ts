// pl-PL texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("pl-PL")

export const PL_PL = [
  t("chat", `Apteka Pod Lipą – czat
[08:41] Gość: dzień dobry, czy jest już lek na receptę dla {{PERSON|Haliny Wiśniewskiej}}? kod recepty wysłałam SMS-em
[08:43] {{PERSON|Magdalena}} (farmaceutka): Dzień dobry! Tak, lek jest do odbioru od {{neg:time|12:00}}. Odpłatność {{neg:amount|18,40 zł}}.
[08:43] Gość: super, odbierze córka, {{PERSON|Agata}}. tel. {{PHONE|512 904 338}}`),
  t("email", `Temat: Zwrot kaucji – mieszkanie ul. Długa 14/6, {{neg:postcode|80-827}} Gdańsk

Szanowny Panie {{PERSON|Tomaszu}},

po odbiorze mieszkania w dniu {{neg:date|30 listopada}} potwierdzam zwrot kaucji w kwocie {{neg:amount|3 200,00 zł}}. Przelew zostanie wykonany na rachunek {{IBAN|PL56 1020 1026 0000 1102 0333 1145}} do {{neg:date|10 grudnia}}.

Z poważaniem
{{PERSON|Karolina Zielińska}}
Biuro Nieruchomości Motława
tel. {{PHONE|58 301 44 27}}`),
  t("transcript", `KONSULTANT: Przychodnia weterynaryjna Azor, {{PERSON|Paweł}}, słucham.
KLIENT: Dzień dobry, mówi {{PERSON|Jerzy Kaczmarek}}. Mój pies ma biegunkę od dwóch dni.
KONSULTANT: Zapraszamy dziś o {{neg:time|17:30}}. Poproszę numer telefonu.
KLIENT: {{PHONE|pięćset dwanaście, dziewięćset cztery, czterysta czterdzieści jeden}}.
KONSULTANT: Powtarzam: {{PHONE|512 904 441}}. Dziękuję, panie {{PERSON|Jerzy}}.`),
  t("note", `Doradca kredytowy – klient {{PERSON|Nowak Marcin}} + żona {{PERSON|Ewelina}}. Mieszkanie Wrocław {{neg:amount|620 000 zł}}, wkład 20%. Termin w banku {{neg:date|16.12}} godz. {{neg:time|11:00}}. Tel. {{PHONE|601 227 845}}. Brakuje PIT-37 za 2025.`),
  t("sms", `KurierMax: Paczka {{neg:tracking-number|KM 6620 1188 4410}} zostanie dostarczona jutro {{neg:time|8:00}}-{{neg:time|16:00}}. Kurier: {{PERSON|Rafał}}, tel. {{PHONE|698 310 442}}`),
  t("ticket", `Zgłoszenie {{neg:ticket-number|REK-2026-4471}} – Dział Rekrutacji
Kandydat: {{PERSON|KOWALCZYK, Julia}}
Kierunek: informatyka (studia I stopnia)
Problem: brak potwierdzenia opłaty rekrutacyjnej {{neg:amount|85 zł}}
Kontakt: {{EMAIL|julia.kowalczyk@student.example}}, {{PHONE|+48 789 114 203}}
Przydzielono: mgr {{PERSON|Anna Sobczak}}`),
  t("email", `Temat: Rezygnacja ze stałego zlecenia – darowizna

Dzień dobry,

od trzech lat wpłacam {{neg:amount|50 zł}} miesięcznie na Fundację Ciepły Dom. Niestety muszę zmniejszyć kwotę do {{neg:amount|20 zł}}. Konto, z którego idą wpłaty: {{IBAN|PL47 8510 0002 2200 3307 1900 4412}}.

Pozdrawiam serdecznie
{{PERSON|Grażyna Lis-Marczak}}
tel. {{PHONE|12 421 33 07}}`),
  t("chat", `Ty (20:05): cześć, ktoś zalogował się na moje konto w serwisie i zmienił hasło
KinoDom Pomoc – {{PERSON|Oskar}} (20:07): Dzień dobry! Widzę logowanie z adresu {{IP_ADDRESS|203.0.113.140}} o {{neg:time|19:51}}. To nie Pan?
Ty (20:07): nie, jestem w Łodzi
KinoDom Pomoc – {{PERSON|Oskar}} (20:09): Zablokowałem dostęp i wysłałem link do resetu na Pana adres.`),
  t("note", `Wypożyczalnia aut Katowice-Pyrzowice: klient {{PERSON|Dmytro Hnatiuk}} (UA) umowa {{neg:contract-number|KTW-55012}}. Zwrot z pustym bakiem – opłata {{neg:amount|240 zł}}. Karta {{neg:masked-card|**** 4700}}. Tel. {{PHONE|+380 67 441 2093}}.`),
  t("transcript", `[00:00:01] konsultant: gabinet stomatologiczny uśmiech dzień dobry {{PERSON|kasia}} przy telefonie
[00:00:04] pacjent: dzień dobry chciałbym przełożyć wizytę
[00:00:07] konsultant: na jakie nazwisko
[00:00:08] pacjent: {{PERSON|wróblewski}} {{PERSON|adam wróblewski}}
[00:00:12] konsultant: panie {{PERSON|adamie}} mamy wolne w piątek o dziewiątej
[00:00:15] pacjent: pasuje mój numer się zmienił teraz jest {{PHONE|sześćset sześćdziesiąt, trzysta dwanaście, osiemset dziewięć}}`),
  t("ticket", `Reklamacja bagażu {{neg:reference|WAWLO33018}} – Lot Bałtycki
Pasażerka: {{PERSON|Zofia Dąbrowska-Kim}}
Lot {{neg:flight-number|LB 282}} Seul–Warszawa, {{neg:date|03.12.2026}}
Bagaż: walizka srebrna, przywieszka {{neg:tracking-number|LB 771204}}
Adres dostawy: ul. Puławska 140, {{neg:postcode|02-624}} Warszawa
Kontakt: {{PHONE|22 628 14 90}}, {{EMAIL|zofia.dk@poczta.example}}`),
  t("sms", `Gabinet dr {{PERSON|Sikory}}: przypominamy o wizycie {{PERSON|Mai}} w dniu {{neg:date|19.12}} o {{neg:time|15:20}}. Odwołanie: {{PHONE|61 852 20 14}}`),
  t("email", `Temat: Wypłata środków z PPK – {{PERSON|Stanisław Górecki}}

Dzień dobry,

w związku z ukończeniem 60 lat chciałbym wypłacić środki zgromadzone w PPK. Numer uczestnika: {{neg:member-number|PPK-0082214}}. Proszę o przelew na konto {{IBAN|PL61 1090 1014 0000 0712 1981 2874}}.

Mój poprzedni wniosek wskazywał błędny numer {{neg:iban-checksum|PL16 1090 1014 0000 0712 1981 2874}} – proszę go nie uwzględniać.

Z poważaniem
{{PERSON|Stanisław Górecki}}
{{PHONE|0048 81 532 10 47}}`),
  t("chat", `[pt 17:22] {{PERSON|bartek}}: hej, czy macie samsunga a56 w salonie w Poznaniu?
[pt 17:23] {{PERSON|Natalia}} – SmartFon Salon: Cześć {{PERSON|Bartek}}! Mamy 2 sztuki, czarny i zielony. {{neg:amount|1 599 zł}}.
[pt 17:24] {{PERSON|bartek}}: odłóżcie mi czarnego? {{PHONE|733 904 118}}
[pt 17:24] {{PERSON|Natalia}} – SmartFon Salon: Odłożone do jutra do {{neg:time|20:00}}.`),
  t("note", `Darczyńca p. {{PERSON|Wiesława Nowicka}} dzwoniła – chce jednorazowo wpłacić {{neg:amount|300 zł}} kartą. Podała nr {{CARD|2223 0044 1278 5064}}. Potwierdzenie na {{EMAIL|w.nowicka@onet.example}}. Rozmowę prowadził {{PERSON|Krzysztof}}.`),
  t("transcript", `KONSULTANT: KurierMax, {{PERSON|Monika}}, w czym mogę pomóc?
KLIENT: Dzień dobry, {{PERSON|Łukasz Pietrzak}}. Kurier zostawił awizo, a byłem w domu cały dzień.
KONSULTANT: Przepraszam. Proszę podać numer przesyłki.
KLIENT: {{neg:tracking-number|KM 6620 1190 0028}}.
KONSULTANT: Ponowna dostawa jutro. Kurier zadzwoni na numer {{PHONE|504 211 376}}, zgadza się?
KLIENT: Tak.`),
  t("sms", `Biuro Nieruchomości Motława: Pani {{PERSON|Aleksandro}}, oglądanie mieszkania przy ul. Ogarnej jutro o {{neg:time|18:00}}. Agent: {{PERSON|Piotr}} {{PHONE|501 338 902}}`),
]
