// fi-FI texts: written one by one (sähköverkkoyhtiön vikailmoitukset, puutarhakeskus, keittiöasennus, valokuvatilaukset,
// piilolinssitilaus, taksisovelluksen löytötavarat, kirjakauppa, rengasliike, potilaskuljetus).
import { mk } from "./markup.ts"

const t = mk("fi-FI")

export const FI_FI = [
  t("transcript", `asiakaspalvelu: sähköverkko järvi-suomi vikailmoitukset {{PERSON|hanna}} puhelimessa
soittaja: hei täällä {{PERSON|pekka mäkinen}} joutsasta meillä ei ole ollut sähköä kahteen tuntiin
asiakaspalvelu: joo alueella on vika puu kaatui linjalle asentajat on matkalla
soittaja: voitteko laittaa tekstiviestin kun sähköt palaa
asiakaspalvelu: totta kai mihin numeroon
soittaja: {{PHONE|nolla neljä nolla, viisi seitsemän yksi, kaksi kaksi kahdeksan yhdeksän}}
asiakaspalvelu: {{PHONE|040 571 2289}} selvä`),
  t("email", `Aihe: Toimitus – tilaus {{neg:order-number|PK-88213}}

Hei {{PERSON|Riikka}},

Tilaamasi kuuset ja multasäkit toimitetaan {{neg:date|11.12.2026}} klo {{neg:time|9.00}}–{{neg:time|12.00}}. Kuljettajamme {{PERSON|Jari}} soittaa numeroon {{PHONE|050 318 4472}} ennen saapumista. Toimitus tehdään, jos {{neg:name-word|lumi}} sallii.

Ystävällisin terveisin
{{PERSON|Tiina Laaksonen}}
Puutarhakeskus Kielo
{{EMAIL|toimitukset@kielo.example.com}}
{{PHONE|09 4257 1180}}`),
  t("chat", `Kuvapaja – asiakaspalvelu
Sinä: hei, tilasin kuvakirjan mutta kansi on väärin päin
{{PERSON|Aleksi}} (Kuvapaja): Hei! Pahoittelut. Mikä on tilausnumero?
Sinä: {{neg:order-number|KP-5530218}}
{{PERSON|Aleksi}} (Kuvapaja): Kiitos. Teemme uuden veloituksetta. Toimitusosoite on {{PERSON|Aino Heikkilä}}, Tampere?
Sinä: kyllä
{{PERSON|Aleksi}} (Kuvapaja): Hienoa, se lähtee huomenna 📦`),
  t("ticket", `Näkö Optiikka – piilolinssitilaus
Asiakas: {{PERSON|Virtanen, Juha}}
Tilisiirto: {{IBAN|FI11 4234 5000 3729 16}}
Summa: {{neg:amount|84,00 €}}
Puhelin: {{PHONE|+358 44 219 8830}}
Sähköposti: {{EMAIL|juha.virtanen@example.net}}
Kirjautumis-IP: {{IP_ADDRESS|2001:db8:ff00::8}}`),
  t("sms", `Taksi Heti: Hei {{PERSON|Mikko}}, kuljettaja {{PERSON|Ahmed}} löysi puhelimesi. Nouto toimistolta, Ratapihantie, {{neg:date|15.12}}. asti. Lisätietoja {{PHONE|00358 9 4257 1199}}`),
  t("note", `Rengaspiste Oulu {{neg:date|2.12.2026}}: asiakas {{PERSON|Sirpa Kemppainen}} renkaanvaihto + kausisäilytys, {{neg:amount|95 €}}. Rekisteri {{neg:plate|KTV-418}}. Puh. {{PHONE|045 612 7730}}. Seuraava vaihto keväällä, muistutus tekstiviestillä.`),
  t("ticket", `Potilaskuljetus – tilaus
Potilas: {{PERSON|Lindqvist, Gunnar}}
Syntynyt: {{neg:date|24.05.1941}}
Kuljetus: koti → Meilahden sairaala, {{neg:date|9.12.2026}} klo {{neg:time|10.30}}
Osoite: Mäkelänkatu 12 B 4, {{neg:postcode|00510}} Helsinki
Yhteyshenkilö: tytär {{PERSON|Marjatta Lindqvist}} {{PHONE|040 882 1163}}`),
]
