// pl-PL texts, written one by one: a lift maintainer in Warsaw and a heating servicer in Silesia, a SaaS help desk, a
// forwarder and customs agency in Gdynia and an office park's tenant desk.
import { mk } from "./mk.ts"

const pl = mk("pl-PL")

export const PL_PL = [
  pl("ticket", `Dźwigi Serwis Praga · Zgłoszenie awarii {{neg:ticket-number|DSM/2026/11873}}
Obiekt: Biurowiec Prosta 51, winda nr 3, {{neg:postcode|00-838}} Warszawa
Zgłosił {{neg:date|01.12.2026}} o {{neg:time|08:05}} administrator {{PERSON|Krzysztof Malinowski}}, tel. {{PHONE|601 482 337}}
Konserwator dyżurny: {{PHONE|604 227 918}}
Aktualizacja {{neg:time|10:30}}: wymieniono rolki drzwi kabinowych, dźwig przywrócony do ruchu. Protokół UDT {{neg:reference|UDT-N-44180}}.`),
  pl("email", `Od: {{PERSON|Agnieszka Zawadzka}} <{{EMAIL|a.zawadzka@example.com}}>
Do: {{EMAIL|pomoc@rachmistrz.example.com}}
Temat: Dodanie adresu IP do listy dozwolonych

Dzień dobry,
prosimy o dodanie adresu {{IP_ADDRESS|198.51.100.92}} dla konta {{neg:account-number|RCH-PL-2204}} i usunięcie {{IP_ADDRESS|10.0.5.12}}.
Wersja aplikacji: {{neg:version|2.11.6}}.

Pozdrawiam
{{PERSON|Agnieszka Zawadzka}}
tel. {{PHONE|22 628 41 90}}`),
  pl("chat", `#dyżur-ciepło · Ciepłoserwis Śląsk
[06:35] Serwisant 12: kocioł w przedszkolu w Tychach w awarii, błąd E02
[06:36] Dyspozytor: woźny {{PERSON|Henryk Pawlak}} będzie od 7, {{PHONE|32 255 41 80}}
[06:38] Serwisant 12: jadę. zlecenie {{neg:order-number|CS-40127}}
[06:39] Dyspozytor: na kominie podobno siedzi {{neg:name-word|sowa}}, uważaj przy przeglądzie 😅`),
  pl("form", `Karta podwykonawcy — Dźwigi Serwis Praga
Firma: Montaż Dźwigów MDK sp.j.
Osoba kontaktowa: {{PERSON|Bartosz Kamiński}}
NIP: {{neg:tax-id|527-219-48-03}}
Telefon: {{PHONE|795 330 612}}
E-mail: {{EMAIL|biuro@mdk.example.com}}
Rachunek: {{IBAN|PL19 1140 2004 0000 3502 3059 9137}}
Kod pocztowy: {{neg:postcode|05-500}}`),
  pl("ticket", `Bałtyk Spedycja i Agencja Celna · Import {{neg:booking-ref|BSC-IMP-61032}}
Kontener {{neg:tracking-number|CSNU 640218 1}} rozładowany w DCT Gdańsk {{neg:date|29 listopada}}
Odbiorca: Meble Kaszuby sp. z o.o., kontakt {{PERSON|Joanna Kwiatkowska}}, {{PHONE|58 341 26 87}}
Kod CN {{neg:reference|9401.61.00}}, cło i VAT {{neg:amount|38 412,50 zł}}
Dyspozytor przewoźnika {{PHONE|58 620 39 14}}, nr rej. {{neg:plate|GD 4412K}}, dostawa {{neg:date|4 grudnia}}`),
  pl("email", `Od: {{EMAIL|ksiegowosc@mokotow-office.example.com}}
Do: {{PERSON|Tomasz Sikora}}
Temat: Rozliczenie opłat eksploatacyjnych 2025

Szanowny Panie {{PERSON|Tomaszu}},
nadpłata wynosi {{neg:amount|2 480,00 PLN}}. Podany rachunek {{neg:iban-checksum|PL47 1020 1026 0000 1702 0458 7713}} jest nieprawidłowy; zwrot przelejemy na {{IBAN|PL38 1020 1026 0000 1702 0458 7713}} po potwierdzeniu.
Pytania: {{PERSON|Katarzyna Wójcik}}, {{PHONE|+48 22 628 41 91}}`),
  pl("ticket", `Rachmistrz Support · Zgłoszenie {{neg:ticket-number|RCH-30881}} · Logowanie SSO nie działa
Zgłaszający: {{PERSON|Michał Grabowski}}
> 2026-12-02 07:58:14 ERROR saml.acs user="{{PERSON|Natalia Lewandowska}}" ip={{IP_ADDRESS|172.20.4.66}} reason=CertExpired
Odpowiedź helpdesku ({{PHONE|22 490 17 33}}): certyfikat IdP wygasł {{neg:date|1 grudnia}}. Po wgraniu nowego działa, wersja {{neg:version|2.11.7}}.`),
  pl("chat", `Teams · Recepcja Mokotów Office Park
[09:45] Recepcja: najemca z 6. piętra prosi o karty dostępu dla ekipy IT
[09:46] Administracja: nazwiska?
[09:46] Recepcja: {{PERSON|Igor Sokołowski}} i {{PERSON|Nguyen Van Long}}, kontakt u najemcy {{PHONE|512 904 118}}
[09:48] Administracja: karty {{neg:serial-number|MOP-2210}} i {{neg:serial-number|MOP-2211}} gotowe, kaucja {{neg:amount|50 zł}}`),
  pl("form", `zlecenie;klient;adres;kontakt;telefon;urządzenie;termin
{{neg:order-number|CS-40219}};Apteka Pod Lipami;ul. Wolności 12, {{neg:postcode|41-800}} Zabrze;{{PERSON|Grażyna Mazurek}};{{PHONE|698 113 452}};Viessmann Vitodens (nr {{neg:serial-number|7570664200381}});{{neg:date|08.12.2026}}`),
  pl("email", `Od: {{PERSON|Robert Czarnecki}} <{{EMAIL|r.czarnecki@example.com}}>
Do: {{EMAIL|clo@baltyk-spedycja.example.com}}
DW: {{PERSON|Emilia Wróbel}}
Temat: PD: Płatność cła, AWB {{neg:tracking-number|080-33419027}}

Proszę obciążyć kartę firmową {{CARD|5341 2887 0035 6171}} kwotą cła ({{neg:amount|4 100 PLN}}).
---------- Przekazana wiadomość ----------
> Od: {{PERSON|Emilia Wróbel}}
> Agencja celna potrzebuje płatności do {{neg:time|14:00}}, inaczej towar zostaje w magazynie.`),
  pl("ticket", `Dźwigi Serwis Praga · Zamówienie części {{neg:order-number|ZC/2026/0419}}
Dla: Galeria Północna, winda towarowa
Zamówienie przez magazyn {{PHONE|+48 22 311 40 87}} · dostawca {{PERSON|Svetlana Morozova}} {{PHONE|+48 71 344 19 08}}
Zapłacono kartą {{neg:masked-card|XXXX XXXX XXXX 0937}}, {{neg:amount|6 780 zł}}
Uwaga: pierwszy podany numer karty {{neg:luhn-invalid|4012 8876 4013 5597}} został odrzucony.`),
  pl("chat", `Slack #rachmistrz-płatności
[13:20] Płatności 1: klient prosi o zwrot na {{IBAN|PL78 2490 0005 0000 4000 7521 2340}}
[13:21] Księgowość: faktura i kwota?
[13:21] Płatności 1: {{neg:invoice-number|FV/2026/11/0388}}, {{neg:amount|1 230,00 zł}}
[13:22] Księgowość: ok, jutro puszczę przelew`),
  pl("form", `Rejestr gości — Mokotów Office Park
Gość: {{PERSON|Wojciech Pietrzak}}
Firma: Chłodnictwo Północ
Odwiedza: Kancelaria Rybak i Wspólnicy
Telefon: {{PHONE|724 561 830}}
Wejście: {{neg:time|12:40}}
Dowód: {{neg:reference|ABX 418203}}`),
  pl("email", `Od: {{PERSON|Zofia Jankowska}} <{{EMAIL|zofia.jankowska@example.org}}>
Do: {{EMAIL|serwis@cieploserwis.example.com}}
Temat: Umowa serwisowa — płatność kartą

Dzień dobry, przegląd roczny ({{neg:amount|480 zł}}) proszę pobrać z karty {{CARD|4012 8876 4013 5594}}. Serwisant {{PERSON|Adrian Górski}} może dzwonić pod {{PHONE|603 418 229}}.
Pozdrawiam, {{PERSON|Zofia}}`),
  pl("ticket", `Bałtyk Spedycja · Eksport {{neg:booking-ref|BSC-EKS-70288}}
Nadawca: Bursztyn Pomorze, kontakt {{PERSON|Elżbieta Szymańska}}
Kontener {{neg:tracking-number|TGBU 551370 9}} · CN {{neg:reference|7116.20.11}} · 4 palety
Odbiorca: Amber House Ltd, Toronto, attn {{PERSON|Chidi Okonkwo}}
Spedytor odbiorcy {{PERSON|Maria Fernanda Ruiz}} prosi o kontakt: {{PHONE|+48 502 771 904}}.`),
]
