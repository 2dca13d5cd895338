// Norwegian (Bokmål) and Finnish.
import type { Pack } from "./pack.ts"

export const NB: Pack = {
  digits: "nb", roles: ["Agent", "Kunde"], title: () => "",
  hi: ["Hei {X},", "Hei {X}!", "Hallo {X}"], bye: ["Med vennlig hilsen", "Mvh", "Hilsen"],
  subj: "Emne", wrote: "{date} kl. {time} skrev {A} <{aem}>:", tel: ["Tlf:", "tlf", "Mob:", "mob", "WhatsApp"], ext: "intern",
  vm: "Talemelding fra {ph}, {date} kl. {time}", cb: "Ring tilbake", sum: "Samtalesammendrag",
  open: "{biz}, du snakker med {Ag}, hva kan jeg hjelpe med?",
  ask: ["Hvilket nummer kan vi ringe deg på?", "Takk for at du tok kontakt, hva gjelder det?", "Kan du stave etternavnet?"],
  say: [
    "kan dere ringe meg på {ph}? passer best etter {time}",
    "Mobilen min er {ph2}, nei unnskyld, det er {ph}.",
    "Send tilbudet på {svc} til {em} og kopi til {T}.",
    "Refusjonen for {r1} kan gå til kontoen min {iban}",
    "Jeg betaler depositum på {amt} med kort {card} utløp {exp}",
    "Er jeg ikke hjemme er {T} der, nummeret til {Tg} er {ph2}.",
    "Nummeret på brevet er {rd}, og vi har time {date}.",
    "Jeg snakket med {K} forrige uke om {svc} men ingen ringte tilbake.",
    "Svar gjerne [[nw:per]] e-post, jeg er på jobb til {time}.",
    "Det nye kortet {badcard} ble avvist, bruk det som slutter på {mask}",
  ],
  note: [
    "Kunden ringte om {svc}, vil bli ringt på {ph} etter {time}.",
    "Bekreftet {date} kl. {time}, {Kg} tar jobben. Ref {r1}.",
    "Refusjon {amt} til konto {iban}, sjekket av {K}.",
    "Alternativ kontakt {T} på {ph2}; e-post {em}.",
    "Innlogging fra {ip}, app {ver}; sak {case}.",
    "Kontonr. på skjemaet {badiban} stemmer ikke, ba {Cg} sende på nytt.",
    "Kunden vil ha svar [[nw:per]] sms. Brevref {rd}.",
  ],
  bare: ["Jobb {r1} flyttet til {date} kl. {time}.", "Faktura {r2} på {amt} er betalt.", "Ref {rd} notert, postnr. {pc}.", "Sak {case} lukket, app {ver}."],
  um: ["eh", "ehm", "ja altså"], fields: ["Kontakt", "Telefon", "E-post", "Notat"],
  svc: {
    piano: ["pianostemmingen", "reparasjonen av flygelet", "de klebrige tangentene"], bridal: ["brudekjoleprøven", "endringene på kjolen", "sløret"],
    window: ["vinduspussen", "takrennerensen", "vask av vinterhagen"], septic: ["tømming av septiktanken", "tankkontrollen", "slamtømmingen"],
  },
}

export const FI: Pack = {
  digits: "fi", roles: ["Asiakaspalvelu", "Asiakas"], title: () => "",
  hi: ["Hei {X},", "Moi {X}!", "Hyvä {X},"], bye: ["Ystävällisin terveisin", "Terveisin", "t."],
  subj: "Aihe", wrote: "{date} klo {time} {A} <{aem}> kirjoitti:", tel: ["Puh.", "puh", "p.", "GSM", "WhatsApp"], ext: "alanumero",
  vm: "Vastaajaviesti numerosta {ph}, {date} klo {time}", cb: "Soittopyyntö", sum: "Puhelun yhteenveto",
  open: "{biz}, {Ag} puhelimessa, miten voin auttaa?",
  ask: ["Mihin numeroon voimme soittaa takaisin?", "Kiitos yhteydenotosta, miten voimme auttaa?", "Voisitteko tavata sukunimen?"],
  say: [
    "voisitteko soittaa numeroon {ph}, klo {time} jälkeen sopii",
    "Mun numero on {ph2}, ei kun sori, se on {ph}.",
    "Lähettäkää tarjous osoitteeseen {em}, kopio myös {T}, kiitos.",
    "Hyvitys tilaukselle {r1} tilille {iban} kiitos",
    "Maksan {amt} ennakon kortilla {card} voimassa {exp}",
    "Jos en ole kotona, {T} on paikalla, {Tg} vastaa numerosta {ph2}.",
    "Kirjeessä on numero {rd} ja aika on {date}.",
    "{K} lupasi viime viikolla soittaa takaisin, mutta kukaan ei soittanut.",
    "Se oli kuin [[nw:satu]], kiitos! Olen töissä klo {time} asti.",
    "Uusi kortti {badcard} hylättiin, käyttäkää korttia {mask}",
  ],
  note: [
    "As. soitti: {svc}, soittopyyntö numeroon {ph} klo {time} jälkeen.",
    "Vahvistettu {date} klo {time}, {Kg} menee. Viite {r1}.",
    "Hyvitys {amt} tilille {iban}, tarkisti {K}.",
    "Varayhteyshenkilö {T} puh. {ph2}; sposti {em}.",
    "Kirjautuminen osoitteesta {ip}, sovellus {ver}; tiketti {case}.",
    "Lomakkeen tilinumero {badiban} ei täsmää, pyydetty {Cg} lähettämään uudelleen.",
    "Asiakkaalla kävi hyvä [[nw:onni]], säiliö ehjä. Viite {rd}.",
  ],
  bare: ["Työ {r1} siirretty {date} klo {time}.", "Lasku {r2} ({amt}) maksettu.", "Viite {rd} kirjattu, postinumero {pc}.", "Tiketti {case} suljettu, versio {ver}."],
  um: ["öö", "tota", "niin"], fields: ["Yhteyshenkilö", "Puhelin", "Sähköposti", "Muistiinpano"],
  svc: {
    piano: ["pianon virityksestä", "flyygelin korjauksesta", "jumittavista koskettimista"], bridal: ["hääpuvun sovituksesta", "puvun muutostöistä", "hunnusta"],
    window: ["ikkunanpesusta", "rännien puhdistuksesta", "lasikuistin pesusta"], septic: ["saostuskaivon tyhjennyksestä", "kaivon tarkastuksesta", "umpisäiliön imusta"],
  },
}
