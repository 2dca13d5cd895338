// Hungarian and Croatian texts (three of each locale's fifteen in English), written one by one: a settlement offer, a
// debtor's lawyer, a phishing SMS with a fraudster's IBAN, a file recalled by the creditor, a complaint about calls at
// work, a lift breakdown, a noise complaint, közös költség and pričuva arrears, a gas smell, mentoring, account merges,
// a voucher, a recording privacy complaint, deliveries, an extended-warranty withdrawal and a technician's day route,
// with names declined in their cases (Fodor Lászlóval, Szalai Esztert, Sanji Kolar, gospodine Vidoviću) and suffixes
// glued to numbers (`06 30 826 9357`-es is not written; `480 000 Ft`-ot is), of a debt-collection agency, a property
// manager, an online-course platform and an appliance warranty and repair desk.
import { mk } from "./mk.ts"

const hu = mk("hu-HU")
const hr = mk("hr-HR")

export const HU_HU = [
  hu("call", `Hívásjegyzet — követeléskezelés — ügyszám {{neg:case-number|KK-2026-015883}} — {{neg:date|2026.03.10.}} {{neg:time|10:50}}
{{PERSON|Fodor Lászlóval}} beszéltem. Tartozás: hitelkártya-tartozás 2022-ből, kamatokkal együtt {{neg:amount|684 300 Ft}}.
Egyösszegű rendezést ajánlottunk: ha {{neg:date|április 15-ig}} befizet {{neg:amount|480 000 Ft}}-ot, a fennmaradó részt a megbízó elengedi.
Azt mondta, az örökségéből tudna fizetni, de a hagyatéki eljárás még tart. Két hét gondolkodási időt kért; addig nem keressük.
Visszahívási szám, ahogy bediktálta: {{PHONE|nulla hat harminc, hatszázkilencvenkettő, ötvennyolc, tizenhárom}}. Csak délután hívható.`),

  hu("email", `Feladó: dr. {{PERSON|Halász Judit}} <{{EMAIL|halasz.judit@example.hu}}>
Címzett: Követeléskezelés <{{EMAIL|kovetelesek@example.hu}}>
Tárgy: {{neg:case-number|KK-2026-014207}} — jogi képviselet

Tisztelt Hölgyem/Uram!

Tájékoztatom, hogy a fenti ügyben {{PERSON|Szekeres Máté}} ügyfelemet én képviselem (a meghatalmazást csatolom). Kérem, hogy a jövőben kizárólag velem tartsák a kapcsolatot, ügyfelemet ne hívják.

Ügyfelem vitatja a követelés összegét ({{neg:amount|412 800 Ft}}): a késedelmi kamatot a szerződésben rögzítettnél magasabb mértékkel számították. Kérem a teljes kamatszámítás és az engedményezési szerződés megküldését.

Elérhetőségem: {{PHONE|+36 1 239 6852}}, {{neg:street|Szent István körút 11.}}, {{neg:postcode|1055}} Budapest.

Tisztelettel:
dr. {{PERSON|Halász Judit}} ügyvéd`),

  hu("chat", `Chat — ügyfélszolgálat
Ügyfél: kaptam egy sms-t, hogy a tartozást utaljam erre a számlára: {{IBAN|HU56 1160 0020 0000 0000 0295 7135}}. ez tényleg a tiétek?
Munkatárs: Jó napot, {{PERSON|Tóth Gabriella}} vagyok. Nem, ez nem a mi számlánk! SMS-ben soha nem küldünk új számlaszámot. Kérem, ne utaljon rá.
Ügyfél: hú, szerencse. akkor hova?
Munkatárs: Mi az ügyszáma?
Ügyfél: {{neg:case-number|KK-2026-016610}}
Munkatárs: A helyes számla: {{IBAN|HU78 1040 5004 8502 6193 7000 0007}}, a közleménybe az ügyszámot írja. Az SMS-t továbbítsa a {{EMAIL|csalas@example.hu}} címre, és jelezze a bankjának is.
Ügyfél: ok. itt a számom, ha kell: 📞 {{PHONE|06 30 826 9357}}`),

  hu("note", `Collector note (English) — file {{neg:case-number|KK-2026-017205}} — commercial debtor
Debtor: {{neg:company|Danubia Packaging Kft.}}, Győr, subsidiary of a German group. Unpaid invoices to a Dutch machine supplier: {{neg:amount|EUR 18,420.00}}, 94 days overdue.
Spoke with their finance manager {{PERSON|Bernd Keller}} (German, no Hungarian): they held back payment because one machine arrived damaged. The supplier's service report confirms a damaged conveyor belt, repaired on {{neg:date|12 February 2026}}.
Agreed: {{neg:amount|EUR 15,000}} now, the remaining {{neg:amount|EUR 3,420}} after the supplier's credit note for the downtime. Payment comes from the German parent's account {{IBAN|DE40 1203 0000 1063 9258 71}}.
Contact: {{PHONE|+36 96 512 880}}, {{EMAIL|b.keller@example.de}}.`),

  hu("note", `Feljegyzés — liftleállás — {{neg:street|Fehérvári út 168.}}, {{neg:postcode|1116}} Budapest (tízemeletes panelház)
A lift {{neg:date|március 9-én}} reggel leállt. A karbantartó ({{neg:company|Lift-Szerviz Bt.}}) szerint a hajtómotort cserélni kell, az alkatrész két hét.
A 9. emeleten lakik {{PERSON|Kelemen Istvánné}}, 87 éves, oxigénkoncentrátorral él; a fia, {{PERSON|Kelemen Gábor}} ({{PHONE|06 30 519 8263}}) naponta viszi fel neki a bevásárlást.
Intézkedés: gyógyszerkiszállítást szerveztünk a háziorvossal; a közös képviselő engedélyezte a sürgős javítást {{neg:amount|1 240 000 Ft}} értékben a felújítási alapból.
A lakókat a lépcsőházi hirdetőn és SMS-ben tájékoztattuk.`),

  hu("email", `Feladó: Közös képviselet <{{EMAIL|kozoskepviselet@example.hu}}>
Címzett: {{EMAIL|farkas.gergely@example.com}}
Tárgy: Közös költség emelése {{neg:date|2026. május 1.}}-től — {{neg:unit-number|II/5}}

Tisztelt {{PERSON|Farkas Gergely}}!

A közgyűlés döntése alapján a közös költség {{neg:date|2026. május 1.}}-től 7%-kal emelkedik a fűtési és karbantartási költségek miatt. Az Ön lakására ({{neg:area|58 m²}}) a havi közös költség {{neg:amount|27 840 Ft}} lesz (eddig {{neg:amount|26 020 Ft}}). A felújítási alap változatlan.

Kérjük, a befizetést továbbra is a társasház számlájára utalja: {{IBAN|HU06 1200 1149 9140 8772 0000 0006}}, közlemény: "II/5 közös költség".

Üdvözlettel:
{{PERSON|Balogh Krisztina}} közös képviselő
{{PHONE|+36 1 488 2016}}

> Tisztelt Közös Képviselő! Ez elég {{neg:name-word|nagy}} emelés egy év alatt a második. Lehetne részletezni, mire megy? {{PERSON|Farkas Gergely}}, {{PHONE|06 30 287 6645}}`),

  hu("chat", `Lakói chat
Lakó: szia, új lakó vagyok a {{neg:unit-number|IV/12}}-ben. hogyan kapok kulcsot a biciklitárolóhoz?
Ügyintéző: Szia! {{PERSON|Pintér Réka}} vagyok. A kulcsot a gondnoknál veheted át, a kauciója {{neg:amount|5 000 Ft}}. Hétköznap 16 és 18 óra között van bent.
Lakó: és a kaputelefon? még a régi lakó nevét mutatja
Ügyintéző: Átírom. Milyen név legyen rajta?
Lakó: {{PERSON|Oláh Bence}}, és ha csengetnek, erre a számra menjen a hívás: {{PHONE|06 70 926 3815}}
Ügyintéző: Kész. A kapukódot nem írom be a chatbe, SMS-ben küldöm. Egy {{neg:name-word|kis}} türelmet kérek, fél órán belül megérkezik 🙂`),

  hu("call", `Hívás — zajpanasz — {{neg:date|2026.03.17.}}
{{PERSON|Kiss Margit}} ({{neg:street|Rákóczi út 52.}}, {{neg:postcode|7621}} Pécs, {{neg:unit-number|II/4}}) panaszt tett: a felette lévő lakásban szombaton reggel hét órától fúrnak és vésnek, pedig a házirend szerint hétvégén csak 10 és 13 óra között szabad zajos munkát végezni.
A felújítást a {{neg:company|Fekete és Fia Építőipari Kft.}} végzi. Felszólító levelet küldtünk a tulajdonosnak és a cégnek is.
A panaszos így mondta be a számát: {{PHONE|nulla hat hetven, háromszáznyolcvanöt, huszonkilenc, hatvannégy}}. Esténként hívható.`),

  hu("chat", `Hallgatói támogatás — chat
Hallgató: szia, ma 17:00-ra volt mentorálásom, de a mentor nem jelent meg a videóhívásban
Támogatás: Szia! {{PERSON|Fekete Nóra}} vagyok, ne haragudj! A mentorod, {{PERSON|Major Tibor}} megbetegedett, és az értesítő nem ment ki.
Hallgató: ok de jövő héten vizsgázom ({{neg:course-id|PM-240}})
Támogatás: Holnap {{neg:time|18:30}}-ra foglaltam neked egy másik mentort, {{PERSON|Szalai Esztert}}.
Hallgató: köszi!
Támogatás: A meghívót a fiókod címére küldtem ({{EMAIL|b.vass@example.hu}}), és jóváírtunk egy plusz mentorórát is.`),

  hu("note", `Feljegyzés — fiókösszevonás — {{neg:learner-id|HF-4470218}} és {{neg:learner-id|HF-5120934}}
{{PERSON|Németh Ádám}} két fiókot használt: a munkahelyit ({{EMAIL|adam.nemeth@example.hu}}) és a magánt ({{EMAIL|nemeth.adam@example.com}}). A modulok fele az egyikben, fele a másikban van, a tanúsítványhoz viszont mindnek egy fiókban kell lennie.
Összevonva a magánfiókba, a céges fiók megszűnt. A munkáltató által fizetett licenc ({{neg:course-id|CYB-101}}) áthelyezve.
Utolsó belépések: {{neg:timestamp|2026-03-09 08:12:40 CET}} ({{IP_ADDRESS|10.31.2.14}}, céges hálózat) és {{neg:timestamp|2026-03-09 21:05:13 CET}} ({{IP_ADDRESS|2001:db8:36:a1::40}}, otthon).
Értesítés mindkét címre elküldve.`),

  hu("email", `From: {{PERSON|Sophie Laurent}} <{{EMAIL|sophie.laurent@example.fr}}>
To: Business Support <{{EMAIL|business@example.hu}}>
Subject: Licence transfer — leaver and new hire

Hello,

I manage our Budapest team's licences (contract {{neg:contract-number|BZ-2025-0093}}). {{PERSON|Tamás Varga}} ({{EMAIL|tamas.varga@example.com}}) left us on {{neg:date|28 February}}; please move his licence to {{PERSON|Lilla Papp}} ({{EMAIL|lilla.papp@example.com}}), who started on Monday.

{{PERSON|Tamás}}'s progress can be deleted; he already has his certificates.

If you need me: {{PHONE|+36 1 483 9625}}.

Thanks,
{{PERSON|Sophie Laurent}}`),

  hu("call", `Hívás — kiszállítás és beépítés — {{neg:date|2026. március 12.}}
{{PERSON|Bartos Júlia}}, Miskolc, beépíthető mosogatógépet rendelt ({{neg:appliance-model|Bosch Serie 2 SMV2ITX18E}}, rendelés {{neg:order-number|WEB-2026-558203}}). Kiszállítás {{neg:date|március 18-án}} 8 és 12 között; a régi gépet elvisszük, a bekötés díja {{neg:amount|14 990 Ft}}.
Megkérdezte, befér-e a 60 centis helyre: igen, de a konyhabútor lábazatát méretre kell vágni.
A számát így diktálta: {{PHONE|nulla hat húsz, kilencszázötvennyolc, harminchat, huszonegy}}. Vezetékes: {{PHONE|06 46 352 981}}.`),

  hu("email", `Feladó: {{PERSON|Vörös Anikó}} <{{EMAIL|voros.aniko@example.hu}}>
Címzett: Garancia <{{EMAIL|garancia@example.hu}}>
Tárgy: Elállás — kiterjesztett garancia {{neg:warranty-number|KG-2026-30571}}

Tisztelt Ügyfélszolgálat!

{{neg:date|2026. március 6.}} napján online három év kiterjesztett garanciát vásároltam a hűtőmhöz ({{neg:appliance-model|Gorenje NRK6192AXL4}}), {{neg:amount|24 990 Ft}} értékben. A 14 napos elállási jogommal élek.
Kérem, a díjat a vásárláskor használt kártyámra ({{neg:masked-card|**** 2413}}) utalják vissza.

Üdvözlettel:
{{PERSON|Vörös Anikó}}, {{PHONE|+36 20 593 8261}}

---
Kedves {{PERSON|Anikó}}! Az elállást elfogadtuk, a {{neg:amount|24 990 Ft}}-ot öt munkanapon belül visszautaljuk. A kétéves gyári jótállás természetesen továbbra is érvényes.`),

  hu("note", `Feljegyzés — jótállási igény elutasítása — {{neg:case-number|JT-2026-009142}}
Ügyfél: {{PERSON|Molnár Zsófia}}, {{neg:street|Bem József utca 4.}}, {{neg:postcode|9022}} Győr.
Készülék: kávéfőző {{neg:appliance-model|De'Longhi Dinamica ECAM350.15.B}}, gyári szám {{neg:serial-number|0851 3906 A}}.
A szerviz szerint a hibát ({{neg:error-code|E04}}) vízkő okozta: a menü szerint a gépet 14 hónapja nem vízkőtelenítették, ami a használati útmutató szerint nem jótállási hiba.
Javítási ajánlat: {{neg:amount|18 900 Ft}}. Az ügyfél nem ért egyet, a békéltető testülethez fordul; telefonon tájékoztattuk a lehetőségeiről ({{PHONE|06 88 562 394}}).`),

  hu("chat", `Business desk — chat (English)
Customer: Hi, I run six short-term rental flats in Budapest, each with a washer-dryer. Do you do service contracts?
Agent: Hello, I'm {{PERSON|Réka}} from the business desk. Yes: for six machines the annual contract is {{neg:amount|HUF 189 000}}, with a technician on site within 48 hours. Which models are they?
Customer: all {{neg:appliance-model|Candy CSOW 4965TWE}}, bought in 2024
Agent: They qualify. I need the company details and a contact person.
Customer: {{neg:company|Riverside Flats Kft.}}; contact is me, {{PERSON|Marco Ferretti}}, {{PHONE|+36 30 611 4827}}, {{EMAIL|marco.ferretti@example.com}}
Agent: Thanks, {{PERSON|Marco}}. I'll send you the draft contract today. How will you pay the first year?
Customer: company card, {{CARD|4532 7790 1286 3351}}, exp {{neg:card-expiry|10/28}}
Agent: I'll charge it when you sign. I've hidden the number in this chat.`),
]

export const HR_HR = [
  hr("call", `Bilješka poziva — prigovor — predmet {{neg:case-number|NP-2026-022914}} — {{neg:date|10. 3. 2026.}} u {{neg:time|11:20}}
Dužnik {{PERSON|Marko Babić}} nazvao je ljut: naš djelatnik zvao ga je dvaput na posao i kolegici na centrali rekao da je riječ o "dugovanju za mobitel". Dug ({{neg:amount|214,60 eura}}) ne osporava, ali traži da se to više ne ponovi.
Prigovor je zaprimljen i proslijeđen voditeljici {{PERSON|Sanji Kolar}}; odgovor u roku od 15 dana. U spis je upisano: zvati isključivo na mobitel, nikad na posao.
Dogovorene su četiri rate po {{neg:amount|53,65 eura}}, prva do {{neg:date|31. ožujka}}, uz poziv na broj {{neg:payment-ref|HR01 2026-022914}}.
Broj koji je izdiktirao: {{PHONE|nula devedeset jedan, tri devet šest, dvadeset osam, pedeset sedam}}.`),

  hr("email", `Šalje: Odjel naplate <{{EMAIL|naplata@example.hr}}>
Prima: Agencija — spisi <{{EMAIL|spisi@example.hr}}>
Predmet: Povlačenje predmeta {{neg:case-number|NP-2026-021370}}

Poštovani,

povlačimo predmet koji smo vam ustupili {{neg:date|3. 2. 2026.}}: korisnica {{PERSON|Ivana Horvat}} platila je cijeli dug ({{neg:amount|96,35 €}}) izravno nama {{neg:date|27. 2. 2026.}}, sa svog računa {{IBAN|HR26 2402 0061 1058 2739 9}}.
Molimo da obustavite sve radnje i ne naplaćujete troškove opomene. Korisnici je potvrda već poslana na {{EMAIL|ivana.horvat@example.hr}}.

Srdačan pozdrav,
Odjel naplate, {{PHONE|01 6385 294}}`),

  hr("chat", `[Asistent] Dobar dan! Upišite broj predmeta.
Korisnik: {{neg:case-number|NP-2026-023385}}
[Asistent] Spajam vas s djelatnicom.
Djelatnica: Dobar dan, {{PERSON|Petra Matić}}. Kako vam mogu pomoći?
Korisnik: mogu li dug platiti u ratama trajnim nalogom? plaća mi sjeda 15.
Djelatnica: Može. Dug je {{neg:amount|348,90 €}}; predlažem šest rata po {{neg:amount|58,15 €}}, svakog 16. u mjesecu. Trajni nalog postavite na račun {{IBAN|HR86 2340 0091 1062 3915 8}}, s pozivom na broj {{neg:payment-ref|HR01 2026-023385}}.
Korisnik: ok. a ako jedan mjesec ne bude dovoljno na računu?
Djelatnica: Javite nam se prije tog datuma i pomaknut ćemo ratu. Na koji broj da pošaljem sažetak?
Korisnik: {{PHONE|092 639 5827}}
Djelatnica: Poslano. Ugodan dan!`),

  hr("note", `Collector note (English) — file {{neg:case-number|NP-2026-024011}}
Creditor: a dental clinic in Rijeka. Debtor {{PERSON|Gavin Stewart}}, UK resident, had two implants fitted in October; the final instalment of {{neg:amount|€ 1,150.00}} was never paid. He says one crown is loose and wants it fixed before paying.
Clinic offers a free check-up on his next visit in May; he agreed to pay half now and half after the check-up.
He e-mailed his full card number to pay, {{CARD|2229 4018 3756 2413}}. Not used: deleted from the mailbox and told him to pay through the payment link only.
Contact: {{PHONE|+44 7700 183 562}}, {{EMAIL|gavin.stewart@example.co.uk}}. Clinic contact for the appointment: {{PHONE|051 338 592}}.`),

  hr("note", `Bilješka upravitelja — dug za pričuvu — {{neg:street|Ulica Ivana Gundulića 8}}, {{neg:postcode|21000}} Split, {{neg:unit-number|stan 12}}
Suvlasnik {{PERSON|Ante Perković}} ne plaća pričuvu već 14 mjeseci; dug iznosi {{neg:amount|562,80 €}}. Stan iznajmljuje turistima, sam živi u Zagrebu.
Pozivi na {{PHONE|+385 91 274 0638}} ostaju bez odgovora; pisana opomena poslana {{neg:date|2. 3. 2026.}}.
Predstavnik suvlasnika traži prijedlog za ovrhu ako do {{neg:date|15. 4. 2026.}} ne bude uplate na račun zgrade {{IBAN|HR12 2360 0001 1089 2753 1}}.
Napomena: vlasnik je ranije uredno plaćao; moguće da ne prima poštu na adresu u Splitu. Pokušati i e-mailom, {{EMAIL|a.perkovic@example.hr}}.`),

  hr("email", `Šalje: Upravitelj zgrade <{{EMAIL|upravitelj@example.hr}}>
Prima: Suvlasnici — {{neg:street|Ulica Matije Gupca 15}}
Predmet: Novi daljinski upravljači za rampu u dvorištu

Poštovani suvlasnici,

od {{neg:date|1. 4. 2026.}} rampa u dvorištu radi samo s novim daljinskim upravljačima. Svaki stan dobiva jedan besplatno, dodatni stoji {{neg:amount|18,00 €}}. Preuzimanje kod domara, radnim danom od 17 do 19 sati.

Srdačan pozdrav,
{{PERSON|Maja Vuković}}, upraviteljica, {{PHONE|+385 1 4829 563}}

> Poštovana gospođo {{PERSON|Vuković}}, radim do 20 sati, može li upravljač preuzeti moj sin? Jedina {{neg:name-word|nada}} mi je da ne stoji u redu kao prošli put. {{PERSON|Dario Knežević}}, {{PHONE|098 173 6045}}`),

  hr("chat", `Hitna linija — chat
Stanarka: u stubištu se jako osjeti plin!! na trećem katu
Dežurni: Odmah izađite iz zgrade i ne palite svjetla ni zvonca. Jeste li nazvali 112?
Stanarka: da, rekli su da dolaze
Dežurni: Ja sam {{PERSON|Luka Pavić}}, šaljem i dežurnog instalatera. Adresa?
Stanarka: {{neg:street|Ulica kneza Branimira 29}}, {{neg:postcode|10000}} Zagreb
Dežurni: Na koji broj vas mogu zvati?
Stanarka: {{PHONE|099 681 0724}}, {{PERSON|Jelena Šarić}}
Dežurni: Hvala, gospođo {{PERSON|Šarić}}. Ostanite vani dok vatrogasci ne kažu da je sigurno. Javljam se za deset minuta.`),

  hr("call", `Poziv vlasnika stana — {{neg:date|17. 3. 2026.}}
Vlasnik {{PERSON|Zdravko Grgić}} ({{neg:street|Ulica Ante Starčevića 40}}, {{neg:postcode|51000}} Rijeka, {{neg:unit-number|stan 3}}) pita zašto je stan prazan već dva mjeseca. Objasnila sam: tri kandidata odbijena (nisu imali potvrdu o zaposlenju), jedan odustao zbog cijene.
Predložila sam sniziti najamninu sa {{neg:amount|650 €}} na {{neg:amount|600 €}} i dopustiti kućnog ljubimca; razmislit će do petka.
Broj koji je izdiktirao: {{PHONE|nula devedeset osam, devet dva šest, trideset pet, sedamnaest}}. Na fiksni u Opatiji ga ne zvati, tamo je samo ljeti.
Sljedeći kontakt do {{neg:date|20. 3. 2026.}}`),

  hr("chat", `Podrška polaznicima — chat
Polaznica: bok, dobila sam vaučer od Zavoda za zapošljavanje za tečaj knjigovodstva. kako ga iskoristim kod vas?
Podrška: Bok! Ovdje {{PERSON|Nikolina}}. Naš tečaj Knjigovodstvo za početnike ({{neg:course-id|KNJ-110}}) je na popisu, pa vaučer vrijedi. Trebam broj vaučera i vašu e-adresu.
Polaznica: {{neg:reference|VAU-2026-118305}}, {{EMAIL|m.juric.knjig@example.hr}}
Podrška: Hvala. Upisala sam vas u grupu koja počinje {{neg:date|7. 4. 2026.}}; cijena {{neg:amount|780,00 €}} ide na teret vaučera, vi ne plaćate ništa.
Polaznica: super! trebam li nešto potpisati?
Podrška: Ugovor stiže e-mailom, potpišite ga i vratite do {{neg:date|1. 4. 2026.}}. Bez toga Zavod ne isplaćuje vaučer.`),

  hr("note", `Bilješka — prigovor na snimku predavanja — {{neg:case-number|PR-2026-0214}}
Polaznik {{PERSON|Hrvoje Lončar}} traži da se iz snimke predavanja od {{neg:date|5. 3. 2026.}} ({{neg:course-id|WEB-230}}) ukloni dio u kojem se vidi njegova kamera: uključio ju je slučajno, u kuhinji, s djecom u kadru.
Snimka je bila dostupna svim polaznicima grupe; prema zapisniku pregledana je 31 put, zadnji put {{neg:timestamp|2026-03-12 20:41:09 CET}} s {{IP_ADDRESS|203.0.113.77}}.
Mjere: snimka privremeno skinuta, dio od 00:42:10 do 00:44:55 zamućen, nova verzija objavljena {{neg:date|13. 3. 2026.}}. Predavaču {{PERSON|Igoru Matošiću}} poslana uputa da na početku snimanja isključi kamere polaznika.
Odgovor polazniku poslan na {{EMAIL|hrvoje.loncar@example.hr}}.`),

  hr("email", `From: {{PERSON|Emma Clarke}} <{{EMAIL|emma.clarke.tutor@example.com}}>
To: Accounts <{{EMAIL|racunovodstvo@example.hr}}>
Subject: Invoice {{neg:invoice-number|EC-2026-03}} — English conversation groups, March

Hello,

attached is my invoice for March: 24 hours of online conversation groups ({{neg:course-id|ENG-B2-CONV}}) at {{neg:amount|€ 28.00}} an hour, {{neg:amount|€ 672.00}} in total.

Please pay to my Croatian account {{IBAN|HR56 2484 0081 1061 7735 0}} (I'm a sole trader registered in Split). One of my groups on {{neg:date|18 March}} was cancelled by you at short notice; I've charged it at half rate, as in our contract.

If anything's unclear, call me on {{PHONE|+385 95 382 6914}}.

Best,
{{PERSON|Emma Clarke}}`),

  hr("call", `Poziv — savjet bez izlaska servisera — {{neg:date|12. ožujka 2026.}}
Kupac {{PERSON|Željko Tadić}}, Pula: novi hladnjak {{neg:appliance-model|Gorenje NRK6202EW4}} "pucketa" noću i zuji.
Objašnjeno: pucketanje je širenje plastike kod promjene temperature, a zujanje kompresor — normalno prvih dana. Provjeriti da hladnjak ne dodiruje zid i da stoji ravno; ne treba izlazak servisera.
Ako zvuk ne prestane za tjedan dana, šaljemo servisera besplatno (jamstvo do {{neg:date|20. 2. 2028.}}).
Broj koji je kupac izdiktirao: {{PHONE|nula devedeset devet, dva pet osam, trideset šest, devedeset jedan}}. Fiksni {{PHONE|052 614 290}}.`),

  hr("email", `Šalje: Registracija jamstva <{{EMAIL|jamstvo@example.hr}}>
Prima: {{EMAIL|kresimir.vidovic@example.com}}
Predmet: Produljeno jamstvo — ručna registracija

Poštovani gospodine {{PERSON|Vidoviću}},

internetska registracija vaše perilice posuđa nije uspjela jer serijski broj s naljepnice ({{neg:serial-number|SN 2309 0714 5523}}) nije bio u našoj bazi. Registrirali smo je ručno prema računu koji ste poslali; jamstvo od 5 godina vrijedi do {{neg:date|4. 3. 2031.}}
Uređaj: {{neg:appliance-model|Končar PM 60 GS}}, račun br. {{neg:invoice-number|R-2026-00871-POS}}.
Naknada za produljenje ({{neg:amount|49,00 €}}) naplaćena je s kartice {{neg:masked-card|•••• 1043}}.

Srdačan pozdrav,
{{PERSON|Damir Radić}}, {{PHONE|0800 523 698}}`),

  hr("note", `Dnevni raspored servisera — {{PERSON|Ivan Jurić}} — {{neg:date|13. 3. 2026.}}
8:00 — {{neg:street|Ulica grada Vukovara 68}}, Zagreb: perilica rublja, greška {{neg:error-code|E15}}; kupac {{PERSON|Tena Barišić}}, {{PHONE|01 3092 846}}
10:00 — {{neg:street|Savska cesta 120}}: sušilica, ne grije; kupac {{PERSON|Mladen Šimunović}}, {{PHONE|091 583 2694}} (zvati sat prije)
12:30 — Velika Gorica: hladnjak, jamstvo, zamjena termostata; kupac {{PERSON|Ljiljana Petrović}}, {{PHONE|01 6252 918}} (fiksni, umirovljenica, doma cijeli dan)
15:00 — servis: dijagnostika ploče {{neg:model-number|EPC-5290-B}}, stigla kurirom
Napomena: u Savskoj nema parkinga, ostaviti vozilo u garaži (račun {{neg:amount|4,50 €}} u putne troškove).`),

  hr("chat", `Holiday rental support — chat (English)
Customer: hi, the air conditioning in my rental flat in Split stopped working and guests arrive tomorrow. it's {{neg:appliance-model|LG Artcool S12ET}}
Agent: Hello, {{PERSON|Marina Lovrić}} here. Does the display show an error?
Customer: {{neg:error-code|CH05}}
Agent: That's a communication fault between the indoor and outdoor units. A technician can come today at 17:00; the call-out is {{neg:amount|€ 45.00}}, paid in advance as you're not a contract customer.
Customer: fine. card {{CARD|3771 859302 67459}} exp {{neg:card-expiry|08/27}}
Agent: Paid, thank you. I've masked the card number in our log. Address and phone?
Customer: {{neg:street|Obala Hrvatskog narodnog preporoda 7}}, {{neg:postcode|21000}} Split, flat 4. {{PHONE|+385 98 227 1604}}, I'm {{PERSON|Liam Walsh}}
Agent: Booked, {{PERSON|Liam}}. The technician will call when he's on his way. Receipt to which e-mail?
Customer: {{EMAIL|liam.walsh@example.ie}}`),
]
