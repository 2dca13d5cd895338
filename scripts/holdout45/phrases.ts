// What each business's customers and agents say, per language; `{role}` is a value filled in by the writer.
import { PHRASES_B } from "./phrases-b.ts"
import { PHRASES_C } from "./phrases-c.ts"

export interface Phrases {
  hi: string; bye: string; agentHi: string; askName: string; askPhone: string; askEmail: string; ok: string
  call: string; or: string; mail: string; tel: string; tel2: string; hos: string; hos2: string; car: string; car2: string
  lot: string; lot2: string; payout: string; acct: string; card: string; masked: string; declined: string; bounced: string
  vm: string; vmNum: string; vmBye: string; status: string; subject: string
  lbl: Record<"name" | "phone" | "email" | "message" | "date" | "amount" | "invoice" | "member" | "order" | "part" | "tracking" | "player" | "selfex", string>
}

const EN: Phrases = {
  hi: "Hi {name},", bye: "Kind regards,", agentHi: "Hello, you're through to {biz}, how can I help?", askName: "Can I take your full name please?",
  askPhone: "And the best number to reach you on?", askEmail: "And an email address for the confirmation?", ok: "Perfect, thank you.",
  call: "Please call me back on {phone}.", or: "or", mail: "You can also email me at {email}.",
  tel: "I'd like to move my number {phone} onto an eSIM. The old SIM's ICCID is {iccid} and the new phone's EID is {eid}.",
  tel2: "My porting code is {pac} and the handset IMEI is {imei}.",
  hos: "Invoice {invoice} for procedure {procedure} came to {amount}, and my insurer's member number is {member}.",
  hos2: "I was seen by {doctor} on {date}.",
  car: "Order {order}: the part {part} doesn't fit my car, VIN {vin}.", car2: "Parcel {tracking} shows as delivered on {date} but nothing arrived.",
  lot: "Please put a self-exclusion on my account {player}, your reference was {selfex}.", lot2: "Ticket {ticket} won {amount}.",
  payout: "Please pay it to my IBAN {iban}.", acct: "Please pay it into my account {bank}.", card: "The card on file is {card}.",
  masked: "It was charged to the card {masked}.", declined: "The card {luhn} was declined.", bounced: "The IBAN {badiban} came back as invalid.",
  vm: "Hi, this is {name} calling about {ref}.", vmNum: "My number is {phone}.", vmBye: "Thanks, bye.",
  status: "Status for {ref}: processed on {date}.", subject: "Re: your enquiry",
  lbl: { name: "Name", phone: "Phone", email: "Email", message: "Message", date: "Date", amount: "Amount", invoice: "Invoice", member: "Member ID", order: "Order", part: "Part no.", tracking: "Tracking", player: "Player ID", selfex: "Self-exclusion ref" },
}

const SV: Phrases = {
  hi: "Hej {name},", bye: "Med vänliga hälsningar,", agentHi: "Hej, du har kommit till {biz}, vad kan jag hjälpa till med?", askName: "Kan jag få ditt fullständiga namn?",
  askPhone: "Och vilket nummer når vi dig på?", askEmail: "Och en e-postadress för bekräftelsen?", ok: "Perfekt, tack.",
  call: "Ring mig gärna tillbaka på {phone}.", or: "eller", mail: "Du kan också mejla mig på {email}.",
  tel: "Jag vill flytta mitt nummer {phone} till ett eSIM. Det gamla SIM-kortets ICCID är {iccid} och den nya telefonens EID är {eid}.",
  tel2: "Min flyttkod är {pac} och telefonens IMEI är {imei}.",
  hos: "Faktura {invoice} för åtgärd {procedure} blev {amount}, och mitt medlemsnummer hos försäkringen är {member}.",
  hos2: "Jag träffade {doctor} den {date}.",
  car: "Order {order}: delen {part} passar inte min bil, VIN {vin}.", car2: "Paketet {tracking} står som levererat {date} men inget har kommit.",
  lot: "Jag vill stänga av mig själv på kontot {player}, ert ärendenummer var {selfex}.", lot2: "Lotten {ticket} vann {amount}.",
  payout: "Betala gärna till mitt IBAN {iban}.", acct: "Betala gärna till mitt konto {bank}.", card: "Kortet vi har sparat är {card}.",
  masked: "Det drogs från kortet {masked}.", declined: "Kortet {luhn} nekades.", bounced: "IBAN {badiban} kom tillbaka som ogiltigt.",
  vm: "Hej, det är {name} som ringer om {ref}.", vmNum: "Mitt nummer är {phone}.", vmBye: "Tack, hej då.",
  status: "Status för {ref}: behandlat {date}.", subject: "Sv: ditt ärende",
  lbl: { name: "Namn", phone: "Telefon", email: "E-post", message: "Meddelande", date: "Datum", amount: "Belopp", invoice: "Faktura", member: "Medlemsnr", order: "Order", part: "Artikelnr", tracking: "Kollinr", player: "Spelar-ID", selfex: "Avstängningsref" },
}

const FI: Phrases = {
  hi: "Hei {name},", bye: "Ystävällisin terveisin,", agentHi: "{biz}, hyvää päivää, miten voin auttaa?", askName: "Saisinko koko nimesi?",
  askPhone: "Mihin numeroon sinut tavoittaa parhaiten?", askEmail: "Entä sähköpostiosoite vahvistusta varten?", ok: "Selvä, kiitos.",
  call: "Soittakaa minulle takaisin numeroon {phone}.", or: "tai", mail: "Voitte myös lähettää sähköpostia osoitteeseen {email}.",
  tel: "Haluan siirtää numeroni {phone} eSIMille. Vanhan SIM-kortin ICCID on {iccid} ja uuden puhelimen EID on {eid}.",
  tel2: "Siirtokoodini on {pac} ja puhelimen IMEI on {imei}.",
  hos: "Lasku {invoice} toimenpiteestä {procedure} oli {amount}, ja vakuutusyhtiön jäsennumeroni on {member}.",
  hos2: "Minut hoiti {doctor} {date}.",
  car: "Tilaus {order}: osa {part} ei sovi autooni, VIN {vin}.", car2: "Paketti {tracking} näkyy toimitettuna {date}, mutta mitään ei tullut.",
  lot: "Laittakaa tililleni {player} pelikielto, viitteenne oli {selfex}.", lot2: "Arpa {ticket} voitti {amount}.",
  payout: "Maksakaa se IBAN-tililleni {iban}.", acct: "Maksakaa se tililleni {bank}.", card: "Tallennettu kortti on {card}.",
  masked: "Veloitus tehtiin kortilta {masked}.", declined: "Kortti {luhn} hylättiin.", bounced: "IBAN {badiban} palautui virheellisenä.",
  vm: "Hei, täällä {name}, soitan asiasta {ref}.", vmNum: "Numeroni on {phone}.", vmBye: "Kiitos, moi.",
  status: "Tila {ref}: käsitelty {date}.", subject: "Vs: yhteydenottosi",
  lbl: { name: "Nimi", phone: "Puhelin", email: "Sähköposti", message: "Viesti", date: "Päivä", amount: "Summa", invoice: "Lasku", member: "Jäsennro", order: "Tilaus", part: "Osanumero", tracking: "Lähetystunnus", player: "Pelaajatunnus", selfex: "Pelikieltoviite" },
}

const ET: Phrases = {
  hi: "Tere {name},", bye: "Lugupidamisega,", agentHi: "Tere, {biz} klienditugi, kuidas saan aidata?", askName: "Kas saaksin teie täisnime?",
  askPhone: "Ja mis numbril teid kõige paremini kätte saab?", askEmail: "Ja e-posti aadress kinnituse jaoks?", ok: "Suurepärane, aitäh.",
  call: "Palun helistage mulle tagasi numbril {phone}.", or: "või", mail: "Võite kirjutada ka aadressil {email}.",
  tel: "Soovin viia oma numbri {phone} üle eSIMile. Vana SIM-kaardi ICCID on {iccid} ja uue telefoni EID on {eid}.",
  tel2: "Minu numbri ülekande kood on {pac} ja telefoni IMEI on {imei}.",
  hos: "Arve {invoice} protseduuri {procedure} eest oli {amount}, kindlustuse liikmenumber on {member}.",
  hos2: "Mind vaatas {doctor} {date}.",
  car: "Tellimus {order}: detail {part} ei sobi mu autole, VIN {vin}.", car2: "Pakk {tracking} on märgitud kättetoimetatuks {date}, aga midagi ei tulnud.",
  lot: "Palun pange mu kontole {player} enesevälistus, teie viide oli {selfex}.", lot2: "Pilet {ticket} võitis {amount}.",
  payout: "Palun makske see minu IBANile {iban}.", acct: "Palun makske see minu kontole {bank}.", card: "Salvestatud kaart on {card}.",
  masked: "Summa võeti kaardilt {masked}.", declined: "Kaart {luhn} lükati tagasi.", bounced: "IBAN {badiban} tuli tagasi kehtetuna.",
  vm: "Tere, siin {name}, helistan asjas {ref}.", vmNum: "Minu number on {phone}.", vmBye: "Aitäh, head aega.",
  status: "Olek {ref}: töödeldud {date}.", subject: "Vs: teie pöördumine",
  lbl: { name: "Nimi", phone: "Telefon", email: "E-post", message: "Sõnum", date: "Kuupäev", amount: "Summa", invoice: "Arve", member: "Liikmenr", order: "Tellimus", part: "Detaili nr", tracking: "Saadetis", player: "Mängija ID", selfex: "Enesevälistuse viide" },
}

const PL: Phrases = {
  hi: "Dzień dobry {name},", bye: "Z poważaniem,", agentHi: "Dzień dobry, tu {biz}, w czym mogę pomóc?", askName: "Czy mogę prosić o imię i nazwisko?",
  askPhone: "A pod jakim numerem najlepiej się skontaktować?", askEmail: "I adres e-mail do potwierdzenia?", ok: "Świetnie, dziękuję.",
  call: "Proszę o telefon pod numer {phone}.", or: "lub", mail: "Można też pisać na {email}.",
  tel: "Chcę przenieść numer {phone} na eSIM. ICCID starej karty to {iccid}, a EID nowego telefonu to {eid}.",
  tel2: "Mój kod przeniesienia to {pac}, a IMEI telefonu {imei}.",
  hos: "Faktura {invoice} za zabieg {procedure} wyniosła {amount}, a mój numer członkowski u ubezpieczyciela to {member}.",
  hos2: "Przyjmował mnie {doctor} {date}.",
  car: "Zamówienie {order}: część {part} nie pasuje do mojego auta, VIN {vin}.", car2: "Paczka {tracking} ma status doręczonej {date}, ale nic nie dotarło.",
  lot: "Proszę o samowykluczenie na koncie {player}, wasz numer zgłoszenia to {selfex}.", lot2: "Kupon {ticket} wygrał {amount}.",
  payout: "Proszę o wypłatę na mój IBAN {iban}.", acct: "Proszę o wypłatę na konto {bank}.", card: "Zapisana karta to {card}.",
  masked: "Obciążono kartę {masked}.", declined: "Karta {luhn} została odrzucona.", bounced: "IBAN {badiban} wrócił jako nieprawidłowy.",
  vm: "Dzień dobry, tu {name}, dzwonię w sprawie {ref}.", vmNum: "Mój numer to {phone}.", vmBye: "Dziękuję, do widzenia.",
  status: "Status {ref}: przetworzono {date}.", subject: "Odp: Pana/Pani zgłoszenie",
  lbl: { name: "Imię i nazwisko", phone: "Telefon", email: "E-mail", message: "Wiadomość", date: "Data", amount: "Kwota", invoice: "Faktura", member: "Nr członkowski", order: "Zamówienie", part: "Nr części", tracking: "Nr przesyłki", player: "ID gracza", selfex: "Nr samowykluczenia" },
}

export const PHRASES: Record<string, Phrases> = { en: EN, sv: SV, fi: FI, et: ET, pl: PL, ...PHRASES_B, ...PHRASES_C }
