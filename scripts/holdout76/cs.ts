// cs-CZ texts, written one by one: a lift maintainer in Prague and a heating servicer in Moravia, a SaaS help desk, a
// forwarder and customs broker on the Elbe and an office park's tenant desk in Karlín.
import { mk } from "./mk.ts"

const cs = mk("cs-CZ")

export const CS_CZ = [
  cs("ticket", `Výtahy Vltava servis s.r.o. · Porucha {{neg:ticket-number|VV-2026-07719}}
Objekt: Administrativní budova Rohanské nábřeží, výtah č. 1, {{neg:postcode|186 00}} Praha 8
Nahlásil {{neg:date|2.12.2026}} v {{neg:time|7:50}} správce budovy {{PERSON|Jiří Procházka}}, tel. {{PHONE|602 418 337}}
Technik na lince {{PHONE|608 771 432}}
Aktualizace {{neg:time|9:40}}: vyměněn dveřní kontakt, výtah opět v provozu. Revize dle smlouvy {{neg:contract-number|SM-2291}}.`),
  cs("email", `Od: {{PERSON|Lucie Dvořáková}} <{{EMAIL|lucie.dvorakova@example.net}}>
Komu: {{EMAIL|podpora@uctovka.example.com}}
Předmět: Povolení IP adresy

Dobrý den,
prosíme o přidání adresy {{IP_ADDRESS|203.0.113.230}} k účtu {{neg:account-number|UCT-CZ-5518}} a odebrání {{IP_ADDRESS|192.168.50.2}}.
Používáme verzi {{neg:version|1.19.4}}.

S pozdravem
{{PERSON|Lucie Dvořáková}}
tel. {{PHONE|224 813 576}}`),
  cs("chat", `#pohotovost-topení · Topservis Morava
[06:30] Technik 4: kotel ve školce v Prostějově hlásí F22, netopí
[06:31] Dispečink: školník {{PERSON|Vladimír Beneš}} otevírá v 7, {{PHONE|731 552 904}}
[06:33] Technik 4: jedu tam. zakázka {{neg:order-number|TM-33018}}
[06:34] Dispečink: minulá faktura {{neg:amount|€ 214,60}} pořád nezaplacená, připomeň jim to`),
  cs("form", `Karta subdodavatele — Výtahy Vltava servis
Firma: Zdvihací technika Kladno s.r.o.
Kontaktní osoba: {{PERSON|Petr Šimek}}
DIČ: {{neg:tax-id|CZ27084419}}
Telefon: {{PHONE|603 284 771}}
E-mail: {{EMAIL|simek@ztk.example.net}}
IBAN: {{IBAN|CZ92 0300 0000 0012 3456 7872}}
PSČ: {{neg:postcode|272 01}}`),
  cs("ticket", `Labská spedice a celní deklarace · Import {{neg:booking-ref|LSC-IM-20814}}
Kontejner {{neg:tracking-number|HLBU 902217 6}} přistaven do Mělníka {{neg:date|1. prosince}}
Příjemce: Sklárna Krkonoše a.s., kontakt {{PERSON|Hana Marešová}}, {{PHONE|+420 776 340 182}}
Celní sazebník {{neg:reference|7013.28.10}}, clo a DPH {{neg:amount|€ 5.302,80}}
Dispečink dopravce {{PHONE|+420 734 228 105}}, SPZ {{neg:plate|2AB 4417}}, doručení {{neg:date|4. prosince}}`),
  cs("email", `Od: {{EMAIL|uctarna@karlin-park.example.net}}
Komu: {{PERSON|Tomáš Havel}}
Předmět: Vyúčtování služeb 2025

Vážený pane {{PERSON|Havle}},
přeplatek činí {{neg:amount|€ 412,00}}. Uvedený účet {{neg:iban-checksum|CZ04 0300 0000 0012 3456 7872}} banka odmítla; vrátíme jej na {{IBAN|CZ35 2010 0000 0028 1945 7331}}, pokud potvrdíte.
Dotazy: {{PERSON|Veronika Říhová}}, {{PHONE|266 109 435}}`),
  cs("ticket", `Účtovka Support · Požadavek {{neg:ticket-number|UCT-41230}} · Přihlášení přes SSO
Zadavatel: {{PERSON|Martin Čermák}}
> 2026-12-01 10:22:48 ERROR sso.callback user="{{PERSON|Kateřina Veselá}}" ip={{IP_ADDRESS|fd9a:7::12}} reason=StateMismatch
Odpověď podpory ({{PHONE|226 517 884}}): chyba v konfiguraci redirect URI, opraveno ve verzi {{neg:version|1.19.5}}.`),
  cs("chat", `Teams · Recepce Karlín Business Park
[10:15] Recepce: nájemce ve 3. patře chce vstupní karty pro dva auditory
[10:16] Správa budovy: jména?
[10:16] Recepce: {{PERSON|Siddharth Rao}} a {{PERSON|Lenka Machová}}, kontakt u nájemce {{PHONE|605 771 248}}
[10:18] Správa budovy: karty {{neg:serial-number|KBP-0712}} a {{neg:serial-number|KBP-0713}} připravené`),
  cs("form", `zakazka;zakaznik;adresa;kontakt;telefon;zarizeni;termin
{{neg:order-number|TM-33102}};Lékárna U Zlatého hada;Masarykovo nám. 4, {{neg:postcode|796 01}} Prostějov;{{PERSON|Zdeňka Vávrová}};{{PHONE|585 204 913}};Buderus Logamax (v.č. {{neg:serial-number|7736901418}});{{neg:date|9.12.2026}}`),
  cs("email", `Od: {{PERSON|Milan Horák}} <{{EMAIL|m.horak@example.com}}>
Komu: {{EMAIL|clo@labska-spedice.example.net}}
Kopie: {{PERSON|Ivana Kolářová}}
Předmět: Fwd: Platba cla, AWB {{neg:tracking-number|064-20991834}}

Clo ({{neg:amount|€ 980,00}}) prosím strhněte z firemní karty {{CARD|4228 3761 0054 8728}}.
---------- Přeposlaná zpráva ----------
> Od: {{PERSON|Ivana Kolářová}}
> Celní deklarant potřebuje platbu do {{neg:time|15:00}}, jinak zásilka zůstane ve skladu.`),
  cs("ticket", `Výtahy Vltava · Objednávka dílů {{neg:order-number|OD-2026-0318}}
Pro: Palác Karlín, výtah 2
Objednáno přes sklad {{PHONE|583 219 440}} · dodavatel {{PERSON|Zsófia Tóth}} {{PHONE|+420 545 211 830}}
Zaplaceno kartou {{neg:masked-card|**** 8120}}, {{neg:amount|€ 1.940}}
Poznámka: dodavatel nejdřív dostal číslo {{neg:luhn-invalid|5522 0948 6113 7085}}, které banka odmítla.`),
  cs("chat", `Slack #uctovka-fakturace
[14:40] Fakturace 1: slovenský zákazník chce vrátit peníze na {{IBAN|SK42 0200 0000 0019 8765 4321}}
[14:41] Fakturace 2: faktura a částka?
[14:41] Fakturace 1: {{neg:invoice-number|FA-2026-1174}}, {{neg:amount|€ 96,00}}
[14:43] Fakturace 2: ok, zítra`),
  cs("form", `Evidence návštěv — Karlín Business Park
Návštěvník: {{PERSON|Roman Urban}}
Firma: Chlazení Sever
Navštěvuje: Advokátní kancelář Malý
Mobil: {{PHONE|739 601 227}}
Příchod: {{neg:time|13:10}}`),
  cs("email", `Od: {{PERSON|Alena Marková}} <{{EMAIL|alena.markova@example.org}}>
Komu: {{EMAIL|servis@topservis-morava.example.net}}
Předmět: Servisní smlouva — platba kartou

Dobrý den, roční prohlídku ({{neg:amount|€ 140}}) strhněte prosím z karty {{CARD|5522 0948 6113 7082}}. Technik {{PERSON|Libor Štěpánek}} může volat na {{PHONE|377 224 619}}.
Děkuji, {{PERSON|Alena}}`),
  cs("ticket", `Labská spedice · Export {{neg:booking-ref|LSC-EX-55071}}
Odesílatel: Porcelán Karlovy Vary, kontakt {{PERSON|Jaroslava Kubátová}}
Kontejner {{neg:tracking-number|MSKU 739120 4}} · sazebník {{neg:reference|6911.10.00}} · 12 palet
Příjemce: Seoul Table Co., attn {{PERSON|Park Ji-ho}}
Deklarant příjemce {{PERSON|Abdul Karim Hossain}} žádá o zavolání: {{PHONE|+420 608 155 327}}.`),
]
