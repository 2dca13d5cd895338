// Czech, Romanian, Croatian, Greek and Turkish phrases (see phrases.ts).
import type { Phrases } from "./phrases.ts"

const CS: Phrases = {
  hi: "Dobrý den, {name},", bye: "S pozdravem", agentHi: "Dobrý den, {biz}, jak vám mohu pomoci?", askName: "Můžete mi říct celé jméno?",
  askPhone: "A na jakém čísle vás zastihneme?", askEmail: "A e-mail pro potvrzení?", ok: "Výborně, děkuji.",
  call: "Prosím zavolejte mi zpět na {phone}.", or: "nebo", mail: "Můžete mi také napsat na {email}.",
  tel: "Chci převést číslo {phone} na eSIM. ICCID staré SIM je {iccid} a EID nového telefonu je {eid}.",
  tel2: "Můj kód pro přenesení je {pac} a IMEI telefonu {imei}.",
  hos: "Faktura {invoice} za výkon {procedure} činí {amount}, číslo pojištěnce u pojišťovny je {member}.",
  hos2: "Ošetřoval mě {doctor} dne {date}.",
  car: "Objednávka {order}: díl {part} nesedí na moje auto, VIN {vin}.", car2: "Zásilka {tracking} je vedená jako doručená {date}, ale nic nepřišlo.",
  lot: "Prosím o sebevyloučení na účtu {player}, vaše číslo žádosti bylo {selfex}.", lot2: "Tiket {ticket} vyhrál {amount}.",
  payout: "Prosím o výplatu na můj IBAN {iban}.", acct: "Prosím o výplatu na účet {bank}.", card: "Uložená karta je {card}.",
  masked: "Platba proběhla z karty {masked}.", declined: "Karta {luhn} byla zamítnuta.", bounced: "IBAN {badiban} se vrátil jako neplatný.",
  vm: "Dobrý den, tady {name}, volám kvůli {ref}.", vmNum: "Moje číslo je {phone}.", vmBye: "Děkuji, na shledanou.",
  status: "Stav {ref}: zpracováno {date}.", subject: "Re: váš požadavek",
  lbl: { name: "Jméno", phone: "Telefon", email: "E-mail", message: "Zpráva", date: "Datum", amount: "Částka", invoice: "Faktura", member: "Číslo pojištěnce", order: "Objednávka", part: "Číslo dílu", tracking: "Číslo zásilky", player: "ID hráče", selfex: "Č. sebevyloučení" },
}

const RO: Phrases = {
  hi: "Bună ziua, {name},", bye: "Cu stimă,", agentHi: "Bună ziua, {biz}, cu ce vă pot ajuta?", askName: "Îmi puteți spune numele complet?",
  askPhone: "Și la ce număr vă putem contacta?", askEmail: "Și o adresă de e-mail pentru confirmare?", ok: "Perfect, mulțumesc.",
  call: "Vă rog să mă sunați înapoi la {phone}.", or: "sau", mail: "Îmi puteți scrie și la {email}.",
  tel: "Vreau să mut numărul {phone} pe un eSIM. ICCID-ul cartelei vechi este {iccid}, iar EID-ul telefonului nou este {eid}.",
  tel2: "Codul de portare este {pac}, iar IMEI-ul telefonului {imei}.",
  hos: "Factura {invoice} pentru procedura {procedure} a fost de {amount}, iar numărul meu de asigurat este {member}.",
  hos2: "Am fost consultat de {doctor} pe {date}.",
  car: "Comanda {order}: piesa {part} nu se potrivește la mașina mea, VIN {vin}.", car2: "Coletul {tracking} apare livrat pe {date}, dar n-a venit nimic.",
  lot: "Vă rog să activați autoexcluderea pe contul {player}, referința voastră a fost {selfex}.", lot2: "Biletul {ticket} a câștigat {amount}.",
  payout: "Vă rog să plătiți în IBAN-ul meu {iban}.", acct: "Vă rog să plătiți în contul {bank}.", card: "Cardul salvat este {card}.",
  masked: "S-a debitat cardul {masked}.", declined: "Cardul {luhn} a fost refuzat.", bounced: "IBAN-ul {badiban} a fost respins ca invalid.",
  vm: "Bună ziua, sunt {name} și sun în legătură cu {ref}.", vmNum: "Numărul meu este {phone}.", vmBye: "Mulțumesc, la revedere.",
  status: "Stare {ref}: procesat pe {date}.", subject: "Re: solicitarea dvs.",
  lbl: { name: "Nume", phone: "Telefon", email: "E-mail", message: "Mesaj", date: "Data", amount: "Suma", invoice: "Factura", member: "Nr. asigurat", order: "Comanda", part: "Cod piesă", tracking: "AWB", player: "ID jucător", selfex: "Ref. autoexcludere" },
}

const HR: Phrases = {
  hi: "Poštovani {name},", bye: "Lijep pozdrav,", agentHi: "Dobar dan, {biz}, kako vam mogu pomoći?", askName: "Mogu li dobiti vaše puno ime?",
  askPhone: "Na koji vas broj možemo dobiti?", askEmail: "I e-mail adresu za potvrdu?", ok: "Odlično, hvala.",
  call: "Molim nazovite me na {phone}.", or: "ili", mail: "Možete mi pisati i na {email}.",
  tel: "Želim prebaciti broj {phone} na eSIM. ICCID stare SIM kartice je {iccid}, a EID novog mobitela je {eid}.",
  tel2: "Moj kod za prijenos broja je {pac}, a IMEI mobitela {imei}.",
  hos: "Račun {invoice} za zahvat {procedure} iznosi {amount}, a moj broj osiguranika je {member}.",
  hos2: "Pregledao me {doctor} dana {date}.",
  car: "Narudžba {order}: dio {part} ne odgovara mom autu, VIN {vin}.", car2: "Paket {tracking} je označen kao dostavljen {date}, ali ništa nije stiglo.",
  lot: "Molim samoisključenje za račun {player}, vaša referenca je bila {selfex}.", lot2: "Listić {ticket} je dobio {amount}.",
  payout: "Molim isplatu na moj IBAN {iban}.", acct: "Molim isplatu na račun {bank}.", card: "Spremljena kartica je {card}.",
  masked: "Terećena je kartica {masked}.", declined: "Kartica {luhn} je odbijena.", bounced: "IBAN {badiban} je vraćen kao neispravan.",
  vm: "Dobar dan, ovdje {name}, zovem zbog {ref}.", vmNum: "Moj broj je {phone}.", vmBye: "Hvala, doviđenja.",
  status: "Status {ref}: obrađeno {date}.", subject: "Re: vaš upit",
  lbl: { name: "Ime i prezime", phone: "Telefon", email: "E-pošta", message: "Poruka", date: "Datum", amount: "Iznos", invoice: "Račun", member: "Br. osiguranika", order: "Narudžba", part: "Br. dijela", tracking: "Br. pošiljke", player: "ID igrača", selfex: "Ref. samoisključenja" },
}

const EL: Phrases = {
  hi: "Γεια σας {name},", bye: "Με εκτίμηση,", agentHi: "Καλημέρα, {biz}, πώς μπορώ να βοηθήσω;", askName: "Μπορώ να έχω το ονοματεπώνυμό σας;",
  askPhone: "Και σε ποιο τηλέφωνο μπορούμε να σας βρούμε;", askEmail: "Και ένα email για την επιβεβαίωση;", ok: "Τέλεια, ευχαριστώ.",
  call: "Παρακαλώ καλέστε με στο {phone}.", or: "ή", mail: "Μπορείτε επίσης να μου γράψετε στο {email}.",
  tel: "Θέλω να μεταφέρω τον αριθμό {phone} σε eSIM. Το ICCID της παλιάς κάρτας είναι {iccid} και το EID του νέου κινητού {eid}.",
  tel2: "Ο κωδικός φορητότητας είναι {pac} και το IMEI της συσκευής {imei}.",
  hos: "Το τιμολόγιο {invoice} για την πράξη {procedure} ήταν {amount}, και ο αριθμός μέλους στην ασφαλιστική είναι {member}.",
  hos2: "Με εξέτασε ο/η {doctor} στις {date}.",
  car: "Παραγγελία {order}: το ανταλλακτικό {part} δεν ταιριάζει στο αυτοκίνητό μου, VIN {vin}.", car2: "Το δέμα {tracking} φαίνεται παραδομένο στις {date}, αλλά δεν ήρθε τίποτα.",
  lot: "Παρακαλώ βάλτε αυτοαποκλεισμό στον λογαριασμό {player}, ο αριθμός αιτήματος ήταν {selfex}.", lot2: "Το δελτίο {ticket} κέρδισε {amount}.",
  payout: "Παρακαλώ πληρώστε στο IBAN μου {iban}.", acct: "Παρακαλώ πληρώστε στον λογαριασμό {bank}.", card: "Η αποθηκευμένη κάρτα είναι {card}.",
  masked: "Χρεώθηκε η κάρτα {masked}.", declined: "Η κάρτα {luhn} απορρίφθηκε.", bounced: "Το IBAN {badiban} επεστράφη ως άκυρο.",
  vm: "Γεια σας, είμαι ο/η {name} και καλώ για {ref}.", vmNum: "Το τηλέφωνό μου είναι {phone}.", vmBye: "Ευχαριστώ, γεια σας.",
  status: "Κατάσταση {ref}: επεξεργάστηκε στις {date}.", subject: "Απ: το αίτημά σας",
  lbl: { name: "Ονοματεπώνυμο", phone: "Τηλέφωνο", email: "Email", message: "Μήνυμα", date: "Ημερομηνία", amount: "Ποσό", invoice: "Τιμολόγιο", member: "Αρ. μέλους", order: "Παραγγελία", part: "Κωδ. ανταλλακτικού", tracking: "Αρ. αποστολής", player: "ID παίκτη", selfex: "Αρ. αυτοαποκλεισμού" },
}

const TR: Phrases = {
  hi: "Merhaba {name},", bye: "Saygılarımla,", agentHi: "Merhaba, {biz}, size nasıl yardımcı olabilirim?", askName: "Adınızı ve soyadınızı alabilir miyim?",
  askPhone: "Size hangi numaradan ulaşabiliriz?", askEmail: "Onay için bir e-posta adresi alabilir miyim?", ok: "Tamamdır, teşekkürler.",
  call: "Lütfen beni {phone} numarasından geri arayın.", or: "veya", mail: "Bana {email} adresinden de yazabilirsiniz.",
  tel: "{phone} numaramı eSIM'e taşımak istiyorum. Eski SIM kartın ICCID'si {iccid}, yeni telefonun EID'si {eid}.",
  tel2: "Taşıma kodum {pac}, telefonun IMEI'si {imei}.",
  hos: "{procedure} işlemi için {invoice} numaralı fatura {amount} tuttu, sigorta üye numaram {member}.",
  hos2: "{date} tarihinde {doctor} tarafından muayene edildim.",
  car: "Sipariş {order}: {part} parçası aracıma uymuyor, şasi no (VIN) {vin}.", car2: "{tracking} numaralı kargo {date} tarihinde teslim edildi görünüyor ama hiçbir şey gelmedi.",
  lot: "Lütfen {player} hesabıma kendini dışlama uygulayın, referans numaranız {selfex} idi.", lot2: "{ticket} numaralı bilet {amount} kazandı.",
  payout: "Lütfen {iban} IBAN'ıma ödeyin.", acct: "Lütfen {bank} hesabıma ödeyin.", card: "Kayıtlı kart {card}.",
  masked: "Ödeme {masked} kartından çekildi.", declined: "{luhn} numaralı kart reddedildi.", bounced: "{badiban} IBAN'ı geçersiz olarak geri döndü.",
  vm: "Merhaba, ben {name}, {ref} hakkında arıyorum.", vmNum: "Numaram {phone}.", vmBye: "Teşekkürler, iyi günler.",
  status: "{ref} durumu: {date} tarihinde işlendi.", subject: "Ynt: talebiniz",
  lbl: { name: "Ad Soyad", phone: "Telefon", email: "E-posta", message: "Mesaj", date: "Tarih", amount: "Tutar", invoice: "Fatura", member: "Üye no", order: "Sipariş", part: "Parça no", tracking: "Kargo takip no", player: "Oyuncu ID", selfex: "Dışlama ref." },
}

export const PHRASES_B: Record<string, Phrases> = { cs: CS, ro: RO, hr: HR, el: EL, tr: TR }
