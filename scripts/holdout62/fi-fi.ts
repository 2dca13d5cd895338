// fi-FI texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("fi-FI")

export const FI_FI = [
  t("chat", `Kotiturva Vakuutus – Vahinkoilmoitus
[09:05] Sinä: hei, astianpesukone vuoti ja keittiön lattia on märkä
[09:06] {{PERSON|Riikka}} (Korvauspalvelu): Hei! Ikävä kuulla. Saisinko nimesi ja vakuutusnumeron?
[09:07] Sinä: {{PERSON|Mikko Korhonen}}, {{neg:policy-number|KT-4471-90218}}
[09:08] {{PERSON|Riikka}} (Korvauspalvelu): Kiitos {{PERSON|Mikko}}. Vahinkonumero on {{neg:claim-number|VN-2026-55103}}. Arvioija soittaa sinulle. Mihin numeroon?
[09:08] Sinä: {{PHONE|040 718 2264}}`),
  t("note", `Vahinko {{neg:claim-number|VN-2026-55340}}, murto varastoon. Vakuutettu {{PERSON|Aino Virtanen}}, Tampere {{neg:postcode|33100}}. Rikosilmoitus tehty {{neg:date|2. joulukuuta}}. Omavastuu {{neg:amount|200 €}}. Tavoittaa {{PHONE|050 332 9187}} klo {{neg:time|16.00}} jälkeen.`),
  t("email", `Aihe: Lyhennysvapaa asuntolaina {{neg:loan-number|AL 5520 1183 07}}

Hei,

Jäin lomautetuksi ja haen kuuden kuukauden lyhennysvapaata. Nykyinen lyhennys on {{neg:amount|612,40 €}} kuukaudessa. Puolisoni {{PERSON|Sergei Ivanov}} on myös lainassa mukana.

Minut tavoittaa numerosta {{PHONE|044 903 1172}}.

Ystävällisin terveisin
{{PERSON|Laura Heikkinen}}`),
  t("transcript", `NEUVOJA: Järvipankki asuntolainat, {{PERSON|Ville}} puhelimessa.
ASIAKAS: Hei, {{PERSON|Hanna Nieminen}} täällä. Haluan vaihtaa tilin, jolta lainanlyhennys veloitetaan.
NEUVOJA: Selvä. Mikä on uusi tilinumero?
ASIAKAS: {{IBAN|FI13 8000 1700 0143 82}}.
NEUVOJA: Kiitos. Entä puhelinnumero?
ASIAKAS: {{PHONE|nolla neljä nolla, kuusi kaksi yksi, kolme kolme viisi yhdeksän}}.
NEUVOJA: {{PHONE|040 621 3359}}, kirjattu.`),
  t("sms", `Aaltoverkko: Hei {{PERSON|Fatima}}! Laskusi {{neg:amount|29,90 €}} erääntyy {{neg:date|18.12.2026}}. Viite {{neg:reference|RF47 4471 2209 88}}. Kysyttävää? {{PHONE|0800 133 477}}`),
  t("ticket", `LASKUREKLAMAATIO
Asiakas: {{PERSON|Ali, Fatima}}
Liittymä: {{PHONE|045 612 0384}}
Asiakasnro: {{neg:customer-number|AV-7730188}}
Asia: veloitettu {{neg:amount|14,50 €}} dataa Venäjän rajalla {{neg:date|9.11.2026}}
Sähköposti: {{EMAIL|fatima.ali@posti.example}}
IP: {{IP_ADDRESS|2001:db8:c0a::2e}}`),
  t("chat", `Ruokakassi Suoraan – Asiakaspalvelu
Ruokakassi Botti: Hei! Miten voimme auttaa?
Asiakas: tilaus {{neg:order-number|RS-99214407}} puuttui maito ja leipä
{{PERSON|Emmi}} / Ruokakassi: Pahoittelut! Hyvitän {{neg:amount|4,18 €}}. Soittaako kuljettaja ensi kerralla etukäteen?
Asiakas: kyllä kiitos {{PHONE|+358 50 447 2106}}`),
  t("note", `Ruokakassi - reklamaatio. Asiakas {{PERSON|Pirkko Salminen}} (86), toimitus meni väärään rappuun. Täysi hyvitys {{neg:amount|68,30 €}}. Poika {{PERSON|Jukka}} hoitaa tiliä, soita {{PHONE|09 4472 1803}}.`),
  t("email", `Aihe: Tilauksen irtisanominen, SuoratoistoPlus

Hei,

Haluan irtisanoa tilaukseni {{neg:date|1. tammikuuta}} alkaen. Asiakasnumero {{neg:customer-number|SP-2209413}}. Älkää veloittako enää korttia {{CARD|5286 1477 0239 5537}}.

Terveisin
{{PERSON|Eero Lehtonen}}
{{EMAIL|eero.lehtonen@posti.example}}`),
  t("transcript", `vastaanotto hotelli järvenranta varaukset {{PERSON|noora}}
asiakas hei haluan lisätä yhden yön varaukseeni kuopiossa
vastaanotto mikä on varausnumero
asiakas {{neg:booking-ref|jr 5520 3}}
vastaanotto ja nimi
asiakas {{PERSON|abdullahi mohamed}}
vastaanotto kiitos lisään yön {{neg:date|20. joulukuuta}} ja lähetän vahvistuksen numeroon {{PHONE|nolla neljä viisi, kolme yksi yksi, kahdeksan seitsemän nolla kaksi}}
asiakas hienoa`),
  t("sms", `Tiepalvelu: Hei {{PERSON|Jari}}, hinausauto ({{PERSON|Pekka}}) on luonasi n. 40 min kuluttua. Tehtävä {{neg:reference|TP-5530187}}. Puh. {{PHONE|020 344 8800}}`),
  t("note", `Hinaus vt 4 Jyväskylän pohjoispuolella, rengasrikko. Vakuutettu {{PERSON|Juha Mäkinen}}, rek. {{neg:plate|KTX-418}}. Hinaus lähetetty klo {{neg:time|14.40}}. Puh. {{PHONE|040 555 2187}}. Vakuutus {{neg:policy-number|AJ 7730 2219}}.`),
  t("ticket", `LÖYTÖTAVARAT – Joukkoliikenne
Nimi: {{PERSON|Tiina Koskinen}}
Linja: raitiovaunu 7, {{neg:date|4. joulukuuta}}, noin klo {{neg:time|17.30}}
Esine: harmaa reppu ja kannettava
Puhelin: {{PHONE|050 402 7731}}
Sähköposti: {{EMAIL|tiina.koskinen@posti.example}}
Postinumero: {{neg:postcode|00530}}`),
  t("email", `Aihe: Maksusuunnitelma sähkölasku {{neg:invoice-number|SL-2026-440817}}

Hei {{PERSON|Satu}},

Kiitos puhelusta. Hyväksyn maksusuunnitelman, {{neg:amount|640,00 €}} neljässä erässä. Suoramaksu tililtä {{IBAN|FI56 4055 0010 3382 91}}. Ensimmäisessä viestissäni ollut {{neg:iban-checksum|FI67 4055 0010 3382 91}} oli väärin.

Terveisin
{{PERSON|Antti Rautio}}
{{PHONE|014 260 4418}}`),
  t("chat", `Keskussairaala – Poliklinikan ajanvaraus
[12:30] Sinä: pitää siirtää isäni aika silmäpoliklinikalle
[12:31] {{PERSON|Johanna}} (Ajanvaraus): Onnistuu. Nimi ja syntymäaika?
[12:31] Sinä: {{PERSON|Raimo Hämäläinen}}, {{neg:date|8.3.1942}}
[12:33] {{PERSON|Johanna}} (Ajanvaraus): Uusi aika {{neg:date|15. tammikuuta}} klo {{neg:time|10.45}}. Vahvistus tekstiviestillä numeroon {{PHONE|044 771 3092}}.`),
  t("sms", `Keskussairaala: Muistutus ajastasi ihotautien poliklinikalla {{neg:date|12.12.2026}} klo {{neg:time|9.15}}. Peruutukset: {{PHONE|03 311 64 000}}.`),
]
