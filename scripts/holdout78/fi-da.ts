// Finnish and Danish texts, written one by one: live chats, agents' notes with pasted logs, e-mails (players, a kiosk,
// Poliisihallitus and Spillemyndigheden quoted) and call summaries of a gambling and lottery operator's desks.
import { mk } from "./mk.ts"

const fi = mk("fi-FI")
const da = mk("da-DK")

export const FI_FI = [
  fi("email", `Aihe: porukkarivi, sahan porukka — kuka saa voiton

Hei,
meillä on sahalla 9 hengen porukka, pelataan Lottoa joka viikko. {{PERSON|Eero Väisänen}} on pelannut rivit omalla tunnuksellaan. Nyt tuli 6+1 ({{neg:amount|8 420,50 €}}) ja {{PERSON|Eero}} sanoo että {{PERSON|Markku}} ei saa osuutta koska jäi eläkkeelle syyskuussa. {{PERSON|Markku}} maksoi silti lokakuun osuuden, minulla on MobilePay-kuitit.
Onko teillä mitään sääntöä tähän? Voiko voiton maksun jäädyttää?

t. {{PERSON|Aki Ronkainen}}
{{PHONE|014 339 2810}}
ps. {{neg:name-word|Toivo}} on viimeisenä kuoleva, sanoo {{PERSON|Markku}}`),

  fi("call", `Puhelu: Lotto 7 oikein, kierros {{neg:draw-number|46}}, {{neg:date|14.11.2026}}
Soittaja {{PERSON|Pirjo Hyvärinen}}, Joensuu. Rivi {{neg:lottery-numbers|2, 9, 15, 21, 28, 33, 39}}, voitto {{neg:amount|1 870 442,10 €}}.
- itki puhelimessa, mies {{PERSON|Reijo}} vieressä
- kerrottu: voitto maksetaan pelitilille rekisteröidylle tilille, ei tarvitse tulla käymään. Voittajaneuvonta tarjottu.
- halusi, että voittajapalvelu soittaa hänen omaan numeroonsa, luki sen näin: "{{PHONE|nolla neljä neljä, yhdeksän nolla kaksi, kuusi seitsemän kolme yksi}}"
- EI julkisuutta.`),

  fi("chat", `Asiakas: miksi mun veto mitätöitiin?? kuponki {{neg:bet-slip|K-55930147}}
Tuki: Hei! Vedossa oli kerroin {{neg:odds|15,00}} ottelulle, jonka oikea kerroin oli {{neg:odds|1,50}}. Ilmeinen virhe, panos {{neg:amount|50 €}} palautettiin.
Asiakas: ei kai se mun vika ole
Tuki: Ei ole, ymmärrän harmin. Sääntöjen kohta 9.4 sallii korjauksen. Voin tarjota {{neg:amount|10 €}} hyvityksen.
Asiakas: pitäkää tunkkinne. {{neg:name-word|Ilo}} on kaukana tästä firmasta`),

  fi("note", `Varojen alkuperä — {{neg:player-id|FI-4471930}} {{PERSON|Jussi Heikkilä}}, Kuopio ({{neg:postcode|70100}})
Talletukset {{neg:amount|38 600 €}} / 4 vk. Ammatti: metsäkoneenkuljettaja.
Toimitettu: metsätilan kauppakirja (myyty {{neg:date|15.8.2026}}, {{neg:amount|212 000 €}}) ja tiliote {{IBAN|FI68 1572 3000 4819 29}}, josta rahat siirretty.
Arvio: alkuperä selvitetty, ok. Vastuullisuus: peliaika klo 01–05 lähes joka yö. Soitettu {{PHONE|050 463 1185}}, {{PERSON|Heikkilä}} sanoi että "kyllä se {{neg:name-word|onni}} vielä kääntyy". Tappioraja {{neg:amount|2 000 €}}/kk asetettu yhteisymmärryksessä.`),

  fi("chat", `Asiakas: joku on kirjautunut mun tilille!!! sain sähköpostin uudesta laitteesta
Tuki: Näen kirjautumisen {{neg:timestamp|2026-11-29 04:11:38}} osoitteesta {{IP_ADDRESS|2001:db8:c2::9f1}}, sovellusversio {{neg:version|6.0.3}}. Et ollut sinä?
Asiakas: en. oon helsingissä ja nukuin
Tuki: Suljin kaikki istunnot ja estin nostot. Vaihda salasana ja kirjaudu pankkitunnuksilla. Sähköpostiosoitteesi on yhä {{EMAIL|ly.tran.hki@example.fi}}?
Asiakas: on. ja puh {{PHONE|044 615 0932}}`),

  fi("chat", `Chat {{neg:date|12.11.2026}} klo 23.52
Pelaaja: moi, haluun pelikiellon. vuodeks. tai ikuisesti jos se onnistuu
Asiakaspalvelu: Hei, kiitos että otit yhteyttä. Voin asettaa pelikiellon heti, vaihtoehdot 1, 3, 6 tai 12 kuukautta tai toistaiseksi.
Pelaaja: toistaiseksi. ja se {{neg:amount|1 480 €}} voitto joka tuli eilen, maksakaa se pois tililtä ennen kuin pelaan sen
Asiakaspalvelu: Pelikielto on voimassa nyt. {{neg:name-word|Voitto}} ja muu saldo ({{neg:amount|1 512,35 €}}) maksetaan tilillesi 1–2 pankkipäivässä. Peluuri auttaa maksutta, jos haluat jutella jonkun kanssa.
Pelaaja: ok. soittakaa huomenna jos tarviitte jotain, {{PHONE|040 718 2296}}
Asiakaspalvelu: Selvä. Pelaajatunnus {{neg:player-id|FI-2208417}} on suljettu. Voimia.`),

  fi("email", `Lähettäjä: Kioskin kauppias {{PERSON|Seppo Immonen}} <{{EMAIL|kioski.hervanta@example.fi}}>
Aihe: pääte ei lue arpoja

Moi,
pelipääte ({{neg:reference|PT-88104}}) ei ole lukenut raaputusarpoja tiistain jälkeen. Asiakkaat suuttuu. Yksi asiakas voitti {{neg:amount|1 000 €}} arvalla {{neg:ticket-number|RA-3318-4471-09}} eikä voida maksaa.
Ohjelmistoversio näytöllä {{neg:version|11.2.0}}. Soittakaa {{PHONE|040 992 0386}}, oon kioskilla klo 7–15.
-{{PERSON|Seppo}}`),

  fi("note", `Takaisinveloitus, kortti {{CARD|4024 0071 5532 9187}}, kortinhaltija {{PERSON|Abdirahman Farah}}
Kiistetty: 5 talletusta {{neg:date|21.10.2026}}–{{neg:date|24.10.2026}}, yht. {{neg:amount|750,00 €}}. Syy: "ei tunnista".
Meidän puoli: sama laite ja IP {{IP_ADDRESS|203.0.113.188}} kuin kahden vuoden ajan; pankkitunnistautuminen ok. Voitto {{neg:amount|310 €}} nostettu samalle kortille {{neg:date|25.10.2026}}.
Aiemmin lomakkeella kortti kirjoitettu {{neg:luhn-invalid|4024 0071 5532 9181}}. Vastine lähetetty.`),

  fi("email", `Lähettäjä: Asiakasvalitukset <{{EMAIL|valitukset@example.fi}}>
Vastaanottaja: {{EMAIL|sirpa.lehtomaki@example.com}}
Aihe: Vastaus Poliisihallituksen välittämään valitukseen {{neg:reference|POL-2026-44817}}

Hyvä {{PERSON|Sirpa Lehtomäki}},

Poliisihallitus välitti meille kirjeenne {{neg:date|3.11.2026}}. Lainaus kirjeestä:

  "Poikani {{PERSON|Oskari}} on 19-vuotias ja hävisi teillä kesän kesätyörahat, {{neg:amount|4 300 €}}, kolmessa viikossa. Miksi kukaan ei puuttunut?"

Emme voi kertoa toisen henkilön pelitilistä ilman hänen suostumustaan. Olemme kuitenkin ottaneet pelaajaan yhteyttä vastuullisuustiimistä. Jos poikanne antaa luvan, voimme käydä asian läpi kanssanne puhelimitse.

Ystävällisin terveisin
{{PERSON|Riikka Nurmela}}
Asiakasvalitukset, puh. {{PHONE|09 4257 3318}}`),

  fi("note", `Bonusväärinkäyttö, muistiinpano
{{neg:player-id|FI-7720013}}, {{neg:player-id|FI-7720391}}, {{neg:player-id|FI-7721840}}: kaikki rekisteröity samalta laitteelta kahden tunnin sisällä. Tervetulopaketti {{neg:amount|200 €}} + 50 ilmaiskierrosta.
Pelit: kaikki kolme pelasivat samaa kohdetta vastakkaisille puolille, kertoimet {{neg:odds|1,95}} / {{neg:odds|2,05}}.
Yhteyshenkilöt: {{PHONE|044 280 1175}}, {{PHONE|044 280 1193}}, kolmannella tilillä {{PHONE|0800 9 1234}}, joka on maksuton palvelunumero eikä voi olla asiakkaan oma.
Päätös: bonukset ja voitot mitätöidään, tilit suljetaan. Raportti {{neg:case-number|BV-20261122}}.`),

  fi("chat", `[14:02] Asiakas: miks nosto ei oo tullu, {{neg:withdrawal-ref|NOS-8820417}}, 3 päivää jo
[14:03] Tuki: Hei! Nosto palautui, koska tili on virolaisessa pankissa eikä nimi täsmännyt.
[14:04] Asiakas: teen töitä tallinnassa, tili on mun oma. {{IBAN|EE36 1010 2200 4183 7225}}
[14:05] Tuki: Kiitos. Pankki ilmoitti nimeksi "{{PERSON|T. Pyykkonen}}", profiilissasi on {{PERSON|Tuomas Pyykkönen}}. Ääkköset eivät kulkeneet virolaiseen järjestelmään.
[14:06] Asiakas: no huh. voitteko laittaa uudestaan
[14:07] Tuki: Laitettu uudelleen, {{neg:amount|640,00 €}}. Profiilissa on virolainen numero {{PHONE|+372 5341 8827}}, soitammeko siihen jos tulee ongelmia?
[14:07] Asiakas: joo se on mun oma`),

  fi("call", `Puhelu {{neg:time|09.05}}, {{PERSON|Väinö Kärkkäinen}} ({{neg:player-id|FI-2894005}}): puhelin varastettiin baarissa Oulussa lauantaina.
- varas kirjautui sovellukseen (tallennettu salasana), pelasi {{neg:amount|600 €}} ja yritti nostaa {{neg:amount|1 150 €}} tuntemattomalle tilille {{neg:iban-checksum|FI02 5780 2040 0031 89}}; nosto hylätty
- loki: {{neg:timestamp|2026-11-29 01:12:44}} login ip={{IP_ADDRESS|198.51.100.127}} laite=uusi
- varastetun puhelimen numero {{PHONE|050 381 7746}}, liittymä suljettu sunnuntaina
- uusi numero {{PHONE|040 226 5904}}; {{PERSON|Kärkkäisen}} tyttären sähköposti yhteyshenkilönä: {{EMAIL|aino.karkkainen@example.fi}}
- sessiot suljettu, salasana nollattu, tutkintapyyntö poliisille neuvottu`),

  fi("email", `Lähettäjä: Yleinen edunvalvonta, Tampere — edunvalvoja {{PERSON|Leena Koskimies}} <{{EMAIL|leena.koskimies@example.fi}}>
Aihe: Päämiehen pelitilin sulkeminen

Hei,

päämieheni {{PERSON|Raimo Lindroos}} on määrätty edunvalvontaan käräjäoikeuden päätöksellä {{neg:date|6.11.2026}} ({{neg:reference|H 26/31184}}). Raha-asioiden hoito on rajattu edunvalvojalle. Pyydän
1) sulkemaan pelitilin {{neg:player-id|FI-3380271}} heti
2) palauttamaan saldon edunvalvontatilille {{IBAN|FI41 5780 2040 0031 89}}
3) toimittamaan tilitapahtumat 1.1.2026 alkaen.

Päätös liitteenä. Tavoitatte minut ma–to {{PHONE|03 5651 2280}}.

Ystävällisesti
{{PERSON|Leena Koskimies}}, oikeusaputoimiston edunvalvoja`),

  fi("note", `Usean tilin epäily {{neg:case-number|MT-2026-0381}}
{{neg:timestamp|2026-11-18 21:14:09}} login tili={{neg:player-id|FI-6630048}} ip={{IP_ADDRESS|198.51.100.47}} laite=b77e
{{neg:timestamp|2026-11-18 21:20:33}} login tili={{neg:player-id|FI-6631152}} ip={{IP_ADDRESS|198.51.100.47}} laite=b77e
{{neg:timestamp|2026-11-18 21:22:51}} nostopyyntö tili=FI-6631152 iban={{neg:iban-checksum|FI42 4006 1015 2088 73}} → hylätty (tarkiste)
Tilit: {{PERSON|Dmitri Sokolov}} ja hänen vaimonsa {{PERSON|Oksana Sokolova}}. Molemmat ottivat tervetulobonuksen {{neg:amount|100 €}}. Vaimon tilin toinen nostoyritys meni tilille {{IBAN|FI41 4006 1015 2088 73}}, joka on miehen nimissä.
Päätös: bonusvoitot mitätöity, vaimon tili suljettu. Puhelinnumerot tileillä {{PHONE|+358 50 337 8124}} ja {{PHONE|045 118 7720}}.`),

  fi("call", `Puhelu klo 11.20, soittaja {{PERSON|Hanna Rautiainen}}, pelaajan tytär.
- isä ({{neg:player-id|FI-0391866}}) 78 v., muistisairausepäily, pelannut raaputusarpoja verkossa {{neg:amount|900 €}}/vko
- emme voi kertoa tilin tietoja, mutta kerrottu edunvalvontavaltuutuksesta ja että isä voi itse asettaa pelikiellon
- haluaa soiton takaisin: "{{PHONE|nolla viisi nolla, kaksi yksi kolme, neljä neljä seitsemän yhdeksän}}"
- kirjattu huoli {{neg:case-number|VAS-5530}}, tili merkitty tarkistettavaksi`),
]

export const DA_DK = [
  da("email", `Fra: {{EMAIL|nivi.kleist@example.gl}}
Emne: udbetaling til Grønland

Hej, jeg bor i Nuuk og kan ikke få min gevinst på {{neg:amount|6.900 kr.}} udbetalt. Min bank er Grønlandsbanken, reg. {{neg:account-number|6471}} konto {{neg:account-number|0001284730}}. I siger "ugyldigt land".
Ring gerne {{PHONE|+299 52 81 40}}, jeg er 4 timer bagud.
{{PERSON|Nivi Kleist}}

> Svar: Hej {{PERSON|Nivi}}, vi har rettet landekoden og sendt beløbet igen i dag.`),

  da("chat", `[18:30] Kunde: kan jeg få min udbetaling på mobilepay i stedet for banken
[18:31] Support: Hej! Udbetalinger går til den bankkonto, der er knyttet til dit MitID. MobilePay kan kun bruges til indbetaling.
[18:31] Kunde: øv. hvornår kommer de {{neg:amount|2.350 kr}} så, ref {{neg:withdrawal-ref|UDB-7730184}}
[18:32] Support: De er sendt i dag og er typisk på kontoen i morgen. Kan jeg hjælpe med andet?
[18:33] Kunde: nej. eller jo, min bror vil gerne oprette sig, kan han bruge mit kort {{CARD|4571 8839 2006 1744}}
[18:33] Support: Nej, hver spiller skal bruge sit eget kort og MitID. Og skriv venligst ikke kortnumre i chatten 🙂`),

  da("note", `Hvidvask/kundekendskab — {{neg:player-id|DK-3081157}}, {{PERSON|Birthe Holmgaard}}, Aalborg ({{neg:postcode|9000}})
Indbetalinger {{neg:amount|264.000 kr.}} på 6 uger via MobilePay og kort.
Midlernes oprindelse: salg af sommerhus, skøde + afregning fra ejendomsmægler; {{neg:amount|1.980.000 kr.}} indsat {{neg:date|01.10.2026}} på {{IBAN|DK69 5295 0001 8462 73}}.
OK ift. hvidvask. Ansvarligt spil: tab {{neg:amount|231.500 kr.}}, spil om natten. Ringet op på {{PHONE|60 14 97 38}}, hun sagde at det "går nok i {{neg:name-word|sommer}}". Grænse {{neg:amount|10.000 kr.}}/md. aftalt.`),

  da("note", `Svensk kunde på dansk licens? {{neg:player-id|DK-7004412}} {{PERSON|Linnea Bergström}} bor i Malmø, arbejder i København. Vil have udbetaling til svensk konto {{IBAN|SE78 5000 0000 0521 1709 3846}}.
Tilladt når kontoen er i eget navn; kontoudtog modtaget. Hun ringede fra {{PHONE|+46 73 412 08 55}}. Udbetaling {{neg:amount|4.100 kr.}} sendt {{neg:date|7.12.2026}}.`),

  da("chat", `Chat {{neg:date|11.11.2026}}
Kunde: jeg er registreret i ROFUS men kunne stadig logge ind hos jer i går??
Support: Hej, det må ikke ske. Må jeg få dit fulde navn, så jeg kan slå det op?
Kunde: {{PERSON|Mads Brøndum}}
Support: Tak {{PERSON|Mads}}. Din ROFUS-registrering kom ind hos os i morges, {{neg:time|06:12}}. Du nåede at indbetale {{neg:amount|500 kr.}} i går aftes, de bliver tilbageført til {{neg:masked-card|xxxx xxxx xxxx 1744}}.
Kunde: fint. ring på {{PHONE|22 41 87 93}} hvis I mangler noget, men ikke efter kl 20
Support: Noteret. Held og {{neg:name-word|lykke}} med det, og StopSpillet har åbent hele døgnet.`),

  da("note", `Chargeback — Mastercard {{CARD|5506 9214 3378 2609}}, kortholder {{PERSON|Jonas Thygesen}}, Odense.
Indsigelse på 3 indbetalinger {{neg:date|29.10.2026}}, i alt {{neg:amount|3.000 kr.}}; årsag "ikke godkendt".
Samme enhed og IP {{IP_ADDRESS|203.0.113.61}} som i 2 år, MitID brugt ved oprettelse. Han har tidligere tastet kortet som {{neg:luhn-invalid|5506 9214 3378 2601}}.
Vi bestrider. Kunden ringede selv fra {{PHONE|53 80 12 66}} og sagde, at hans søn nok har brugt kortet. Lukket for spil til afklaring.`),

  da("call", `Opkald: Lotto-gevinst, 7 rigtige, trækning {{neg:draw-number|45-2026}}
Opringer {{PERSON|Ib Rasmussen}}, 66, Esbjerg. Tal {{neg:lottery-numbers|4, 11, 17, 23, 26, 30, 35}}, gevinst {{neg:amount|14.823.114,60 kr.}}
- meget rolig, "det er nok en fejl"
- forklaret: gevinsten går til den bankkonto, der står på spillekontoen, inden for 5 bankdage
- vil ringes op af vindertjenesten; sagde nummeret sådan her: "{{PHONE|seksogtyve, nitten, fireogtredive, tooghalvfems}}", nej undskyld det er min søns. Mit eget er "{{PHONE|halvtreds, firs, tolv, seksogtres}}"
- ingen omtale i medierne`),

  da("call", `Opkald, mindreårig spiller. {{PERSON|Lone Dalsgaard}} ringer: hendes søn på 16 har oprettet konto med hendes MitID og hendes kort, der slutter på {{neg:masked-card|•••• 7720}}.
- indbetalinger {{neg:amount|4.250 kr.}} over 5 uger ({{neg:player-id|DK-5518320}})
- MitID-kodeviseren lå i køkkenskuffen
- politik: kontoen lukkes, indbetalinger refunderes, gevinster bortfalder
- hun vil have skriftlig bekræftelse: {{EMAIL|lone.dalsgaard@example.dk}}, tlf {{PHONE|42 85 06 19}}`),

  da("call", `Opkald {{neg:time|13:45}}. {{PERSON|Nanna Bech}} ringer om sin mor ({{neg:player-id|DK-0448219}}), 71, som spiller skrabelodder online hver dag.
- forklaret tavshedspligt; moren kan selv registrere sig i ROFUS eller sætte grænser
- datteren vil ringes op af ansvarligt-spil-teamet: "{{PHONE|tre en, otteogtres, fyrre, syvogtyve}}"
- moren skal snart {{neg:name-word|bo}} på plejecenter, og datteren frygter at hun spiller for sin opsparing
- sag {{neg:case-number|AS-71105}}`),

  da("email", `Fra: Klager <{{EMAIL|klager@example.dk}}>
Til: {{EMAIL|frederikke.ostergaard@example.dk}}
Emne: Svar på din klage via Spillemyndigheden, j.nr. {{neg:reference|SM-26-01447}}

Kære {{PERSON|Frederikke Østergaard}}

Spillemyndigheden har sendt os din klage af {{neg:date|4. november 2026}}. Du skriver bl.a.:

  "I har lukket min konto og beholdt min gevinst på {{neg:amount|17.400 kr.}} fordi jeg 'brugte en andens MitID'. Det var MIN mors konto og hun sad ved siden af mig!"

Vi har gennemgået sagen. Kontoen var oprettet i din mors navn, og spillet skete fra din telefon. Efter reglerne skal spilleren og kontohaveren være samme person. Gevinsten udbetales derfor til din mor, kontohaveren, og ikke til dig.

Med venlig hilsen
{{PERSON|Søren Fuglsang}}
Kundeklager · {{PHONE|70 20 41 90}}`),

  da("note", `Dødsbo — {{neg:player-id|DK-0022871}}, afdøde {{PERSON|Poul Erik Kjærgaard}}, død {{neg:date|30.09.2026}}.
Skifteretten har udstedt skifteretsattest til enken, {{PERSON|Mette Kjærgaard}}. Saldo {{neg:amount|8.214,75 kr.}} udbetales til boets konto {{IBAN|DK08 2000 5038 1772 40}}.
Bemærk: kontoen var aktiv den {{neg:date|3.10.2026}}, tre dage efter dødsfaldet (login fra IP {{IP_ADDRESS|198.51.100.203}}, samme som hjemmets router; undersøges). Sagsbehandler: hold_dk_4. Kontakt {{PHONE|86 12 40 33}}.`),

  da("note", `Bonusmisbrug — {{neg:case-number|BM-2026-0902}}
{{neg:player-id|DK-6620033}} og {{neg:player-id|DK-6620488}} samme adresse og samme enhed, velkomstbonus {{neg:amount|1.000 kr.}} begge.
{{neg:timestamp|2026-11-20 20:41:07}} login DK-6620033 ip={{IP_ADDRESS|192.0.2.115}} app={{neg:version|8.14.1}}
{{neg:timestamp|2026-11-20 20:47:52}} login DK-6620488 ip={{IP_ADDRESS|192.0.2.115}} app=8.14.1
{{neg:timestamp|2026-11-20 20:49:10}} udbetaling DK-6620488 konto={{neg:iban-checksum|DK71 3180 7204 5935 16}} → afvist (kontrolciffer)
Kontohaverne er {{PERSON|Kasper Thygesen}} og hans samlever {{PERSON|Ayşe Demir}}. Udbetalingen blev derefter bedt sendt til {{IBAN|DK70 3180 7204 5935 16}}, som ifølge banken tilhører {{PERSON|Kasper}}.
Afgørelse: bonusgevinster annulleres.`),

  da("chat", `Kunde: jeg vil gerne hæve min indbetalingsgrænse fra {{neg:amount|1.000 kr.}} til {{neg:amount|5.000 kr.}} om ugen
Support: Hej! Det kan du godt, men en forhøjelse træder først i kraft efter 24 timer. En sænkning virker med det samme.
Kunde: 24 timer?? jeg vil spille på kampen i aften, FC København til odds {{neg:odds|2,40}}
Support: Jeg forstår det, men reglen gælder for alle og står i Spillemyndighedens bekendtgørelse. Din nye grænse er aktiv {{neg:timestamp|2026-12-05 19:42}}.
Kunde: så er det {{neg:name-word|storm}} i et glas vand, jeg spiller bare et andet sted
Support: Det er selvfølgelig dit valg. Hvis det er svært at holde igen, kan du altid kontakte StopSpillet. Kupon {{neg:bet-slip|KUP-4408817}} fra i går er i øvrigt vundet, {{neg:amount|340 kr.}} er udbetalt.`),

  da("email", `Emne: Lottoklubben i Brøndby — uenighed om gevinst

Hej,
Vi er 14 i klubbens lottoklub. {{PERSON|Signe Aagaard}} har i 3 år spillet for os på sin konto. Nu har vi vundet {{neg:amount|312.600 kr.}}, og hun vil kun dele med dem, der har betalt via MobilePay i år. {{PERSON|Jógvan Joensen}} og jeg har betalt kontant i klubhuset. Kan I stoppe udbetalingen?

Der er {{neg:name-word|storm}} i klubhuset, kan I nok forstå.

Venlig hilsen
{{PERSON|Torben Vinding}}
{{PHONE|28 93 05 17}} · {{EMAIL|torben.vinding@example.dk}}`),

  da("chat", `Kunde: nogen har været inde på min konto, jeg har fået mail om ny adgangskode
Support: Jeg kan se et login {{neg:timestamp|2026-12-02 02:33:15}} fra {{IP_ADDRESS|2001:db8:61d:4::e2}}. Og et forsøg på at ændre e-mail til {{EMAIL|vinder2026@example.com}}. Var det dig?
Kunde: NEJ. min mail er {{EMAIL|c.kjaer@example.dk}}
Support: Den er uændret, ændringen blev stoppet. Jeg har logget alle enheder ud. Log ind med MitID og skift adgangskode. Telefonnummeret på kontoen er {{PHONE|+45 42 19 73 05}}, stemmer det?
Kunde: ja det er mit`),
]
