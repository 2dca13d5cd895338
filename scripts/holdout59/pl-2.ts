// pl-PL texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("pl-PL")

export const PL_2 = [
  t("chat", `(20:11) Ty: router nie łączy się z internetem, dioda miga na czerwono
(20:12) {{PERSON|Michał}} | Polfon Wsparcie: Cześć! Wejdź na {{IP_ADDRESS|192.168.0.1}} i podaj adres WAN
(20:14) Ty: {{IP_ADDRESS|203.0.113.201}}
(20:14) {{PERSON|Michał}} | Polfon Wsparcie: A IPv6?
(20:15) Ty: {{IP_ADDRESS|2001:db8:9abc::12}}
(20:16) {{PERSON|Michał}} | Polfon Wsparcie: Połączenie jest. Aktualizuję oprogramowanie do wersji {{neg:version|3.2.7}}, router się zrestartuje.`),
  t("note", `p. {{PERSON|Dorota Lis}} chce zmienić konto do polecenia zapłaty: {{IBAN|PL27 1140 2004 0000 3002 0135 5387}}. najpierw podała {{neg:iban-checksum|PL11 1050 0099 7603 1234 5678 9123}} – błędna suma kontrolna. zmiana od {{neg:date|1 lipca}}. tel {{PHONE|604 881 302}}`),
  t("email", `Dzień dobry,

naliczono mi {{neg:amount|79,99 zł}} za abonament, który wypowiedziałem w styczniu. Mój numer to {{PHONE|693 114 820}}, a numer klienta {{neg:customer-number|PF-0038821}}. Proszę o zwrot.

Pozdrawiam
{{PERSON|Adam Kowalczyk}}
{{EMAIL|adam.kowalczyk@example.org}}`),
  t("email", `Od: {{EMAIL|szkody@ubezpieczeniadrogowe.example}}
Do: {{EMAIL|r.sikora@example.com}}
Temat: Szkoda nr {{neg:claim-number|UD-SZK-2026-0091}}

Szanowny Panie {{PERSON|Robercie}},

otrzymaliśmy oświadczenie sprawcy, Pana {{PERSON|Zbigniewa Górskiego}}. Rzeczoznawca, {{PERSON|Łukasz Wróblewski}}, skontaktuje się z Panem w ciągu 48 godzin pod numerem {{PHONE|698 440 127}}.

Z poważaniem
Dział Szkód
{{PHONE|800 123 456}}`),
  t("transcript", `Konsultantka: Bank Wschodni, zastrzeganie kart, {{PERSON|Aleksandra}}, słucham.
Klient: Dobry wieczór, zgubiłem portfel.
Konsultantka: Przykro mi. Imię i nazwisko?
Klient: {{PERSON|Jakub Wróbel}}.
Konsultantka: Czy ma Pan numer karty?
Klient: Tak: {{CARD|5101 1800 4471 2294}}.
Konsultantka: Karta zastrzeżona. SMS wyślemy na {{PHONE|pięćset dwanaście, czterdzieści cztery, osiemdziesiąt, jedenaście}}, zgadza się?
Klient: Tak.`),
  t("transcript", `rejestratorka: gabinet uśmiech {{PERSON|karolina}} dzień dobry
pacjentka: dzień dobry chciałam się umówić na przegląd
rejestratorka: na jakie nazwisko
pacjentka: {{PERSON|barbara sowińska}}
rejestratorka: mam wolny termin w czwartek o {{neg:time|10:15}}
pacjentka: pasuje
rejestratorka: numer telefonu
pacjentka: {{PHONE|plus czterdzieści osiem, pięć zero trzy, dwa jeden jeden, siedem siedem cztery}}`),
  t("summary", `Rozmowa z Panem {{PERSON|Wojciechem Maciejewskim}} w sprawie zaginionej przesyłki ({{neg:tracking-number|PX 6620 0091 2288}}). Wartość {{neg:amount|540,00 zł}}. Otwarte postępowanie. Kontakt przez córkę, {{PERSON|Ewę Maciejewską}}: {{PHONE|721 008 334}}, {{EMAIL|ewa.maciejewska@example.net}}.`),
  t("summary", `Klientka {{PERSON|Zofia Olszewska}} prosi o fakturę za energię za {{neg:date|28 lutego}}. Wysłano na {{EMAIL|zofia.olszewska@example.com}}. Zapłaciła kartą {{CARD|6011 5520 8813 4402}} przez telefon.`),
  t("form", `| pole | wartość |
| nazwisko i imię | {{PERSON|Kowalski Jan}} |
| telefon | {{PHONE|61 852 44 19}} |
| lot | {{neg:flight-number|LO 281}} |
| data | {{neg:date|18.08.2026}} |
| godzina | {{neg:time|06:55}} |`),
  t("form", `Nazwisko, imię: {{PERSON|Baran, Weronika}}
Tel.: {{PHONE|(22) 651 90 47}}
Tel. kom.: {{PHONE|795-208-113}}
E-mail: {{EMAIL|w.baran@example.org}}
Kod: {{neg:postcode|02-495}}
Uwagi: proszę nie dzwonić po {{neg:time|20:00}}`),
  t("chat", `[sob 10:02] {{PERSON|Tomek}}: hej, anulowałem subskrypcję a nadal pobieracie kasę
[sob 10:03] Wsparcie Kinoteka: Cześć {{PERSON|Tomek}}! Jaki e-mail jest przypisany do konta?
[sob 10:03] {{PERSON|Tomek}}: {{EMAIL|tomek.grabowski@example.com}}
[sob 10:05] Wsparcie Kinoteka: Zwrócimy {{neg:amount|34,99 zł}} w ciągu 5 dni. Numer zgłoszenia {{neg:case-number|KT-55021}}.`),
  t("note", `prośba o kontakt: {{PERSON|Stanisław Kubiak}}, {{PHONE|42 630 18 55}}, reklamuje szacowany odczyt ({{neg:amount|612,40 zł}}). umowa {{neg:contract-number|EP-UM-2290114}}`),
]
