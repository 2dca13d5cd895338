// pl-PL texts: written one by one (klinika leczenia niepłodności, dowóz uczniów, kino, karma w subskrypcji,
// fotowoltaika w leasingu, szkoła jazdy, ładowarki, biblioteka, prom z samochodem, ubezpieczenie pogrzebowe, serwis rowerowy).
import { mk } from "./markup.ts"

const t = mk("pl-PL")

export const PL_PL = [
  t("chat", `Klinika Bocian Zdrowia – czat rejestracji
[09:15] Ty: dzień dobry, chciałabym przełożyć wizytę monitoringową
[09:16] {{PERSON|Agnieszka}} (rejestracja): Dzień dobry! Imię i nazwisko?
[09:16] Ty: {{PERSON|Karolina Wójcik}}
[09:17] {{PERSON|Agnieszka}} (rejestracja): Mam wolny termin {{neg:date|11 grudnia}} o {{neg:time|8:40}} u dr {{PERSON|Mazur}}.
[09:17] Ty: pasuje, mój numer {{PHONE|601 483 227}}`),
  t("email", `Temat: Dowóz syna do szkoły

Dzień dobry,

zwracam się z prośbą o objęcie mojego syna {{PERSON|Szymona Nowaka}} dowozem do Szkoły Podstawowej nr 3 od {{neg:date|4 stycznia}}. Mieszkamy w Zalesiu, kod {{neg:postcode|05-540}}.

Kontakt: {{PHONE|22 756 41 18}}, komórka {{PHONE|+48 512 903 446}}.

Z poważaniem
{{PERSON|Ewa Nowak}}`),
  t("sms", `Kino Kadr: rezerwacja {{neg:booking-ref|KK-4471-902}} na sob. {{neg:time|19:15}}, sala 2, rząd G. Odbiór biletów do 20 min przed seansem. Info {{PHONE|58 344 12 07}}`),
  t("transcript", `KONSULTANT: Karmnik Plus, {{PERSON|Bartosz}}, w czym mogę pomóc?
KLIENTKA: Dzień dobry, {{PERSON|Jagoda Sowa}}, chciałam zmienić karmę dla psa na bez zbóż.
KONSULTANT: Oczywiście, Pani {{PERSON|Jagodo}}. Poproszę numer telefonu z konta.
KLIENTKA: {{PHONE|sześćset sześćdziesiąt dwa, czterysta osiemnaście, dziewięćset trzy}}
KONSULTANT: {{PHONE|662 418 903}}, dziękuję. Następna dostawa {{neg:amount|149,90 zł}}.`),
  t("note", `SłonecznyDach leasing: klient {{PERSON|Zbigniew Kaczmarek}} zgłasza brak produkcji od {{neg:date|27.11}}. Umowa {{neg:contract-number|SD/2024/08831}}. Falownik wersja {{neg:version|4.0.17}}. Rata {{neg:amount|389,00 zł}} wstrzymana do naprawy. Tel. {{PHONE|77 441 29 60}}.`),
  t("ticket", `OSK ZIELONA FALA – ZAPIS NA KURS
Nazwisko: {{PERSON|Kowalczyk}}
Imię: {{PERSON|Julia}}
Telefon: {{PHONE|730 218 559}}
E-mail: {{EMAIL|julia.kowalczyk@skrzynka.example}}
Kurs kat. B: {{neg:amount|3 200 zł}}
Numer PKK: {{neg:reference|0000 4471 2209 8813 0021}}`),
  t("chat", `Ładuj.pl – pomoc
Ty: ładowarka na Orlenie w Kutnie nie startuje
{{PERSON|Marcin}} (Ładuj.pl): Cześć! Numer stacji?
Ty: {{neg:charger-id|PL-LD-44071}}
{{PERSON|Marcin}} (Ładuj.pl): Zrestartowałem. Twoje konto ma adres {{IP_ADDRESS|fd12:3c4:5e::a1}} w logach, sesja się nie zarejestrowała, więc nic nie pobraliśmy.
Ty: dzięki`),
  t("note", `Biblioteka Miejska: czytelniczka {{PERSON|Halina Lis}} prosi o przedłużenie karty {{neg:member-number|BM 0033 8174}}. Kara {{neg:amount|6,50 zł}} anulowana. Wnuczka {{PERSON|Zosia}} odbierze książki. Tel. {{PHONE|81 532 77 04}}.`),
  t("email", `Od: Prom Bałtyk Rezerwacje <{{EMAIL|rezerwacje@prombaltyk.example}}>
Do: {{PERSON|Tomasz Dąbrowski}}
Temat: Zmiana rezerwacji {{neg:booking-ref|PB-SWI-33017}}

Panie {{PERSON|Tomaszu}},
rezerwacja przeprawy Świnoujście–Ystad na {{neg:date|21 grudnia}} została zmieniona na samochód z przyczepą. Dopłata {{neg:amount|240 zł}} zostanie pobrana z karty {{neg:masked-card|**** 4471}}.
Infolinia: {{PHONE|91 322 40 18}}`),
  t("transcript", `konsultantka ubezpieczenia pogrzebowe spokój dzień dobry mówi {{PERSON|beata}}
klient dzień dobry zmarł mój ojciec {{PERSON|stanisław wróbel}} chciałem zgłosić
konsultantka przykro mi poproszę numer polisy
klient {{neg:policy-number|SP 2207 4418}}
konsultantka i numer konta do wypłaty
klient {{IBAN|PL95 1140 2004 0000 3302 7581 8394}}`),
  t("sms", `Serwis Szprycha: {{PERSON|Paweł}}, rower gotowy do odbioru. Do zapłaty {{neg:amount|120 zł}}. Czynne do {{neg:time|18:00}}. Tel. {{PHONE|12 421 88 05}}`),
  t("ticket", `SERWIS SZPRYCHA – ZLECENIE {{neg:order-number|SZ-2026-1187}}
Klient: {{PERSON|Wiśniewska Magdalena}}
Tel.: {{PHONE|0048 605 117 392}}
Rower: Kross, nr ramy {{neg:serial-number|KR 33018 447}}
Płatność: {{CARD|2223 0048 1927 5644}}
Poprzednia karta: {{neg:luhn-invalid|2223 0048 1927 5645}}`),
]
