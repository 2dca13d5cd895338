// Holdout 8 corpus: Swedish, Danish, Norwegian and Finnish phrases.
import type { Phrases } from './locale.ts'

const FORM = (name: string, email: string, phone: string, msg: string, topic: string) => ({ name, email, phone, msg, topic })

export const SV: Phrases = {
  hi: 'Hej', agent: 'Handläggare', customer: 'Kund', bye: ['Med vänliga hälsningar', 'Vänliga hälsningar,', 'Mvh', 'Hälsningar,'],
  thanks: ['tack så mycket 🙏', 'toppen, tack!', 'okej tack 👍'], fillers: ['eh', 'öh', 'alltså', 'typ', 'liksom'],
  myName: ['jag heter {name}', 'det är {name} här', 'mitt namn är {name}'],
  reach: ['ni når mig på {phone}', 'ring mig på {phone}', 'mitt mobilnummer är {phone}'],
  mailMe: ['min mejl är {email}', 'skicka till {email}', 'e-post: {email}'],
  card: ['kortnummer {card}', 'jag betalade med kortet {card}'], iban: ['återbetala till IBAN {iban}', 'mitt konto: {iban}'],
  third: ['{name2} på kundtjänst lovade återkoppling', 'min sambo {name2} bokade resan', 'paketet kvitterades av {name2}'],
  airline: ['jag vill ändra bokning {ref} från {date} till {date2}, flyg {flight}', 'väskan kom aldrig med {flight}, bagagetagg {bag}, biljett {tkt}', 'jag fick ett värdebevis {voucher} på {amount} istället för återbetalning', 'flyget var försenat {dur} och vi missade anslutningen kl {time}'],
  shop: ['order {order} skulle levereras {date} men spårningen {track} står still', 'jag returnerade {order} den {date} och har inte fått tillbaka {amount}', 'rabattkoden {voucher} fungerade inte, summan blev {amount}', 'paketet {track} lämnades hos fel granne på {postcode}'],
  utility: ['mätarställningen är fel, mätare {meter} visar {kwh} och inte {kwh2}', 'vi flyttar den {date}, anläggnings-id {supply}, nytt postnummer {postcode}', 'fakturan på {amount} för kundnummer {acct} är för hög', 'elpriset {amount} {per} kWh stämmer inte med avtalet'],
  neg: ['kortet {badcard} är spärrat', 'IBAN {badiban} gick inte igenom', 'vi {bo} i lägenhet nu', 'priset {per} månad är {amount2}'],
  disclaimer: 'Detta e-postmeddelande kan innehålla konfidentiell information. Om du fått det av misstag, meddela avsändaren och radera det.',
  summary: 'Samtalssammanfattning (AI-genererad)', next: 'Nästa steg', form: FORM('Namn', 'E-post', 'Telefon', 'Meddelande', 'Ärende'),
}

export const DA: Phrases = {
  hi: 'Hej', agent: 'Medarbejder', customer: 'Kunde', bye: ['Med venlig hilsen', 'Venlig hilsen,', 'Mvh.', 'Hilsen'],
  thanks: ['tusind tak 🙏', 'super, tak!', 'ok tak 👍'], fillers: ['øh', 'altså', 'ikke', 'ligesom'],
  myName: ['jeg hedder {name}', 'det er {name}', 'mit navn er {name}'],
  reach: ['I kan ringe til mig på {phone}', 'mit mobilnummer er {phone}', 'ring venligst {phone}'],
  mailMe: ['min mail er {email}', 'send det til {email}'], card: ['kortnummer {card}', 'jeg betalte med {card}'], iban: ['refusion til IBAN {iban}', 'min konto: {iban}'],
  third: ['{name2} fra kundeservice lovede at ringe', 'min kone {name2} bestilte rejsen', 'pakken blev kvitteret af {name2}'],
  airline: ['jeg vil ændre booking {ref} fra {date} til {date2}, fly {flight}, sæde {seat}', 'min kuffert kom ikke med {flight}, bagagemærke {bag}', 'billetnummer {tkt} er annulleret, men {ref} er stadig aktiv'],
  shop: ['ordre {order} skulle leveres {date}, men {track} står stille', 'jeg sendte {order} retur {date} og mangler {amount}', 'rabatkoden {voucher} virker ikke'],
  utility: ['aflæsningen er forkert, måler {meter} viser {kwh} og ikke {kwh2}', 'vi flytter {date}, målepunkt {supply}, nyt postnummer {postcode}', 'regningen på {amount} for kundenummer {acct} er for høj'],
  neg: ['kortet {badcard} er spærret', 'IBAN {badiban} blev afvist', 'prisen {per} måned er {amount2}'],
  disclaimer: 'Denne e-mail kan indeholde fortrolige oplysninger. Hvis du har modtaget den ved en fejl, bedes du slette den.',
  summary: 'Opkaldsresumé (AI-genereret)', next: 'Næste skridt', form: FORM('Navn', 'E-mail', 'Telefon', 'Besked', 'Emne'),
}

export const NB: Phrases = {
  hi: 'Hei', agent: 'Rådgiver', customer: 'Kunde', bye: ['Med vennlig hilsen', 'Vennlig hilsen,', 'Mvh', 'Hilsen'],
  thanks: ['tusen takk 🙏', 'flott, takk!', 'ok takk 👍'], fillers: ['eh', 'altså', 'liksom', 'ehm'],
  myName: ['jeg heter {name}', 'det er {name} her', 'navnet mitt er {name}'],
  reach: ['dere når meg på {phone}', 'ring meg på {phone}', 'mobilen min er {phone}'],
  mailMe: ['e-posten min er {email}', 'send til {email}'], card: ['kortnummer {card}', 'betalte med {card}'], iban: ['refusjon til IBAN {iban}', 'kontoen min: {iban}'],
  third: ['{name2} i kundeservice sa det var ordnet', 'mannen min {name2} bestilte', 'pakken ble hentet av {name2}'],
  airline: ['jeg må endre bestilling {ref} fra {date} til {date2}, fly {flight}', 'bagen kom ikke med {flight}, bagasjelapp {bag}, billett {tkt}', 'vi fikk et verdikort {voucher} på {amount}'],
  shop: ['ordre {order} skulle komme {date}, sporing {track} står stille', 'returnerte {order} {date}, venter fortsatt på {amount}', 'pakken {track} ble levert til feil adresse i {postcode}'],
  utility: ['målerstanden er feil, måler {meter} viser {kwh}, ikke {kwh2}', 'vi flytter {date}, målepunkt-ID {supply}, nytt postnummer {postcode}', 'fakturaen på {amount} for kundenummer {acct} er altfor høy'],
  neg: ['kortet {badcard} er sperret', 'IBAN {badiban} ble avvist', 'strømprisen {per} kWh var {amount2}'],
  disclaimer: 'Denne e-posten kan inneholde konfidensiell informasjon. Har du mottatt den ved en feil, vennligst slett den.',
  summary: 'Samtalesammendrag (AI-generert)', next: 'Neste steg', form: FORM('Navn', 'E-post', 'Telefon', 'Melding', 'Emne'),
}

export const FI: Phrases = {
  hi: 'Hei', agent: 'Asiakaspalvelija', customer: 'Asiakas', bye: ['Ystävällisin terveisin', 'Terveisin,', 'T.', 'Kiittäen,'],
  thanks: ['kiitos paljon 🙏', 'selvä, kiitos!', 'ok kiitti 👍'], fillers: ['öö', 'niinku', 'tota', 'siis'],
  myName: ['nimeni on {name}', 'täällä {name}', 'olen {name}'],
  reach: ['minut tavoittaa numerosta {phone}', 'soittakaa numeroon {phone}', 'puhelinnumeroni on {phone}'],
  mailMe: ['sähköpostini on {email}', 'lähettäkää osoitteeseen {email}'], card: ['kortin numero {card}', 'maksoin kortilla {card}'], iban: ['palautus tilille {iban}', 'tilinumero: {iban}'],
  third: ['{name2} asiakaspalvelusta lupasi soittaa', 'puolisoni {name2} teki varauksen', 'paketin kuittasi {name2}'],
  airline: ['haluan muuttaa varauksen {ref} päivältä {date} päivälle {date2}, lento {flight}', 'laukkuni ei tullut lennolla {flight}, matkatavaratunniste {bag}, lippu {tkt}', 'sain arvosetelin {voucher}, arvo {amount}'],
  shop: ['tilauksen {order} piti tulla {date}, seuranta {track} ei liiku', 'palautin tilauksen {order} {date}, hyvitys {amount} puuttuu', 'alennuskoodi {voucher} ei toiminut'],
  utility: ['lukema on väärä, mittari {meter} näyttää {kwh} eikä {kwh2}', 'muutamme {date}, käyttöpaikka {supply}, uusi postinumero {postcode}', 'lasku {amount} asiakasnumerolle {acct} on liian suuri'],
  neg: ['kortti {badcard} on suljettu', 'IBAN {badiban} hylättiin', 'hinta {amount2} kuukaudessa'],
  disclaimer: 'Tämä viesti voi sisältää luottamuksellista tietoa. Jos sait sen vahingossa, ilmoita lähettäjälle ja poista viesti.',
  summary: 'Puhelun yhteenveto (tekoälyn laatima)', next: 'Jatkotoimet', form: FORM('Nimi', 'Sähköposti', 'Puhelin', 'Viesti', 'Aihe'),
}
