// sv-SE and pl-PL texts: written one by one (a padel hall, a förskola, a Swish-style refund, a bilverkstad, a hyresvärd,
// a paczkomat-style locker, a fryzjer, a przychodnia, a szkoła językowa, a wypożyczalnia).
import { mk } from "./mk.ts"

const sv = mk("sv-SE")
const pl = mk("pl-PL")

export const SV_SE = [
  sv("note", `kund {{PERSON|Björn Lindqvist}} ringde ang. faktura för padel, säger han betalat {{neg:amount|450 kr}} två ggr. mob {{PHONE|070-412 33 86}}. ring tbx efter {{neg:time|16:00}}. kolla m {{PERSON|Elin}} på ekonomi`),
  sv("sms", `Hej! Det är {{PERSON|Maja}} från förskolan Solrosen. {{PERSON|Ebba}} har feber, kan ni hämta? Ring {{PHONE|08-672 44 19}} el. min mobil {{PHONE|073-891 20 45}}`),
  sv("chat", `Instagram DM – Café Kanelbullen
{{PERSON|linnea.h}}: hej! är ni open on sunday? vill boka bord för 6 pers 🥳
Café Kanelbullen: Hej {{PERSON|Linnea}}! Yes we're open {{neg:time|10:00}}–16. Vad heter du i efternamn?
{{PERSON|linnea.h}}: {{PERSON|Holmgren}}. mitt nr {{PHONE|+46 72 519 08 63}} tack!`),
  sv("summary", `Samtalsanteckning bilverkstad
Kund: {{PERSON|Anders}} "{{PERSON|Kalle}}" {{PERSON|Nyström}}
Ärende: bromsar gnisslar, Volvo V70
Tel: {{PHONE|noll sju sex, två två fyra, femtioåtta, nittioett}}
Kostnad ca {{neg:amount|3 200 kr}}
Bokat {{neg:date|9 december}} {{neg:time|07:30}}`),
  sv("email", `Ämne: återbetalning hyra

Hej,

jag flyttade ut {{neg:date|30 november}} men har fått avi för december. Vänligen betala tillbaka till {{IBAN|SE15 5000 0000 0583 1627 4091}}. Postnr {{neg:postcode|413 17}}.

Mvh {{PERSON|Sanna Eriksson}}
{{EMAIL|Sanna.Eriksson@telia.example}}`),
  sv("note", `överlämning kvällspass: {{PERSON|KARLSSON, Per-Olof}} väntar på återkoppling om kortet, nytt kort {{CARD|3417 0826 5914 370}}, det gamla slutar på {{neg:masked-card|**** 8812}}. mobil {{PHONE|0046 70 938 15 27}}. har bett {{PERSON|Amir}} ta det imorgon`),
  sv("chat", `Swedish-English chat – StreamBox
Kund: hej my subscription is dubbeldragen, {{neg:amount|129 kr}} x2 🙄
{{PERSON|Oskar}} (StreamBox): Hej! Sorry about that. Vilket konto?
Kund: {{EMAIL|fredrik dot sandberg at example dot com}} heter {{PERSON|Fredrik Sandberg}}
{{PERSON|Oskar}} (StreamBox): Tack {{PERSON|Fredrik}}, återbetalning till {{IBAN|SE92 8000 0832 7901 7463 8255}} inom 5 dagar`),
  sv("ticket", `Ärende {{neg:ticket-number|SR-10447}}
Användare: {{PERSON|J. Åberg}}
Problem: kan inte logga in på wifi, enhet {{IP_ADDRESS|fe80::1c4:22ff:fe9a:3b10}}
Version {{neg:version|14.2.1}}
Tel {{PHONE|031-704 52 18}}`),
]

export const PL_PL = [
  pl("note", `kl. {{PERSON|Grzegorz Wiśniewski}} dzwonił ws. paczkomatu, paczka {{neg:tracking-number|PX-6620194817}} nie dotarła. tel {{PHONE|601 857 342}}. oddzwonić po {{neg:time|15:00}}. pogadać z {{PERSON|Kasią}} z reklamacji`),
  pl("sms", `Dzień dobry, tu {{PERSON|Ania}} z salonu fryzjerskiego. Przypominam wizytę {{neg:date|12 grudnia}} o {{neg:time|11:30}}. W razie zmiany prosze dzwonić {{PHONE|512 408 377}}`),
  pl("chat", `Facebook – Szkoła Językowa Wow
{{PERSON|Magda Kowalczyk}}: hello, my english is terrible so I want to course 😅 ile kosztuje?
Szkoła Językowa Wow: Hej {{PERSON|Magda}}! Kurs B1 to {{neg:amount|890 zł}} za semestr. Podaj telefon, {{PERSON|Tomek}} oddzwoni
{{PERSON|Magda Kowalczyk}}: {{PHONE|+48 698 214 503}} dzięki!`),
  pl("summary", `Podsumowanie rozmowy – przychodnia
Pacjent: pan {{PERSON|Zbigniew Kaczmarek}}
Sprawa: przełożenie wizyty u dr {{PERSON|Nowaka}}
Tel: {{PHONE|dwadzieścia dwa, sześćset osiemnaście, czterdzieści trzy, dziewięćdziesiąt}}
Kod pocztowy {{neg:postcode|02-791}}`),
  pl("email", `Temat: zwrot kaucji

Dzień dobry,
proszę o zwrot kaucji za rower ({{neg:amount|200 zł}}) na konto {{IBAN|PL11 1090 1014 0000 0712 9384 6502}}. Wcześniej podałam {{neg:iban-checksum|PL12 1090 1014 0000 0712 9384 6502}} – błąd.

Pozdrawiam
{{PERSON|Agnieszka Zielińska}}
{{EMAIL|a.zielinska@wp.example}}`),
  pl("note", `przekazanie zmiany: {{PERSON|LEWANDOWSKA Ewa}} czeka na kontakt, karta {{CARD|5582 0417 3962 8401}}, pierwsza próba {{neg:luhn-invalid|5582 0417 3962 8410}} odrzucona. tel {{PHONE|0048 22 845 19 63}}. konto męża {{PERSON|Piotra}} {{IBAN|PL35 2490 2111 0000 0020 0317 6491}}`),
  pl("chat", `WhatsApp – wypożyczalnia aut
Klient: hi, I rent car jutro from airport, what time open?
{{PERSON|Bartek}} (Rent-Auto): Hi! We open {{neg:time|6:00}}. Name please?
Klient: {{PERSON|Oleksandr Bondarenko}}, phone {{PHONE|+380 67 412 8830}}
{{PERSON|Bartek}} (Rent-Auto): ok {{PERSON|Oleksandr}}, rezerwacja {{neg:booking-ref|RA-3319K}} potwierdzona 👍`),
  pl("transcript", `KONSULTANT: Dzień dobry, Energa-Plus, {{PERSON|Marta}} przy telefonie
KLIENT: dzień dobry, {{PERSON|Wojciech Mazur}}, dzwonię w sprawie rachunku
KONSULTANT: Poproszę numer klienta
KLIENT: {{neg:customer-number|EP-7042291}}
KONSULTANT: Dziękuję. Numer telefonu do kontaktu?
KLIENT: {{PHONE|pięćset trzy, sto dwadzieścia jeden, czterysta osiem}}`),
]
