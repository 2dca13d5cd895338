// pl-PL texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("pl-PL")

export const PL_1 = [
  t("chat", `[09:30] Klient: dzień dobry, nie mam zasięgu od rana
[09:31] {{PERSON|Agnieszka}} (Obsługa Klienta Polfon): Dzień dobry! Przepraszamy. Proszę podać numer telefonu.
[09:31] Klient: {{PHONE|512 348 907}}
[09:32] {{PERSON|Agnieszka}} (Obsługa Klienta Polfon): Dziękuję. Czy właścicielem umowy jest Pan {{PERSON|Marcin Zieliński}}?
[09:32] Klient: tak
[09:34] {{PERSON|Agnieszka}} (Obsługa Klienta Polfon): W rejonie {{neg:postcode|31-042}} jest awaria nadajnika. Naprawa do {{neg:time|15:00}}.`),
  t("chat", `{{PERSON|Kasia}}: hej, paczka miała być wczoraj 😕 nr {{neg:tracking-number|PX 6620 1183 4471}}
KurierExpres: Cześć {{PERSON|Kasia}}! Paczka czeka w paczkomacie przy ul. Długiej, {{neg:postcode|80-831}} Gdańsk.
{{PERSON|Kasia}}: a może ją odebrać mój tata? {{PERSON|Andrzej Wójcik}}
KurierExpres: Tak, wystarczy kod odbioru. Ważny do {{neg:date|12.03.2026}}.`),
  t("note", `dzwoniła p. {{PERSON|halina kamińska}}, reklamacja obciążenia {{neg:amount|249,00 zł}} na karcie {{neg:masked-card|**** 7720}}. zastrzeżona, sprawa {{neg:case-number|BNK-PL-44120}}. oddzwonić {{PHONE|601 224 913}} po {{neg:time|17:00}}`),
  t("note", `Pan {{PERSON|Tadeusz Nowak}} zgłasza brak prądu od {{neg:time|19:40}}. Awaria sieci, ekipa w drodze. Tel. stacjonarny {{PHONE|22 628 41 90}}. Powiedział, że przed domem stoi {{neg:name-word|sowa}} z drewna, łatwo trafić.`),
  t("email", `Temat: Zwrot za odwołany lot {{neg:flight-number|LO 3917}}

Szanowni Państwo,

mój lot Warszawa–Kraków z dnia {{neg:date|14 kwietnia}} został odwołany. Proszę o zwrot {{neg:amount|389,00 zł}} (rezerwacja {{neg:booking-ref|WK3R8T}}) na konto:
{{IBAN|PL61 1090 1014 0000 0712 1981 2874}}

Kontakt: {{PHONE|+48 603 118 240}}

Z poważaniem
{{PERSON|Joanna Lewandowska}}`),
  t("email", `Szanowna Pani {{PERSON|Dąbrowska}},

potwierdzamy wizytę w Gabinecie Stomatologicznym Uśmiech w dniu {{neg:date|9 czerwca}} o godz. {{neg:time|16:30}} u dr. {{PERSON|Piotra Mazura}}.

W razie zmiany prosimy o kontakt: {{PHONE|12 421 88 30}} lub {{EMAIL|rejestracja@usmiech.example}}.

Pozdrawiamy
{{PERSON|Magdalena}}
Rejestracja`),
  t("transcript", `Konsultant: Energa Plus, nazywam się {{PERSON|Paweł}}, w czym mogę pomóc?
Klient: Dzień dobry, {{PERSON|Krzysztof Wiśniewski}}, chciałem podać odczyt licznika.
Konsultant: Oczywiście. Numer klienta?
Klient: {{neg:customer-number|EP-5530219}}.
Konsultant: A numer telefonu do kontaktu?
Klient: {{PHONE|sześćset dwa, trzysta czterdzieści pięć, sto osiemdziesiąt dziewięć}}.
Konsultant: {{PHONE|Sześć zero dwa, trzy cztery pięć, jeden osiem dziewięć}}. Dziękuję.`),
  t("transcript", `[00:00:02] konsultantka: ubezpieczenia drogowe {{PERSON|ewelina}} dzień dobry
[00:00:05] klient: dzień dobry {{PERSON|grzegorz pawlak}} miałem stłuczkę
[00:00:09] konsultantka: czy ktoś jest ranny
[00:00:10] klient: nie nie tylko zderzak
[00:00:12] konsultantka: numer polisy
[00:00:14] klient: {{neg:policy-number|UD-7710294}}
[00:00:19] konsultantka: i numer telefonu
[00:00:21] klient: {{PHONE|pięć zero jeden, dwa dwa trzy, cztery cztery osiem}}`),
  t("summary", `Podsumowanie rozmowy – {{neg:date|04.03.2026}}
Klient: {{PERSON|Monika Kaczmarek}}
Powód: podwójne obciążenie za subskrypcję streamingu ({{neg:amount|29,99 zł}})
Rozwiązanie: zwrot jednej płatności, zgłoszenie {{neg:ticket-number|STR-PL-7731}}
Kontakt: {{EMAIL|monika.kaczmarek@example.com}}`),
  t("summary", `Pan {{PERSON|Mykola Bondarenko}} prosi o przepisanie umowy na gaz na żonę, Panią {{PERSON|Oksanę Bondarenko}}. Dokumenty do wysłania na {{EMAIL|dokumenty@energaplus.example}}. Kontakt {{PHONE|+48 789 220 415}}.`),
  t("form", `Imię i nazwisko: {{PERSON|Bartosz Jankowski}}
Telefon: {{PHONE|58 341 22 90}}
Komórka: {{PHONE|0048 698 114 207}}
E-mail: {{EMAIL|bartosz.jankowski@example.net}}
Kod pocztowy: {{neg:postcode|81-366}}
Data urodzenia: {{neg:date|23.05.1986}}`),
  t("form", `klient={{PERSON|Natalia Szymańska}}; tel={{PHONE|+48511902338}}; karta={{CARD|4556 7381 2204 9914}}; waznosc={{neg:card-expiry|04/28}}; zamowienie={{neg:order-number|ZAM-2026-5512}}; kwota={{neg:amount|159,00 zł}}`),
]
