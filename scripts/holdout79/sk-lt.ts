// Slovak and Lithuanian texts, written one by one: towing and breakdown notes, app and web chats (some begun by the
// virtual assistant), letters of the NDS, the Slovak police, the Lithuanian police and the Polish KAS quoted in e-mails,
// fleet threads, border and fraud notes, and call summaries. Names are declined as the languages decline them.
import { mk } from "./mk.ts"

const sk = mk("sk-SK")
const lt = mk("lt-LT")

export const SK_SK = [
  sk("note", `Zdieľané auto odtiahnuté — Bratislava-Ružinov, {{neg:date|18. 11. 2026}}
Vozidlo {{neg:car-model|Renault Clio}} {{neg:plate|BL 482KR}}. Posledná jazda (ukončená v aplikácii z {{IP_ADDRESS|192.0.2.19}}): člen {{neg:member-number|SK-CS-226158}}, koniec jazdy {{neg:timestamp|2026-11-17 22:41}} na {{neg:gps|48.1559, 17.1650}} — na vyhradenom mieste pre ZŤP pred poliklinikou.
Odtiahla mestská polícia o 07:15; poplatok za odťah {{neg:amount|99 €}} + státie {{neg:amount|12 €}}, vozidlo vyzdvihol náš technik o 10:20.
Prefakturované členovi ({{PERSON|Matej Kollár}}) spolu s administratívnym poplatkom {{neg:amount|20 €}}. Oznámenie poslané na {{EMAIL|matej.kollar@example.sk}}, SMS na {{PHONE|0905 482 117}}.
Člen volal späť 11:02, s prefakturáciou súhlasí.`),

  sk("chat", `Asistent: Dobrý deň! Som virtuálny asistent. Ako vám môžem pomôcť?
Zákazník: prečo mi strhli 96 eur za kilometre??
Asistent: Prenájom zahŕňa 250 km na deň. Za každý kilometer navyše účtujeme 0,16 € bez DPH. Chcete hovoriť s operátorom?
Zákazník: ano
Asistent: Prepájam…
Operátor: Dobrý deň, pozerám vašu zmluvu {{neg:agreement-number|SK-ZML-2026-33108}}. Pri odovzdaní bolo na tachometri {{neg:odometer|31 682 km}}, pri vrátení {{neg:odometer|33 932 km}}: 2 250 km za 7 dní pri limite 1 750 km, teda 500 km navyše — {{neg:amount|80 €}} + DPH.
Zákazník: na webe bolo napísané neobmedzené kilometre
Operátor: Máte pravdu — pri tarife Flex web ukazoval nesprávny text. Sumu {{neg:amount|96 €}} vrátime na kartu {{neg:masked-card|**** 7738}}, potvrdenie príde SMS na {{PHONE|0948 112 590}}.
Zákazník: ďakujem. {{PERSON|Lukáš Oravec}}
Operátor: Rado sa stalo, pán {{PERSON|Oravec}}.`),

  sk("call", `Hovor — porucha, cesta 537 Tatranská Lomnica → Štrbské Pleso, {{neg:date|6. 12. 2026}} 16:10
Volal {{PERSON|Igor Hudák}}: {{neg:car-model|Škoda Karoq}} {{neg:plate|PP 771EH}}, svieti kontrolka nabíjania, potom auto zhaslo. Sneží, tma, v aute dve deti, kúrenie nejde.
Odťah: {{neg:company|Odťahová služba Slávik s.r.o.}}, Poprad, technik {{PHONE|0911 259 683}}, príchod do 40 min. Rodine zabezpečený taxík do hotela.
Svoje číslo nadiktoval po číslach: {{PHONE|nula deväť jeden päť, dva osem štyri, sedem sedem jeden}}.
Pánovi {{PERSON|Hudákovi}} poslaná SMS s číslom zásahu {{neg:reference|ASI-26-12-0311}}. Náhradné vozidlo ráno z Popradu ({{neg:station-code|TAT-01}}); zhrnutie poslané na {{EMAIL|igor.hudak@example.sk}}.`),

  sk("email", `Od: {{EMAIL|flotila@sokolstavby.example.sk}}
Komu: {{EMAIL|silvia.chovanova@example.sk}}
Predmet: odchod zamestnanca — dodávka {{neg:plate|BL 571OS}} a tankovacia karta

Dobrý deň, pani {{PERSON|Chovanová}},
náš vodič koncom novembra odišiel. Dodávku ({{neg:plate|BL 571OS}}) vrátil včera na stavbu v Senci, tankovaciu kartu však nie. Prosím kartu zablokovať a poslať výpis tankovaní od 20. 11.
{{PERSON|Marián Gregor}}, {{neg:company|Sokol Stavby s.r.o.}}

---

Dobrý deň, pán {{PERSON|Gregor}},
karta {{neg:reference|TK-0093-771520}} je zablokovaná od 10:05. Od 20. 11. na nej boli tri tankovania:
  {{neg:date|22. 11. 2026}}  Senec               62,4 l   {{neg:amount|98,34 €}}
  {{neg:date|27. 11. 2026}}  Trnava              55,0 l   {{neg:amount|88,55 €}}
  {{neg:date|30. 11. 2026}}  Bratislava-Vajnory  71,9 l   {{neg:amount|118,64 €}}  ← dodávka v ten deň podľa GPS stála v Senci
Posledné tankovanie teda nesedí s polohou vozidla; odporúčam riešiť ho s bývalým zamestnancom, prípadne cez políciu. Výpis z telematiky k tomu dňu posielam v prílohe.
Dodávka je voľná, pridelím ju podľa vášho pokynu.

S pozdravom
{{PERSON|Silvia Chovanová}}, Key Account Manager, {{PHONE|0903 771 402}}`),

  sk("chat", `[09:14] Zákazník: dobrý deň, depozit 800 € mi vrátili, ale na účte mám o 23 eur menej ako pred blokovaním. karta je maďarská
[09:15] Podpora: Dobrý deň, pozriem sa. Číslo rezervácie, prosím?
[09:15] Zákazník: {{neg:booking-ref|SKR-207714}}
[09:17] Podpora: Vidím to. Blokovali aj uvoľnili sme presne {{neg:amount|800 €}}; vaša banka však blokáciu prepočítala na forinty kurzom z {{neg:date|24. 11. 2026}} a uvoľnenie kurzom z {{neg:date|2. 12. 2026}}. Rozdiel vznikol v banke, nie u nás.
[09:18] Zákazník: hm. dá sa s tým niečo robiť?
[09:19] Podpora: Pošlem vám potvrdenie o uvoľnení s referenciou {{neg:reference|REL-SK-19357}}, s ním môžete kurzový rozdiel reklamovať v banke. Nabudúce odporúčam kartu vedenú v eurách. Kam ho poslať?
[09:19] Zákazník: {{EMAIL|z.mikulova@example.sk}}
[09:20] Podpora: Odoslané. Ak by banka chcela niečo od nás, volajte {{PHONE|0949 302 118}}.`),

  sk("note", `Škodová udalosť — zrážka so zverou (diviak), R1 pri Nitre, {{neg:date|27. 11. 2026}} 05:50
Nájomca {{PERSON|Rastislav Hrnčiar}}, {{neg:car-model|Toyota RAV4}} {{neg:plate|NR 204EF}}, {{neg:odometer|48 902 km}}. Predný nárazník, svetlomet a chladič, vozidlo nepojazdné.
Polícia na mieste, záznam {{neg:police-ref|ORPZ-NR-DI-2736/2026}}; poľovník potvrdil uhynutie zveri.
Fotky: IMG_4410–IMG_4418 (vozidlo), IMG_4419 (zviera).
Odťah do {{neg:company|Autoservis Kmeť s.r.o.}}, Nitra ({{PHONE|037 651 2280}}). Havarijné poistenie kryje, nájomca mal SCDW → spoluúčasť {{neg:amount|0 €}}. Poistná udalosť {{neg:claim-number|PU-SK-26-0871}}.
Kontakt: {{PHONE|0918 260 773}}, {{EMAIL|r.hrnciar@example.sk}}.`),

  sk("email", `Od: Oddelenie pokút <{{EMAIL|pokuty@example.sk}}>
Komu: {{EMAIL|andrej.simko@example.sk}}
Predmet: Výzva NDS — vozidlo bez diaľničnej známky

Vážený pán {{PERSON|Šimko}},

Národná diaľničná spoločnosť nám doručila túto výzvu:

  „Dňa {{neg:date|14. októbra 2026}} o 08:52 bolo na diaľnici D1 v úseku Trnava – Hlohovec zistené vozidlo s EČV {{neg:plate|BA 731XT}} bez platnej elektronickej diaľničnej známky. Úhradu za porušenie povinnosti vo výške {{neg:amount|150 €}} uhraďte do 15 dní na účet {{IBAN|SK89 7500 0000 0040 1177 2653}}, variabilný symbol {{neg:reference|VS 2026109573}}.“

Chyba je na našej strane: známka pre toto vozidlo vypršala deň pred vaším prenájmom. Úhradu zaplatíme sami, vy nič neplaťte.

S pozdravom
{{PERSON|Dominika Baranová}}
Oddelenie pokút, tel. {{PHONE|02/3300 5962}}`),

  sk("call", `Hovor — zmiznuté zdieľané auto počas prestávky, Bratislava-Petržalka, {{neg:date|1. 12. 2026}} 19:05
Volala členka {{PERSON|Simona Kováčová}}: počas jazdy zastavila na 20 minút pri Auparku, auto zamkla v aplikácii a kľúčová karta ostala v držiaku. Keď sa vrátila, {{neg:car-model|Hyundai Tucson}} {{neg:plate|BL 118MN}} (VIN {{neg:vin|TMAJ3815GNJ906341}}) tam nebolo.
Log vozidla: {{neg:timestamp|2026-12-01 18:47}} odomknutie bez príkazu z aplikácie (pravdepodobne zosilnený signál karty — relay útok), 18:48 štart, posledná poloha 18:59 na {{neg:gps|48.1086, 17.1077}}, smer Jarovce.
Blokovanie štartu odoslané 19:08 — pri najbližšom zastavení auto nenaštartuje. Polícia: oznámenie na OO PZ Petržalka-juh, ČVS {{neg:police-ref|ORP-2093/BA-P-2026}}.
Jazdu pani {{PERSON|Kováčovej}} sme ukončili k 18:47, nič jej neúčtujeme. Číslo, ktoré nadiktovala: {{PHONE|nula deväť jeden sedem, päť päť dva, nula štyri jeden}}.`),

  sk("chat", `[17:32] Zákazník: zabuchol som kľúč v aute. Košice, {{neg:street|Štefánikova ulica}}, pred lekárňou
[17:33] Podpora: Dobrý večer. Ktoré vozidlo?
[17:33] Zákazník: {{neg:car-model|Kia Sportage}}, {{neg:plate|KE 204TR}}
[17:34] Podpora: Vozidlo je online, skúsim ho odomknúť na diaľku. Stojíte pri ňom?
[17:34] Zákazník: áno
[17:35] Podpora: Odomknuté. Kľúč si vezmite a auto zamknite normálne.
[17:35] Zákazník: super, to bolo rýchle!! vďaka
[17:36] Podpora: Rado sa stalo. Pre poriadok — zmluva je na meno {{PERSON|Peter Gál}}, číslo {{PHONE|0905 117 624}}?
[17:36] Zákazník: áno, to som ja`),

  sk("email", `Od: {{EMAIL|monika.tothova@example.sk}}
Komu: {{EMAIL|reklamacie@example.sk}}
Predmet: chýbajúca detská sedačka — vrátenie 60 €

Dobrý deň, pri rezervácii {{neg:booking-ref|SKR-208831}} sme zaplatili detskú sedačku (12 dní × 5 € = 60 €). Na letisku v Bratislave ({{neg:station-code|BTS-01}}) žiadnu nemali, museli sme kúpiť vlastnú za 89 €. Peniaze mi vráťte na účet {{neg:iban-checksum|SK21 1100 0000 0026 2718 4440}}.

---

Vážená pani {{PERSON|Tóthová}},

ospravedlňujeme sa. Vrátime vám {{neg:amount|60 €}} za sedačku a prispejeme {{neg:amount|40 €}} na tú, ktorú ste kúpili.
Číslo účtu z vášho e-mailu neprešlo kontrolou; podľa priloženého výpisu ide o {{IBAN|SK21 1100 0000 0026 2718 4404}}, na ten pošleme spolu {{neg:amount|100 €}} do 5 pracovných dní.

S pozdravom
Oddelenie reklamácií, tel. {{PHONE|02/5720 1190}}`),

  sk("note", `Kontrola vodičského oprávnenia — {{neg:booking-ref|SKR-209004}}, Letisko Bratislava, {{neg:date|4. 12. 2026}}
Vodič {{PERSON|Nikola Petrović}}: srbský vodičský preukaz {{neg:licence-number|SRB 006380245}}, bez medzinárodného vodičského preukazu. Podmienky: preukaz z krajiny mimo EÚ → len s MVP. Vozidlo nevydané, rezervácia podržaná do 5. 12. 12:00 bez poplatku.
{{neg:date|5. 12. 2026}} 09:40 — zákazník sa vrátil s MVP vydaným v Belehrade (kolega mu ho priviezol nočným autobusom). Skontrolované, údaje sa zhodujú s preukazom.
Vydaná {{neg:car-model|Škoda Octavia}} {{neg:plate|BA 602LZ}}, stav {{neg:odometer|22 604 km}}. Tel. {{PHONE|+381 64 137 2045}}.`),

  sk("call", `Hovor — nabíjanie, {{neg:car-model|Škoda Elroq}} {{neg:plate|TT 904KV}}, Trnava, {{neg:date|29. 11. 2026}} 20:15
Zákazník {{PERSON|Tibor Lakatoš}}: nabíjacia karta {{neg:charge-card-id|SK-EVC-139625}} odmietnutá na stanici ZSE Drive {{neg:station-code|ZSE-TT-014}}. Batéria 6 %.
Karta nebola pri odovzdaní aktivovaná (chyba pobočky). Aktivovaná 20:22, nabíjanie spustené, do 21:05 {{neg:energy|38,4 kWh}}.
Nabíjanie ide na nás. Spätné volanie o 21:10 na {{PHONE|0902 518 330}} — všetko v poriadku.`),

  sk("email", `Od: Oddelenie pokút <{{EMAIL|pokuty.sk@example.com}}>
Komu: {{EMAIL|balazs.nemeth@example.hu}}
Predmet: Pokuta za rýchlosť, Komárno / Gyorshajtási bírság

Tisztelt {{PERSON|Németh Balázs}}! / Vážený pán {{PERSON|Németh}},

Okresné riaditeľstvo PZ v Komárne nám poslalo oznámenie:
  „Dňa {{neg:date|22. 10. 2026}} o 17:34 vozidlo s EČV {{neg:plate|KN 118BD}} prekročilo v obci Kolárovo najvyššiu dovolenú rýchlosť (50 km/h) o 37 km/h. Pokuta {{neg:amount|150 €}}.“

Ako nájomcu sme uviedli vás. Výzva vám príde poštou na adresu v Győri. Zálohu {{neg:amount|300 €}}, ktorú ste platili v hotovosti, sme vám poslali na účet {{IBAN|HU88 1176 3000 6005 9362 0000 0009}}.

S pozdravom
{{PERSON|Erika Szabová}}, tel. {{PHONE|035 771 2294}}`),

  sk("note", `Podozrivá rezervácia {{neg:booking-ref|SKR-209377}} — {{neg:car-model|Porsche Macan}} na 10 dní, Košice
V noci {{neg:date|5. 12. 2026}} medzi 02:06 a 02:13 prišli na tú istú rezerváciu tri platby. Prvé dve čísla karty ({{neg:luhn-invalid|5400 6110 3347 9202}}, potom {{neg:luhn-invalid|5400 6110 3347 9023}}) brána vrátila pre chybnú kontrolnú číslicu — akoby niekto prepisoval číslo z fotky. Tretie, {{CARD|5400 6110 3347 9022}}, prešlo bez 3-D Secure.
Účet vznikol 02:06 z {{IP_ADDRESS|2001:db8:51:7::3}}, platby išli z {{IP_ADDRESS|192.0.2.203}}, heslo sa menilo z {{IP_ADDRESS|203.0.113.150}}. Meno na rezervácii {{PERSON|Adam Vrabec}}, e-mail {{EMAIL|adam.vrabec1990@example.com}}, telefón {{PHONE|+421 944 702 318}} — nedostupný.
Ráno banka potvrdila, že karta je nahlásená ako ukradnutá. Rezervácia zrušená, účet zablokovaný, údaje odovzdané polícii.`),

  sk("chat", `Zákazník: dobrý deň, chcem pridať priateľku ako ďalšieho vodiča. je z Poľska
Podpora: Dobrý deň! Pošlite mi meno a číslo jej vodičského preukazu.
Zákazník: {{PERSON|Aleksandra Wójcik}}, {{neg:licence-number|05973/17/1461}}
Podpora: Ďakujem. Pani {{PERSON|Aleksandru Wójcik}} som pridala k rezervácii {{neg:booking-ref|SKR-209512}}, príplatok {{neg:amount|7 €}} na deň.
Zákazník: a stačí jej poľský preukaz?
Podpora: Áno, preukaz z EÚ stačí. A v Tatrách je teraz {{neg:name-word|zima}}, auto má zimné pneumatiky aj snehové reťaze v kufri.
Zákazník: super. moje číslo keby niečo {{PHONE|0915 660 214}}`),
]

export const LT_LT = [
  lt("email", `Nuo: Baudų skyrius <{{EMAIL|baudos@example.lt}}>
Kam: {{EMAIL|mindaugas.jankauskas@example.lt}}
Tema: Vidutinio greičio matavimas — automobilis {{neg:plate|KLN 482}}

Sveiki, {{PERSON|Mindaugai}},

gavome Lietuvos policijos Eismo priežiūros tarnybos pranešimą. Cituojame:

  „{{neg:date|2026-10-09}} 15:42 kelio A1 Vilnius–Kaunas ruože Elektrėnai–Vievis transporto priemonės {{neg:plate|KLN 482}} vidutinis greitis buvo 141 km/h, leistinas — 110 km/h. Skiriama {{neg:amount|120 €}} bauda. Nutarimo Nr. {{neg:fine-ref|EPT-26-392651}}.“

Pagal nuomos sutartį {{neg:agreement-number|LT-NS-2026-05518}} policijai nurodėme jus kaip vairuotoją. Administravimo mokestis {{neg:amount|15 €}} nuskaitytas nuo kortelės {{neg:masked-card|**** 9074}}.

Pagarbiai
{{PERSON|Inga Paulauskienė}}
Baudų skyrius, tel. {{PHONE|8 5 214 3380}}`),

  lt("chat", `Asistentas: Sveiki! Esu virtualus asistentas. Kuo galiu padėti?
Vartotojas: negaliu baigti kelionės, rašo „už zonos ribų“. stoviu Pilies gatvėj
Asistentas: Senamiesčio pėsčiųjų zonoje automobilių palikti negalima. Ar norite kalbėti su operatoriumi?
Vartotojas: TAIP
Asistentas: Jungiu…
Operatorius: Laba diena. Matau {{neg:car-model|Toyota Yaris}} {{neg:plate|MKA 771}} ties {{neg:gps|54.6838, 25.2893}}. Artimiausia leidžiama vieta — stovėjimo aikštelė Maironio gatvėje, apie 300 m.
Vartotojas: ok nuvažiuosiu
Operatorius: Puiku. Laukimo minučių neskaičiuosime. Jūsų programėlė jungiasi iš {{IP_ADDRESS|2001:db8:ab2:14::9}}, versija {{neg:version|7.3.0}} — verta atnaujinti, naujoje zona rodoma tiksliau.
Vartotojas: ačiū. {{PERSON|Gabija}}
Operatorius: Geros dienos, {{PERSON|Gabija}}!`),

  lt("note", `Saugumo įspėjimas — automobilis prie Baltarusijos sienos, {{neg:date|2026-11-21}}
{{neg:car-model|Škoda Superb}} {{neg:plate|LRT 204}}, sutartis {{neg:agreement-number|LT-NS-2026-05903}}. Telematikos blokas ({{IP_ADDRESS|10.64.2.118}}) {{neg:timestamp|2026-11-21 06:14}} rodo {{neg:gps|54.4385, 25.6430}} — Medininkų pasienio punkto eilė. Sutartis draudžia važiuoti į Baltarusiją ir Rusiją.
06:20 paskambinome nuomininkui {{PERSON|Aleksandrui Ivanovui}} ({{PHONE|+370 655 10482}}): sakė, kad „tik paveža draugą iki sienos“. 06:55 automobilis apsisuko ir grįžo Vilniaus link.
Taikoma sutarties bauda {{neg:amount|1 000 €}} už bandymą kirsti sieną; sutartis nutraukta, automobilis grąžintas 09:40.
Pasirašė: saugumo pamaina, {{EMAIL|security.lt@example.com}}.`),

  lt("call", `Gedimas — Via Baltica (A5), ties Marijampole, {{neg:date|2026-11-13}} 19:25
Skambino {{PERSON|Tomas Vaitkus}}: {{neg:car-model|Opel Insignia}} {{neg:plate|HBN 390}}, {{neg:odometer|92 118 km}}, užsidegė alyvos slėgio lemputė, sustojo kelkraštyje. Su juo žmona ir šuo.
Evakuatorius: {{neg:company|UAB „Gintaro vilkikai“}}, vairuotojas {{PHONE|8 698 25903}}, atvyks per 50 min.
Savo numerį pasakė žodžiais: {{PHONE|aštuoni šeši vienas, du keturi aštuoni, du septyni vienas}}.
{{PERSON|Tomui Vaitkui}} pasiūlytas pakaitinis automobilis iš Kauno ({{neg:station-code|KUN-01}}) rytoj 09:00.`),

  lt("note", `Stiklo žala — skalda iš sunkvežimio, A1 ties Kaunu, {{neg:date|2026-11-06}}
Nuomininkė {{PERSON|Eglė Žukauskienė}}, {{neg:car-model|Kia Ceed}} {{neg:plate|MFG 117}}. Priekinis stiklas įskilęs ~20 cm, vairuotojo pusėje.
Nuotraukos: IMG_5521–IMG_5524. Palyginta su išdavimo nuotraukomis (IMG_5102–IMG_5110) — stiklas tada buvo sveikas.
Stiklo draudimo nuomininkė nepirko → taikoma išskaita {{neg:amount|300 €}}. Keitimas {{neg:company|UAB „Stiklų centras“}}, sąmata {{neg:amount|418,50 €}}.
{{PERSON|Eglės Žukauskienės}} prašymu sąskaita siunčiama jos darbdaviui: {{EMAIL|buhalterija@example.lt}}. Žala {{neg:claim-number|ZAL-LT-26-0342}}. Nuomininkės tel. {{PHONE|8 620 17 443}}.`),

  lt("email", `Nuo: {{EMAIL|jurgita.butkiene@example.lt}}
Kam: {{EMAIL|transportas@audra.example.lt}}
Tema: Sutarties pratęsimas 2027 m. — kainos ir susitikimas

Sveiki, {{PERSON|Dariau}},

jūsų sutartis su {{neg:company|UAB „Audra logistika“}} ({{neg:agreement-number|FL-LT-0093}}) baigiasi gruodžio 31 d. Siūlome pratęsti dvejiems metams:
 – furgonai ({{neg:car-model|Volkswagen Crafter}}): {{neg:amount|1 140 €}}/mėn. vietoj {{neg:amount|1 090 €}}, nes pabrango draudimas;
 – lengvieji ({{neg:car-model|Škoda Octavia}}): kaina nesikeičia, {{neg:amount|520 €}}/mėn.;
 – rida iki {{neg:odometer|40 000 km}} per metus, viršijimas {{neg:amount|0,06 €}}/km.
Sąskaitos kaip ir iki šiol, į {{IBAN|LT54 7044 0060 9372 1586}}.

Gal galėtume susitikti Klaipėdoje kitą savaitę? Man tinka antradienis arba ketvirtadienis po pietų, mobilusis {{PHONE|+370 614 22 073}}.

Pagarbiai
{{PERSON|Jurgita Butkienė}}
Verslo klientų vadybininkė`),

  lt("chat", `[11:02] Klientas: sveiki, kodėl užstatas vis dar užblokuotas? automobilį grąžinau prieš savaitę
[11:03] Pagalba: Sveiki! Patikrinsiu. Rezervacijos numeris?
[11:03] Klientas: {{neg:booking-ref|LTR-330952}}
[11:05] Pagalba: Grąžinant pažymėtas įlenkimas galiniame buferyje (nuotraukos GRZ_2207–GRZ_2210), todėl {{neg:amount|500 €}} užstatas laikomas, kol vertintojas įvertins žalą. Paprastai tai užtrunka iki 10 darbo dienų.
[11:06] Klientas: tas įlenkimas buvo dar prieš mane!
[11:07] Pagalba: Išdavimo akte jis nepažymėtas, bet jei turite savo nuotraukų iš paėmimo, atsiųskite — vertintojas į jas atsižvelgs. Kur atsiųsti sprendimą?
[11:08] Klientas: {{EMAIL|laura.k@example.lt}}, nuotraukas siunčiu dabar
[11:09] Pagalba: Gavome 4 nuotraukas, pridėjau prie bylos {{neg:claim-number|ZAL-LT-26-0517}}. Jei reikės, skambinkite {{PHONE|8 700 22 417}}.`),

  lt("call", `Pamestas raktas — Palanga, paplūdimys prie tilto, {{neg:date|2026-08-15}} 14:20
Skambino {{PERSON|Rimantas Stonys}}: maudantis iš kišenės iškrito {{neg:car-model|Renault Captur}} {{neg:plate|JSM 041}} raktas — „jūroje, nėra ko ieškoti“. Automobilis užrakintas prie {{neg:street|J. Basanavičiaus g.}}, viduje piniginė ir vaikų kėdutės.
Atrakinome nuotoliniu būdu (14:31), daiktus pasiėmė. Užvesti be rakto negalima.
Atsarginis raktas iš Klaipėdos biuro atvežtas kurjeriu 17:10; pristatymas {{neg:amount|45 €}}, naujas raktas {{neg:amount|260 €}} — pagal sutartį moka klientas, jis sutiko.
Kliento numeris žodžiais: {{PHONE|aštuoni šeši septyni penki, trys nulis, devyni vienas du}}.`),

  lt("email", `Nuo: Tarptautinės baudos <{{EMAIL|tarptautines.baudos@example.lt}}>
Kam: {{EMAIL|vaida.stankeviciene@example.lt}}
Tema: Lenkijos e-TOLL bauda — {{neg:plate|LBK 552}}

Gerb. {{PERSON|Vaida}},

gavome Lenkijos mokesčių administracijos raštą (lenkų kalba), cituojame:

  „Stwierdzono przejazd pojazdu o numerze rejestracyjnym {{neg:plate|LBK 552}} płatnym odcinkiem autostrady A2 w dniu {{neg:date|2026-10-18}} bez uiszczenia opłaty elektronicznej. Kara {{neg:amount|500 zł}}, sygn. {{neg:fine-ref|1401-IOD.4012.2207.2026}}. Wpłaty na rachunek {{IBAN|PL53 1160 2202 0000 0003 9075 2613}}.“

Nuomos metu automobilis buvo jūsų naudojamas, todėl rašte nurodytą baudą reikia sumokėti jums. Jei manote, kad bauda neteisinga, galite ją skųsti lenkų institucijai per 14 dienų.

Pagarbiai
{{PERSON|Inga Paulauskienė}}, tel. {{PHONE|8 5 260 1174}}`),

  lt("note", `Netinkamas kuras — Kaunas, Savanorių pr. degalinė, {{neg:date|2026-11-28}} 08:40
Nuomininkas {{PERSON|Paulius Jonaitis}} į {{neg:car-model|Peugeot 2008}} (benzininis) {{neg:plate|KVN 628}} įpylė 30 l dyzelino. Variklis užvestas, nuvažiavo ~2 km, tada trūkčiojo ir užgeso.
Išsiųstas kuro išsiurbimo servisas ({{PHONE|8 37 40 22 18}}). Kaina {{neg:amount|180 €}} + kuras, draudimas nedengia.
Automobilis tikrinamas servise dėl galimos žalos; sprendimas dėl papildomų išlaidų po diagnostikos.
Kliento telefonas {{PHONE|8 623 88 140}}.`),

  lt("chat", `[20:11] Klientas: krovimo stotelė neatpažįsta kortelės. Ignitis ON, Ukmergės g., automobilis {{neg:car-model|Hyundai Kona}} Electric
[20:12] Pagalba: Labas vakaras! Kokia kortelės numeris ant nugarėlės?
[20:12] Klientas: {{neg:charge-card-id|LT-EVC-26395}}
[20:14] Pagalba: Kortelė galioja, bet stotelė {{neg:station-code|IGN-VNO-118}} šiuo metu neprisijungusi prie tinklo. Artimiausia veikianti — Akropolio aikštelėje, 1,2 km. Baterijos užteks?
[20:14] Klientas: rodo 9 %, užteks
[20:31] Klientas: kraunasi. {{neg:energy|22 kWh}} reikia kokio pusvalandžio?
[20:32] Pagalba: Taip, apie 30–35 min. Jei dar kiltų problemų, skambinkite {{PHONE|8 700 55 118}}.`),

  lt("note", `Vairuotojo pažymėjimo patikra — {{neg:booking-ref|LTR-331687}}, Vilniaus oro uostas ({{neg:station-code|VNO-01}}), {{neg:date|2026-12-02}}
Klientas {{PERSON|Lukas Navickas}} rezervavo {{neg:car-model|BMW 5}} serijos automobilį. Pažymėjimas {{neg:licence-number|LT 3920571}} išduotas {{neg:date|2026-03-18}}: stažas mažiau nei metai, o šiai klasei reikia bent trejų.
Pasiūlyta ekonominė klasė (pakanka 6 mėn. stažo, jaunojo vairuotojo priemoka {{neg:amount|9 €}}/d.). Klientas sutiko; kainų skirtumas {{neg:amount|214 €}} grąžintas į kortelę {{neg:masked-card|**** 7186}}.
Išduota {{neg:car-model|Toyota Corolla}} {{neg:plate|NLP 733}}. Tel. {{PHONE|8 652 90 318}}.`),

  lt("call", `Įsilaužimas į automobilį — Vilnius, Užupis, {{neg:date|2026-12-04}} 06:50
Skambino {{PERSON|Kęstutis Mockus}}: naktį išdaužtas {{neg:car-model|Škoda Kodiaq}} {{neg:plate|LGD 915}} galinis dešinės pusės stiklas, iš salono pavogta kuprinė su nešiojamuoju kompiuteriu. Automobilis vietoje, užsiveda.
Policijai pranešta per e. policiją, įvykio Nr. {{neg:police-ref|IRP-2026-630952}}. Asmeninių daiktų mūsų draudimas nedengia — patarėme kreiptis į savo būsto draudiką.
Stiklą keis {{neg:company|UAB „Auto stiklai LT“}} šiandien 13:00 Žirmūnuose; iki tol užklijuota plėvele. Žala {{neg:claim-number|ZAL-LT-26-0539}}, kliento išskaita {{neg:amount|0 €}} (turi pilną draudimą).
Kliento telefonas {{PHONE|8 699 05 832}}, el. paštas {{EMAIL|kestutis.mockus@example.lt}}.`),

  lt("note", `Grąžinimo klaida — rezervacija {{neg:booking-ref|LTR-329871}}, klientas {{PERSON|Giedrius Balčiūnas}}
{{neg:date|2026-11-20}} patvirtintas vėlavimo mokesčio grąžinimas {{neg:amount|90 €}} (lėktuvas iš Londono vėlavo, klientas buvo pranešęs iš anksto).
{{neg:date|2026-11-21}} pervedimas į {{neg:iban-checksum|LT75 7300 0101 2993 6750}} grįžo su banko klaida „AC01 — neteisingas sąskaitos numeris“: numeris perrašytas ranka iš kliento laiško, sukeisti du paskutiniai skaitmenys.
Kliento laiške (prisegtas) parašyta {{IBAN|LT75 7300 0101 2993 6705}}; pervesta iš naujo {{neg:date|2026-11-24}}, šį kartą sėkmingai.
Klientui paskambinta ({{PHONE|8 610 33 577}}) ir atsiprašyta; patvirtinimas išsiųstas į {{EMAIL|g.balciunas@example.lt}}.`),

  lt("chat", `Klientė: laba, ar galima pridėti antrą vairuotoją? vyras irgi nori vairuoti
Pagalba: Žinoma! Vyro vardas, pavardė ir vairuotojo pažymėjimo numeris?
Klientė: {{PERSON|Marius Petrauskas}}, {{neg:licence-number|LT 2937105}}
Pagalba: Ačiū. {{PERSON|Marių Petrauską}} pridėjau prie rezervacijos {{neg:booking-ref|LTR-332015}}, priemoka {{neg:amount|6 €}} per dieną.
Klientė: o jei jis važiuos į Rygą, galima?
Pagalba: Į Latviją ir Estiją galima be papildomo mokesčio. Latvijos numeris jums gali praversti, jei ten kas nors nutiktų: mūsų partneris Rygoje {{PHONE|+371 2911 4088}}.
Klientė: puiku, yra {{neg:name-word|viltis}}, kad nereikės 😊 ačiū`),
]
