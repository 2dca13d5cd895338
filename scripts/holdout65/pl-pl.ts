// pl-PL texts: written one by one (pogotowie operatora sieci energetycznej, centrum ogrodnicze, kuchnie na wymiar,
// wywoływanie zdjęć, soczewki w abonamencie, rzeczy zgubione w taksówce, księgarnia, wulkanizacja, transport
// sanitarny).
import { mk } from "./markup.ts"

const t = mk("pl-PL")

export const PL_PL = [
  t("transcript", `KONSULTANT: Sieć Energetyczna Pomorze, pogotowie energetyczne, {{PERSON|Marcin}}, słucham.
DZWONIĄCA: Dzień dobry, mówi {{PERSON|Grażyna Kowalewska}}, Gdańsk Osowa. Od godziny nie mamy prądu.
KONSULTANT: Tak, proszę pani, jest awaria linii kablowej. Ekipa jest w drodze. Czy mogę prosić numer do kontaktu?
DZWONIĄCA: {{PHONE|pięćset dwanaście, dziewięćset cztery, trzysta trzydzieści osiem}}
KONSULTANT: Powtarzam: {{PHONE|512 904 338}}. Wyślemy SMS, gdy prąd wróci.`),
  t("email", `Temat: Dostawa tui – zamówienie {{neg:order-number|ZZ-2026-11-0417}}

Dzień dobry Pani {{PERSON|Agnieszko}},

potwierdzamy dostawę 30 sadzonek tui szmaragd w dniu {{neg:date|10.12.2026}} w godz. {{neg:time|10:00}}–{{neg:time|14:00}}. Kierowca, pan {{PERSON|Zbigniew}}, zadzwoni pod numer {{PHONE|692-417-305}} pół godziny wcześniej.

Do zapłaty przy odbiorze: {{neg:amount|1 290,00 zł}}.

Pozdrawiamy serdecznie
{{PERSON|Katarzyna Wróblewska}}
Centrum Ogrodnicze Zielony Zakątek
{{EMAIL|dostawy@zielonyzakatek.example.com}}, tel. {{PHONE|58 301 22 94}}`),
  t("note", `Kuchnie Mistral – pomiar {{neg:date|03.12}}. Klient {{PERSON|Tomasz Zieliński}}, ul. Lipowa 4 m. 12, {{neg:postcode|30-412}} Kraków. Blat kompozytowy, zlew podblatowy. Wycena {{neg:amount|18 750 zł}}. Zaliczka przelewem z konta {{IBAN|PL61 1090 1014 0000 0712 1981 2874}}. Tel. żony ({{PERSON|Magda}}) {{PHONE|+48 603 118 472}}.`),
  t("chat", `Fotolab Migawka – czat
Ty: dzień dobry, zamówiłam odbitki 10x15 a przyszły 13x18
{{PERSON|Oliwia}} (Migawka): Dzień dobry! Bardzo przepraszamy. Proszę o numer zamówienia.
Ty: {{neg:order-number|FM-883104}}
{{PERSON|Oliwia}} (Migawka): Dziękuję. Wydrukujemy ponownie na nasz koszt. Wysyłka na nazwisko {{PERSON|Halina Dąbrowska-Nguyen}}, zgadza się?
Ty: tak
{{PERSON|Oliwia}} (Migawka): Gotowe 📸`),
  t("ticket", `Optyk Soczewka – abonament na soczewki
Klient: {{PERSON|Wiśniewski, Paweł}}
Nr klienta: {{neg:customer-number|OS-20931}}
Płatność: karta {{CARD|5264 8910 7733 4151}}
Kwota: {{neg:amount|89,00 zł}} / kwartał
Telefon: {{PHONE|781 220 946}}
E-mail: {{EMAIL|pawel.wisniewski@example.com}}
IP rejestracji: {{IP_ADDRESS|10.0.14.77}}`),
  t("sms", `TaxiRaz: Pani {{PERSON|Jadwigo}}, kierowca znalazł Pani okulary. Odbiór w biurze przy ul. Grochowskiej do {{neg:date|18.12}}. Info: {{PHONE|(22) 845 17 33}}`),
  t("ticket", `Transport sanitarny – zlecenie
Pacjent: {{PERSON|Lewandowski Henryk}}
Data ur.: {{neg:date|14.02.1940}}
Kurs: dom → dializa, {{neg:date|07.12.2026}} godz. {{neg:time|6:30}}
Adres: ul. Kwiatowa 2, {{neg:postcode|05-800}} Pruszków
Kontakt: wnuczka {{PERSON|Julia Lewandowska}} {{PHONE|0048 22 628 41 90}}
Zwrot kosztów na: {{IBAN|PL16 1140 2004 0000 3202 8163 9574}}`),
  t("transcript", `konsultantka: księgarnia kartka dzień dobry
klient: dzień dobry {{PERSON|jan sowiński}} zamawiałem książkę dla córki czy już jest
konsultantka: sprawdzam tak jest do odbioru w sklepie na piotrkowskiej
klient: a może pani wysłać smsa jak będzie można odebrać na numer {{PHONE|sześćset sześć, dwieście dwanaście, czterysta siedemdziesiąt trzy}}
konsultantka: oczywiście panie {{PERSON|janie}}`),
]
