// Hungarian and Croatian texts, written one by one: live chats, agents' notes with pasted logs, e-mails (players, a
// syndicate, the SZTFH and the Ministry of Finance quoted) and call summaries of a gambling and lottery operator's desks.
import { mk } from "./mk.ts"

const hu = mk("hu-HU")
const hr = mk("hr-HR")

export const HU_HU = [
  hu("chat", `Ügyfél: lefagyott a nyerőgép pont amikor bejött a bónusz!!! és eltűnt a nyereményem. játékkör {{neg:reference|GR-88410273-05}}
Ügyintéző: Jó estét! Megnéztem a játékkör naplóját:
{{neg:timestamp|2026-11-22 21:47:03}} round=GR-88410273-05 state=BONUS_TRIGGERED client={{neg:version|2.41.7}}
{{neg:timestamp|2026-11-22 21:47:05}} connection_lost
{{neg:timestamp|2026-11-22 21:52:30}} round=GR-88410273-05 state=COMPLETED win=48000
A bónusz az újracsatlakozáskor lefutott, a {{neg:amount|48 000 Ft}} {{neg:time|21:52}}-kor jóváíródott.
Ügyfél: most látom. bocs, csak megijedtem, az egész képernyő {{neg:name-word|ibolya}} színű lett és semmi nem mozdult
Ügyintéző: Semmi gond. Ha szeretné, elküldöm a naplót e-mailben is.
Ügyfél: igen, a {{EMAIL|gergo.kallai@example.hu}} címre légyszi`),

  hu("note", `Sportintegritási riasztás {{neg:case-number|INT-2026-0093}} — megyei I. osztály, {{neg:date|november 15.}}, Bányász SE – Tisza Ifjúsági SE
Szokatlan minta: 14 szelvény ugyanarra a kimenetelre (vendég vezet félidőben és nyer), odds {{neg:odds|9,50}}, összesen {{neg:amount|1 840 000 Ft}}, a meccs előtti 40 percben.
Kapcsolódó fiókok:
 {{neg:player-id|HU-7730215}} — {{PERSON|Szalai Bence}}, a hazai kapus sógora (közösségi média alapján)
 {{neg:player-id|HU-7731408}} — {{PERSON|Oláh Tímea}}, ugyanaz a lakcím
{{neg:timestamp|2026-11-15 13:21:40}} bet slip={{neg:bet-slip|SZ-71022947}} stake=250000 ip={{IP_ADDRESS|2001:db8:b3e::14}}
{{neg:timestamp|2026-11-15 13:24:02}} bet slip={{neg:bet-slip|SZ-71022988}} stake=250000 ip={{IP_ADDRESS|2001:db8:b3e::14}}
Mindkét fiókon ugyanaz a telefonszám: {{PHONE|06 20 418 7725}}.
Intézkedés: kifizetés felfüggesztve, jelentés az SZTFH-nak és a szövetség integritási referensének, {{PERSON|Kerekes Zoltán}} ({{EMAIL|integritas@example.hu}}, {{PHONE|+36 1 460 2287}}).`),

  hu("chat", `Chat, {{neg:date|2026. november 11.}}
Játékos: jó estét, önkizárást szeretnék kérni. 2 évre. {{neg:name-word|hajnal}} 4-ig játszottam megint
Ügyfélszolgálat: Jó estét! Köszönöm, hogy jelezte. Az önkizárást most rögzítem, 2 évig nem tud belépni és befizetni. A maradék egyenleg ({{neg:amount|8 420 Ft}}) a regisztrált bankszámlájára megy vissza.
Játékos: jó. a fogadásaim? van egy nyitott szelvényem {{neg:bet-slip|SZ-70418822}}
Ügyfélszolgálat: A nyitott fogadások normál módon elszámolódnak. Ha nyer, az is a bankszámlára megy.
Játékos: ok. ha kell valami, {{PHONE|+36 30 418 2275}}, de csak SMS
Ügyfélszolgálat: Rendben. A játékosazonosítója {{neg:player-id|HU-3307715}}, önkizárás érvényes {{neg:time|23:58}}-tól. Vigyázzon magára!`),

  hu("chat", `Ügyfél: valaki belépett a fiókomba, kaptam egy e-mailt új eszközről
Ügyintéző: Látok egy belépést {{neg:timestamp|2026-12-01 03:47:20}}-kor a(z) {{IP_ADDRESS|2001:db8:e04::21}} címről, alkalmazás {{neg:version|3.8.5}}. Nem Ön volt?
Ügyfél: nem, aludtam. a {{neg:name-word|győző}} nem én vagyok ezek szerint 😅
Ügyintéző: Minden munkamenetet kiléptettem, a kifizetéseket zároltam. Az e-mail-címe továbbra is {{EMAIL|nguyen.hoa.bp@example.hu}}?
Ügyfél: igen. telefonom {{PHONE|+36 70 884 2106}}`),

  hu("email", `Tárgy: Lottózó közösség - ki kapja a nyereményt???

Tisztelt Cím!

Egy irodai közösségben 11-en lottózunk 3 éve, Hatoslottó, mindig ugyanazokkal a számokkal ({{neg:lottery-numbers|3, 11, 19, 27, 36, 42}}). A szelvényt {{PERSON|Fehér Zsuzsanna}} adja fel a saját fiókjáról. Most 5 találatunk lett ({{neg:amount|1 284 300 Ft}}) és {{PERSON|Zsuzsa}} azt mondja, hogy {{PERSON|Papp Imrének}} nem jár, mert nyugdíjba ment szeptemberben.
{{PERSON|Imre}} viszont befizette az októberi részét, itt a banki átutalás. Mit tehetünk?

Üdvözlettel,
{{PERSON|Bíró Ágnes}}
{{PHONE|06-70-312-8846}}`),

  hu("note", `Ügyfélátvilágítás, fokozott — {{neg:player-id|HU-5520841}}, {{PERSON|Nagy-Bakos Levente}}, Debrecen ({{neg:postcode|4032}})
Befizetések 6 hét alatt: {{neg:amount|9 850 000 Ft}}. Foglalkozás: állatorvos.
Forrás: termőföld eladása, adásvételi szerződés {{neg:date|2026. szeptember 3.}}, vételár {{neg:amount|24 000 000 Ft}}, jóváírás a(z) {{IBAN|HU44 1040 0250 0031 6042 7715 0026}} számlán.
Pénzmosás: rendben. Felelős játék: 41 éjszakai munkamenet, vesztesség {{neg:amount|7 300 000 Ft}}. Hívtam: {{PHONE|06 52 418 330}} (rendelő), utána mobilon {{PHONE|06 20 551 9034}}. Havi limit {{neg:amount|500 000 Ft}} közös megegyezéssel.`),

  hu("email", `Feladó: Kiskereskedelmi hálózat <{{EMAIL|halozat@example.hu}}>
Címzett: {{EMAIL|lottozo.kecskemet@example.hu}}
Tárgy: Próbavásárlás eredménye — {{neg:reference|PV-2026-311}}

Tisztelt {{PERSON|Gulyás Ferencné}}!

{{neg:date|2026. november 19.}}-én {{neg:time|16:40}}-kor egy 16 éves próbavásárló kaparós sorsjegyet vett az Önök üzletében, életkor-ellenőrzés nélkül (nyugta {{neg:reference|0042/11873}}, terminál {{neg:reference|TRM-33081}}). Ez az első írásbeli figyelmeztetés. Kérjük, a munkatársak 30 napon belül végezzék el újra az online képzést.

Kérdés esetén hívja területi képviselőnket, {{PERSON|Rácz Mártont}}: {{PHONE|+36 30 552 1846}}.

Üdvözlettel:
Kiskereskedelmi hálózat, Kecskemét ({{neg:postcode|6000}})`),

  hu("note", `Visszaterhelés (chargeback) — Amex {{CARD|3475 028816 49203}}, kártyabirtokos {{PERSON|Andrei Popescu}} (román állampolgár, Budapesten él)
Vitatott: 4 befizetés {{neg:date|2026.10.22.}}, összesen {{neg:amount|180 000 Ft}}.
Saját oldal: ugyanaz az eszköz és IP ({{IP_ADDRESS|198.51.100.66}}) 18 hónapja, 3DS sikeres. Korábban hibásan gépelt kártyaszám a profilban: {{neg:luhn-invalid|5191 0736 4452 8190}} (másik kártya, elutasítva).
Telefonon ({{PHONE|+40 722 418 305}}) azt mondta, a fia használhatta. Vitatjuk.`),

  hu("email", `Feladó: Panaszkezelés <{{EMAIL|panasz@example.hu}}>
Címzett: {{EMAIL|varga.reka88@example.com}}
Tárgy: Válasz az SZTFH által továbbított panaszára, ügyszám {{neg:reference|SZTFH-2026-1184}}

Tisztelt {{PERSON|Varga Réka}}!

Az SZTFH megküldte nekünk {{neg:date|2026. október 29.}}-i panaszát, amelyben ezt írja:

  „Három hete kértem a {{neg:amount|412 000 Ft}} nyereményem kifizetését. Azóta csak annyit írnak, hogy »ellenőrzés alatt«. Közben a befizetést 5 perc alatt jóváírták!!!"

Igaza van, a kifizetést késve intéztük: a forrásigazoláshoz kért bankszámlakivonat nálunk elkeveredett. A kifizetést {{neg:date|2026.11.14.}} elindítottuk a(z) {{IBAN|HU03 1177 3016 0052 8413 9170 0008}} számlára.

Üdvözlettel:
{{PERSON|Juhász Tamás}}
panaszkezelési vezető
Tel.: {{PHONE|06 1 437 2290}}
Engedélyszám: {{neg:licence-number|SZF/2026/0412-7}}`),

  hu("call", `Hívás: ellopott szelvény. {{PERSON|Pintér Erzsébet}}, 67 éves, Pécs.
- a piacon ellopták a táskáját, benne a Skandináv lottó szelvénnyel ({{neg:ticket-number|SKL-2026-47-118304}}); szerinte 6 találatos, számai {{neg:lottery-numbers|2, 8, 14, 21, 27, 33, 35}}
- rendőrségi feljelentés {{neg:reference|01000-1734/2026}}
- elmondtam: papírszelvénynél a bemutató kapja a nyereményt, de a letiltást rögzítjük; ha valaki bemutatja, visszatartjuk és értesítjük a rendőrséget
- az unokája, {{PERSON|Pintér Dávid}} intézi: {{PHONE|06 30 771 0492}}, {{EMAIL|pinter.david95@example.hu}}
- letiltás {{neg:case-number|LT-40917}}, {{neg:time|11:35}}`),

  hu("chat", `[16:20] Ügyfél: hol a kifizetésem?? {{neg:withdrawal-ref|KIF-4419027}}, {{neg:amount|156 500 Ft}}
[16:21] Ügyintéző: Jó napot! A bank visszaküldte, mert a számla tulajdonosa nem egyezik.
[16:22] Ügyfél: a számla az enyém, csak a nevem a bankban ékezet nélkül van: {{PERSON|TOTH BENCE}}
[16:23] Ügyintéző: Értem, {{PERSON|Tóth Bence}} úr. A bankban „{{PERSON|TOTH BENCE}}" szerepel, nálunk ékezettel. Küldjön egy képernyőképet a netbankból az {{EMAIL|ugyfel@example.hu}} címre, és újraindítom.
[16:24] Ügyfél: kártyára nem lehet? {{CARD|4917 6103 2274 0853}}
[16:24] Ügyintéző: Kártyára is lehet, ha azzal fizetett be. De kérem, ne írja ide a teljes kártyaszámot 🙏`),

  hu("note", `Elhunyt játékos — {{neg:player-id|HU-0087316}}, {{PERSON|Kiss Lajos}}, elhunyt {{neg:date|2026. szeptember 20.}}
Hagyatéki végzés: özv. {{PERSON|Kiss Lajosné}} lemondott, az örökös a lánya, {{PERSON|Kiss-Szalai Orsolya}}. Egyenleg {{neg:amount|342 750 Ft}} a(z) {{IBAN|AT26 2011 1829 3471 6650}} számlára (Bécsben él).
Közjegyző iroda: {{PHONE|06 1 355 0172}}.`),

  hu("call", `Hívás összefoglaló {{neg:time|10:42}}
Hívó: {{PERSON|Horváth Gáborné}}, a játékos felesége.
- a férje ({{neg:player-id|HU-1190432}}) a családi pótlékot is elköltötte kaparós sorsjegyre
- elmondtam: hozzájárulás nélkül a számláról nem adhatunk tájékoztatást. A játékos maga kérhet önkizárást, a család a Kék Pont / Szerencsejáték-problémák vonalat hívhatja.
- visszahívást kér a felelős játék csoporttól: {{PHONE|06 31 720 4158}}, délelőtt
- bejelentés {{neg:case-number|FJ-33108}}`),

  hu("email", `Feladó: dr. {{PERSON|Sárközi Gyula}} <{{EMAIL|sarkozi.konyveles@example.hu}}>
Tárgy: Céges bankkártya jogosulatlan használata

Tisztelt Ügyfélszolgálat!

A Lendület Fuvar Kft. könyvelőjeként írok. A cég Mastercard kártyájával ({{CARD|5425 8817 0362 1192}}) októberben 23 alkalommal, összesen {{neg:amount|1 150 000 Ft}} értékben fizettek be az Önök oldalán. A kártya tankolásra volt az egyik sofőrnél, {{PERSON|Ruszó Attilánál}}. Feljelentést tettünk ({{neg:reference|RFK-01030/2026}}). Kérjük a befizetések visszatérítését.
Elérhetőség: {{PHONE|06 46 509 318}}

---
Válasz ({{neg:date|2026.11.21.}}): Tisztelt Doktor Úr! A fiókot ({{neg:player-id|HU-6018823}}) felfüggesztettük. Személyes adatot csak a rendőrség megkeresésére adhatunk ki; a visszatérítésről a kártyakibocsátó bankon keresztül tudunk egyeztetni.`),

  hu("call", `Telefonhívás, játékos: {{PERSON|Farkas Dénes}} ({{neg:player-id|HU-2208364}})
- csaló hívta a {{PHONE|+36 1 239 4418}} számról „biztonsági osztály" néven, hogy zárolt nyereményét feloldják, ehhez kártyaadatok kellenek
- megadta: {{CARD|5191 0736 4452 8197}}, aztán rájött, letiltatta a bankban
- elmondtam: mi soha nem kérünk kártyaszámot telefonon
- saját száma {{PHONE|06 50 219 7731}}; csalásbejelentés {{neg:case-number|CSB-5512}}`),
]

export const HR_HR = [
  hr("call", `Poziv (na njemačkom, pa engleskom): turist {{PERSON|Jürgen Wallner}} iz Graza kupio srećku na kiosku u Makarskoj, {{neg:ticket-number|SR-2607-1184-903}}, dobitak {{neg:amount|10.000,00 €}}.
- kiosk ne smije isplatiti iznad {{neg:amount|660 €}}, isplata ide iz središnjice uz putovnicu i IBAN
- porez na dobitak obračunavamo mi, on dobiva neto iznos
- IBAN koji je izdiktirao: {{IBAN|AT92 3800 0000 0412 7593}} (Raiffeisen, Štajerska)
- vraća se u Austriju u subotu; mobitel {{PHONE|+43 664 218 3057}}, supruga {{PERSON|Heidi}} govori bolje engleski
- predmet {{neg:case-number|DOB-20261031}}`),

  hr("email", `Predmet: PRESTANITE MI SLATI SMS-OVE!!!

Nikad nisam bila vaša korisnica, a svaki dan dobivam poruke "BONUS 200% SAMO DANAS" na {{PHONE|099 214 7308}}. Pošiljatelj je neki "VIP Kasino Klub" s vašim linkom. Tražim da odmah obrišete moj broj i kažete mi odakle vam.
{{PERSON|Dubravka Lončar}}, Rijeka ({{neg:postcode|51000}})

--- Odgovor {{neg:date|5.12.2026.}} ---
Poštovana gospođo {{PERSON|Lončar}}, Vaš broj nije u našoj bazi. Poruke je slao partner za marketing ({{neg:reference|AFF-2291}}), s kojim smo prekinuli suradnju. Zatražili smo brisanje Vašeg broja i o svemu obavijestili AZOP.`),

  hr("note", `Dubinska analiza — igrač {{neg:player-id|HR-5530127}}, {{PERSON|Tomislav Jurišić}}, Split ({{neg:postcode|21000}})
Uplate {{neg:amount|46.000 €}} u 5 tjedana. Zanimanje: vlasnik apartmana.
Podrijetlo: prihodi od turističkog najma + prodaja broda (ugovor {{neg:date|14. rujna 2026.}}, {{neg:amount|62.000 €}}), izvod s računa {{IBAN|HR68 2402 0063 1108 4962 3}}.
Pranje novca: u redu. Odgovorno igranje: gubitak {{neg:amount|39.400 €}}, igra noću. Nazvao {{PHONE|098 174 2206}}; rekao da mu je "{{neg:name-word|sreća}} okrenula leđa". Dogovoren mjesečni limit {{neg:amount|2.000 €}}.`),

  hr("chat", `Korisnik: mozete li mi iskljucit opciju ponistavanja isplate? svaki put zatrazim isplatu pa je vratim i prokockam
Agent: Naravno. Od sada se isplate šalju odmah, bez mogućnosti poništavanja. Vaša zadnja isplata {{neg:withdrawal-ref|ISP-3340271}}, {{neg:amount|260,00 €}}, je već poslana.
Korisnik: i stavite mi limit uplate {{neg:amount|50 €}} tjedno
Agent: Limit vrijedi odmah. Povećanje je moguće tek nakon 72 sata i razgovora s nama.
Korisnik: hvala. {{neg:name-word|Vjera}} u sreću me skoro uništila
Agent: Drago mi je da ste se javili. Ako želite razgovarati s nekim, nazvat ćemo vas.
Korisnik: moze, {{PHONE|091 644 2085}}, iza 17h`),

  hr("chat", `[11:05] Korisnik: gdje mi je isplata {{neg:withdrawal-ref|ISP-3320918}}, {{neg:amount|720,00 €}}
[11:06] Agent: Dobar dan! Banka ju je vratila jer se ime vlasnika računa ne podudara.
[11:07] Korisnik: racun je moj, slovenski, radim u ljubljani. {{IBAN|SI66 2900 0015 8824 373}}
[11:08] Agent: Banka vodi račun na "{{PERSON|Dalibor Saric}}", a kod nas ste {{PERSON|Dalibor Šarić}}. Kvačice 🙂 Pošaljite izvod na {{EMAIL|isplate@example.hr}} i ponovo šaljemo.
[11:09] Korisnik: moze. i nazovite me na slovenski broj {{PHONE|+386 41 738 205}} ako nesto
[11:09] Agent: Naravno.`),

  hr("note", `Isplata velikog dobitka — Loto 6/45, kolo {{neg:draw-number|94}}, dobitnik {{PERSON|Mladen Kralj}}, Varaždin ({{neg:postcode|42000}})
Brojevi {{neg:lottery-numbers|6, 13, 20, 31, 38, 44}}. Dobitak {{neg:amount|182.450,00 €}}; porez na dobitak obustavljen i uplaćen, neto na račun {{IBAN|HR87 2500 0091 1041 8276 5}}.
Identitet provjeren uživo u poslovnici {{neg:date|27.11.2026.}}. Traži potpunu anonimnost, bez fotografija. Supruga {{PERSON|Branka Kralj}} bila prisutna.
Kontakt {{PHONE|042 311 784}}; ponuđeno savjetovanje za dobitnike, odbio.`),

  hr("chat", `Chat {{neg:date|11.11.2026.}}
Igrač: bok, hoću samoisključenje na godinu dana. ne mogu više
Podrška: Pozdrav, hvala što ste nam se javili. Samoisključenje mogu postaviti odmah, od 6 mjeseci do neograničeno.
Igrač: godinu. i ne šaljite mi više bonuse na mail
Podrška: Postavljeno u {{neg:time|22:41}}. Stanje računa {{neg:amount|37,20 €}} vraćamo na vaš IBAN. Marketing je isključen.
Igrač: ok hvala. ako treba zovite {{PHONE|091 528 3370}}
Podrška: Zabilježeno. Broj igrača {{neg:player-id|HR-4418203}}. Čuvajte se.`),

  hr("note", `Chargeback — Discover {{CARD|6550 1733 8042 2978}}, vlasnik kartice {{PERSON|Dragana Stojanović}}
Osporeno: 3 uplate {{neg:date|25.10.2026.}}, ukupno {{neg:amount|600,00 €}}, razlog "nije autorizirano".
Kod nas: isti uređaj i IP {{IP_ADDRESS|203.0.113.97}} već godinu dana, 3DS prošao. Ranije u obrascu upisana {{neg:luhn-invalid|6550 1733 8042 2971}}.
Zvala je s {{PHONE|+387 61 228 914}}: kaže da je kartica bila kod brata. Osporavamo.`),

  hr("email", `Od: Compliance
Za: Ljudski potencijali
Predmet: POVJERLJIVO — zaposlenik igra na našoj platformi

Poštovani,

rutinskom provjerom utvrdili smo da djelatnik korisničke podrške {{PERSON|Filip Matijević}} od rujna igra preko računa {{neg:player-id|HR-6012937}}, otvorenog na ime majke, {{PERSON|Ružice Matijević}}. Uplate {{neg:amount|2.340 €}} njezinom karticom {{CARD|5274 6193 3081 0545}}, prijave s naše uredske mreže ({{IP_ADDRESS|10.20.3.117}}) i s {{IP_ADDRESS|2001:db8:5e0::a4}}.
Interni pravilnik (čl. 14) zabranjuje zaposlenicima igru na našim proizvodima. Račun je zatvoren. Molimo zakazati razgovor s djelatnikom.

Compliance, {{PHONE|01 6390 447}}`),

  hr("call", `Poziv {{neg:time|09:15}}. Zove {{PERSON|Zdenka Kovačević}}, supruga igrača ({{neg:player-id|HR-1028834}}).
- kaže da je muž potrošio novac za kredit na klađenje, "sve od plaće ide na listiće"
- objašnjeno: bez suglasnosti igrača ne dajemo podatke o računu; igrač može sam zatražiti samoisključenje
- traži da je nazove netko iz tima za odgovorno igranje: {{PHONE|099 8812 047}}, poslije 16h
- prijava {{neg:case-number|OI-22104}}`),

  hr("call", `Poziv {{neg:time|19:20}}: igrač {{PERSON|Antonio Bašić}} ({{neg:player-id|HR-4031176}}) traži ukidanje samoisključenja prije isteka (postavljeno {{neg:date|3.6.2026.}} na 12 mjeseci).
- kaže da je "sve pod kontrolom", našao je novi posao
- objašnjeno: samoisključenje se ne ukida prije isteka; nakon isteka slijedi 7 dana čekanja i razgovor
- bio je ljut, tražio nadređenu; voditeljica smjene {{PERSON|Petra Lovrić}} je to potvrdila
- broj s kojeg je zvao: {{PHONE|098 330 6715}}`),

  hr("email", `Od: Pritužbe <{{EMAIL|prituzbe@example.hr}}>
Za: {{EMAIL|kresimir.babic@example.com}}
Predmet: Odgovor na pritužbu proslijeđenu od Ministarstva financija, KLASA {{neg:reference|UP/I-460-02/26-01/118}}

Poštovani gospodine {{PERSON|Babiću}},

Ministarstvo financija proslijedilo nam je Vašu pritužbu od {{neg:date|30.10.2026.}}, u kojoj pišete:

  "Dobitak od {{neg:amount|3.850,00 €}} tražim već mjesec dana. Svaki put kažu da je 'u provjeri'. Kad uplaćujem, nitko ništa ne provjerava!"

U pravu ste da je isplata kasnila. Dokumentacija o podrijetlu sredstava bila je kompletna, ali nije obrađena na vrijeme. Isplata je izvršena {{neg:date|13.11.2026.}} na račun {{IBAN|HR65 2340 0091 1023 7845 1}}.

S poštovanjem,
{{PERSON|Mirjana Đaković}}
Voditeljica službe za pritužbe
Tel. {{PHONE|01 4638 215}}
Odobrenje Ministarstva: {{neg:licence-number|MF-IS-2024/07}}`),

  hr("chat", `Korisnik: netko mi je ušao u račun!!
Agent: Vidim prijavu {{neg:timestamp|2026-11-30 04:02:51}} s {{IP_ADDRESS|2001:db8:7ab::5d}}, aplikacija {{neg:version|2.14.0}}. To niste bili vi?
Korisnik: ne, spavao sam. dajte mi {{neg:name-word|mir}} s tim aplikacijama
Agent: Odjavio sam sve uređaje i blokirao isplate. Promijenite lozinku. E-mail vam je i dalje {{EMAIL|h.senad@example.ba}}?
Korisnik: da. mob {{PHONE|097 640 1283}}`),

  hr("email", `Predmet: Loto 7 - zajednička kombinacija u firmi

Poštovani,
u firmi nas 8 igra Loto 7 s istom kombinacijom ({{neg:lottery-numbers|4, 9, 16, 22, 28, 31, 35}}) već 2 godine. Listić uplaćuje {{PERSON|Ana-Marija Šestan}} preko svog računa. Sad smo dobili {{neg:amount|14.280,60 €}} (6 pogodaka), a ona kaže da {{PERSON|Senad}} ne dobiva dio jer je otišao iz firme u listopadu. {{PERSON|Senad}} je platio cijeli listopad, imam poruke.
Može li se isplata zadržati dok se ne dogovorimo?

Lp,
{{PERSON|Nikolina Vuković-Zec}}
{{PHONE|092 215 6680}}`),

  hr("note", `Sumnja na više računa {{neg:case-number|VR-2026-041}}
{{neg:timestamp|2026-11-16 21:30:12}} prijava {{neg:player-id|HR-6610335}} ip={{IP_ADDRESS|192.0.2.88}} uređaj=9de1
{{neg:timestamp|2026-11-16 21:34:57}} prijava {{neg:player-id|HR-6610792}} ip={{IP_ADDRESS|192.0.2.88}} uređaj=9de1
{{neg:timestamp|2026-11-16 21:36:03}} isplata HR-6610792 iban={{neg:iban-checksum|HR17 2484 0083 2066 1571 8}} → odbijeno (kontrolni broj)
Računi: {{PERSON|Luka Perić}} i {{PERSON|Ivona Perić}}, oba uzela bonus dobrodošlice {{neg:amount|100 €}}. Druga isplata trebala je ići na {{IBAN|HR14 2484 0083 2066 1571 8}}, račun na ime {{PERSON|Luke Perića}}.
Odluka: bonusi i dobici od bonusa poništeni.`),
]
