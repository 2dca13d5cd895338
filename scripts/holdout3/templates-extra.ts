// More texts: lookalike-only texts (no PII at all), and harder shapes —
// brackets and ports around addresses, mailto links, emoji and accented
// words right before a span, several people in one text.
import type { Template } from "./templates-en.ts"

export const EXTRA: Record<string, Template[]> = {
  en: [
    ["note", `Release notes for agents: desktop {version} replaces {version#2}. Known issue since {date} {time}: reports export capped at {qty}. Escalations to {ticket}. Nothing customer-specific.`],
    ["summary", `Billing run {ts}: {qty} invoices, total {amount}. Failed: invoice {invoice} (amount {amount#2}), {invoice#2}. Retry at {time}. [[Mark|name-word]] batch complete when done.`],
    ["chat", `Customer: is the number 4111 on my receipt my card? it says REF {badcard}
Agent {agent}: No, that is a payment reference, not a card number 🙂 The order is {order}.`],
    ["note", `Warehouse: parcel {tracking} and {tracking#2} returned to sender {date}. Pallet {acct}, {qty}. Booking {booking}.`],
    ["email", `Subject: Maintenance window

Our payment gateway will be unavailable on {date} from {time} to {time#2} UTC. API version {version} will be retired; please move to {version#2}.

— Platform Operations`],
    ["chat", `Customer: ok so the ref on my letter is {badiban}?? and the amount {amount}
Agent {agent}: That isn't a valid IBAN – it looks like a reference with a typo. Can you read me the account number from your bank card instead?`],
    ["note", `Test SSN {badssn} rejected by form as expected (invalid range). NI test value {badnino} also rejected. QA ticket {ticket}.`],
    ["summary", `[[Will|name-word]] and testament query, routed to legal. No names given. Caller asked about fees ({amount}) and appointment on {date} at {time}.`],
    ["chat", `🎉🎉 Agent {agent}: Congrats, your upgrade is live! 
Customer: 🥳👍🏾 thanks {agent}, my partner {otherfirst} will be thrilled
Customer: pls send the receipt to 📧 {email}`],
    ["note", `SIP trunk down. Peer [{ip6}]:5061 and {ip4}:8443 unreachable since {ts}. Carrier case {ticket}. Not customer data.`],
    ["email", `From: "{name}" <mailto:{email}>
Subject: Complaint – {order}

To whom it may concern,

{otitle} {otherlast} in your store told me the refund would take a day. It has been since {date}. My card ends in 0042.

{name}`],
    ["summary", `Interpreter call (Vietnamese). Customer {name} asked that letters go to a relative, {other}. Contact: {fphone}. Visa card on file {card:visa}.`],
    ["crm", `id;customer;email;mobile;iban;notes
{acct};{name};{email};{intl};{iban};"paid {amount} on {date}"`],
    ["stt", `agent: can i have the card number please
caller: yes it's {card}
agent: and the expiry
caller: {date}
agent: thank you {ltitle} {last} that's gone through`],
    ["note", `Callback for {first} from São Paulo 🇧🇷 on {phone:BR}; prefers WhatsApp. Case {ticket}.`],
    ["summary", `Complaint from {name} (customer) about agent {agentfull}. Supervisor {other} reviewed call of {date} {time}. Outcome: coaching. Ref {ticket}.`],
    ["chat", `Customer: hi there, it's {name} 😊 I moved to Dublin, new number {phone:IE}
Agent {agent}: Welcome to Ireland! Updated. Your old UK number {phone:GB} is removed.`],
    ["note", `Customer says [[May|name-word]] payment bounced. Card {card:amex} OK per issuer. Retried {amount}. Invoice {invoice}.`],
    ["email", `Hello {first},

your NI number on our records reads {nino}. If that's wrong reply to this email or call {phone:GB}.

Payroll Team`],
    ["chat", `Customer: hey it's {first}, my partner {other} can't access our joint account. their SSN is {ssn} if u need it
Agent {agent}: Thanks, but I only need their date of birth. Please avoid sending SSNs here.`],
    ["summary", `Duplicate cards: customer {name} holds {card:mastercard} and {card:discover}. Closed the Discover. Statement {date}.`],
    ["note", `Spoke w/ {other} (Nigeria office) on {fphone}. They will courier documents for {name}. AWB {tracking}.`],
    ["crm", `{"firstName":"{first}","lastName":"{last}","phone":"{phone}","lastLoginIp":"{ip4}","plan":"Fibre 500","since":"{date}"}`],
  ],
  de: [
    ["note", `Vorgangshistorie {ticket}, Kunde {name}, Kundennr. {acct}.
{date}: Anruf von {phone}, Zähler {meter} angeblich falsch abgelesen (Stand {qty}). Foto per Mail von {email} angefordert.
{date#2}: Foto erhalten, Ablesung korrigiert, Gutschrift {amount}. Abschlag ab {date#3} neu: {amount#2}.
{date#4}: Kunde zieht um nach Wien 🇦🇹, neue Nummer {intl:AT}, Rückzahlung auf {iban:AT}. Die alte IBAN {badiban} aus dem Formular ist ungültig (Prüfziffer).
Bearbeitet von {agentfull}. Nächster Schritt: Schlussrechnung {invoice}.`],
    ["summary", `Kartenzahlung fehlgeschlagen: Kunde {name} gab zuerst {badcard} an (Tippfehler), danach {card}. Betrag {amount}. Bestellung {order}.`],
    ["note", `Rückrufbitte von {first} (Bruder von {otherfirst}) 📞 {phone}. Zahlung kommt Ende [[Mai|name-word]], sagt er. Vertrag {acct}.`],
    ["email", `Hallo {agent},

anbei meine neue Bankverbindung: {iban:AT} (Bank Austria). Die alte {badiban} bitte löschen.

Viele Grüße aus Graz 🇦🇹
{name}`],
    ["stt", `agentin: guten tag sie sprechen mit {lcagent} was kann ich für sie tun
anrufer: ja hier ist {lcname} meine karte ist {card}
agentin: bitte nennen sie mir nur die letzten vier ziffern`],
    ["chat", `Kunde: 👨‍👩‍👧 Familientarif für {other} und mich bitte, Mail an {email}
{agent} (Kundenservice): Gerne! Ab {date} für {amount} im Monat.`],
    ["note", `Wartungsfenster {date} {time}–{time#2}. Version {version} wird auf {version#2} aktualisiert. Betroffen: {qty}. Kein Kundenbezug.`],
    ["chat", `Kundin: Ist {badiban} meine IBAN? Die App sagt ungültig 🤔
{agent} (Kundenservice): Da ist ein Zahlendreher drin. Die richtige steht auf Ihrer Bankkarte.`],
    ["summary", `Grüße von {agentfull}: {title} {last} zurückgerufen, neue Mobilnummer {phone:AT}, Überweisung {amount} am {date}.`],
  ],
  fr: [
    ["summary", `Client {name} : première carte saisie {badcard} (erreur de frappe), puis {card}. Paiement {amount}. Commande {order}.`],
    ["email", `Bonjour {agent},

voici mon nouvel IBAN : {iban:BE}. L'ancien {badiban} est clôturé.

Bien à vous,
{name} 🇧🇪`],
    ["stt", `conseiller: bonjour vous êtes bien {lcname}
client: oui c'est moi je vous appelle au sujet de ma facture {invoice}
conseiller: très bien pouvez-vous me rappeler votre numéro {phone}`],
    ["note", `Rappel demandé par {title} {last} 🙏 au {phone} ou par mail {email}. Adresse IP de connexion {ip4}. Réf. {ticket}.`],
    ["note", `Maintenance prévue le {date} de {time} à {time#2}. Passage de la version {version} à {version#2}. Commande test {order}. Aucune donnée client.`],
    ["chat", `Client : 😅 je me suis trompé, la référence {badcard} n'est pas ma carte
{agent} (service client) : Pas de souci, c'est votre numéro de paiement. Montant {amount}.`],
  ],
  es: [
    ["summary", `Cliente {name}: primera tarjeta {badcard} (errónea), después {card}. Cargo {amount}. Pedido {order}.`],
    ["email", `Hola {agent}:

os paso mi nueva cuenta {iban:ES}. La anterior, {badiban}, ya no existe.

Gracias,
{name} 😊`],
    ["stt", `agente: buenos días le atiende {lcagent}
cliente: hola mire soy {lcname} llamo por el recibo {invoice}
agente: me confirma un teléfono de contacto
cliente: sí el {phone}`],
    ["note", `Devolución para {ltitle} {last} 🧾 por {amount}. Contacto {email}. Un familiar, {other}, llamará desde {fphone}. Caso {ticket}.`],
    ["note", `Mantenimiento {date} de {time} a {time#2}. Versión {version}. Pedidos afectados {order}, {order#2}. Sin datos de clientes.`],
    ["chat", `Cliente: 😬 perdón, {badiban} no es mi IBAN, es la referencia del recibo
Agente {agent}: No se preocupe. Importe {amount}, vencimiento {date}.`],
  ],
  it: [
    ["summary", `Cliente {name}: prima carta {badcard} (errata), poi {card}. Addebito {amount}. Ordine {order}.`],
    ["email", `Buongiorno {agent},

il mio nuovo IBAN è {iban}. Il vecchio {badiban} è chiuso.

Grazie,
{name}`],
    ["stt", `operatore: buongiorno sono {lcagent} come posso aiutarla
cliente: salve sono {lcname} chiamo per la fattura {invoice} il mio numero è {phone}`],
    ["note", `Richiamare {ltitle} {last} 📲 al {phone} o scrivere a {email}. IP ultimo accesso {ip6}. Pratica {ticket}.`],
    ["note", `Manutenzione {date} dalle {time} alle {time#2}. Versione {version}. Ordini coinvolti {order}. Nessun dato personale.`],
  ],
  nl: [
    ["summary", `Klant {name}: eerst kaart {badcard} (fout), daarna {card}. Bedrag {amount}. Bestelling {order}.`],
    ["email", `Hallo {agent},

mijn nieuwe rekening is {iban}. De oude, {badiban}, klopt niet meer.

Groet,
{name}`],
    ["stt", `medewerker: goedemiddag u spreekt met {lcagent}
klant: ja hallo met {lcname} ik bel over factuur {invoice}
medewerker: op welk nummer kan ik u terugbellen
klant: {phone}`],
    ["note", `Terugbelverzoek {ltitle} {last} 😊 {phone:BE}, mail {email}. Login vanaf {ip4}. Ticket {ticket}.`],
    ["note", `Onderhoud {date} van {time} tot {time#2}. Versie {version}. Zending {tracking}. Geen klantgegevens.`],
  ],
  pl: [
    ["summary", `Klient {name}: najpierw karta {badcard} (błędna), potem {card}. Kwota {amount}. Zamówienie {order}.`],
    ["email", `Dzień dobry {agent},

mój nowy numer konta to {iban}. Stary {badiban} proszę usunąć.

Pozdrawiam,
{name}`],
    ["stt", `konsultant: dzień dobry nazywam się {lcagent} w czym mogę pomóc
klient: dzień dobry tu {lcname} dzwonię w sprawie faktury {invoice}
konsultant: proszę podać numer telefonu
klient: {phone}`],
    ["note", `Oddzwonić do klienta {name} 📞 {phone} lub mail {email}. IP logowania {ip4}. Zgłoszenie {ticket}.`],
    ["note", `Prace serwisowe {date} od {time} do {time#2}. Wersja {version}. Przesyłka {tracking}. Bez danych klientów.`],
  ],
  pt: [
    ["summary", `Cliente {name}: primeiro cartão {badcard} (errado), depois {card}. Valor {amount}. Encomenda {order}.`],
    ["email", `Olá {agent},

o meu novo IBAN é {iban}. O antigo {badiban} já não é válido.

Cumprimentos,
{name}`],
    ["stt", `assistente: bom dia fala {lcagent} em que posso ajudar
cliente: bom dia é {lcname} ligo por causa da fatura {invoice} o meu número é {phone}`],
    ["note", `[[Rosa|name-word]]-choque esgotado até {date}. Cliente {name} 🌷 prefere esperar. Contacto {email}. Encomenda {order}.`],
    ["note", `Manutenção {date} das {time} às {time#2}. Versão {version}. Encomenda {order}. Sem dados de clientes.`],
  ],
  sv: [
    ["stt", `handläggare: hej du pratar med {lcagent} vad gäller det
kund: hej det är {lcname} jag ringer om fakturan {invoice}
handläggare: vilket nummer når jag dig på
kund: {phone}`],
    ["chat", `Kund: 😊 hej! kan jag betala med kortet {card}?
{agent} (kundtjänst): Skicka inte kortnummer här, jag skickar en betallänk till {email} istället.`],
    ["summary", `Kund {name}: först kort {badcard} (fel), sedan {card}. Belopp {amount}. Order {order}.`],
    ["email", `Hej {agent},

mitt nya konto är {iban}. Det gamla, {badiban}, är avslutat.

Hälsningar
{name}`],
    ["note", `Ring tillbaka till {name} 📞 {phone} eller mejla {email}. IP {ip4}. Ärende {ticket}.`],
    ["note", `Underhåll {date} kl {time}–{time#2}. Version {version}. Ärende {ticket}. Inga kunduppgifter.`],
  ],
  da: [
    ["stt", `medarbejder: hej du taler med {lcagent}
kunde: hej det er {lcname} jeg ringer om regningen {invoice} mit nummer er {phone}`],
    ["chat", `Kunde: 😬 er {badiban} mit IBAN? appen siger fejl
{agent} (kundeservice): Der er en stavefejl. Det rigtige står i din netbank, fx {iban}.`],
    ["summary", `Kunde {name}: først kort {badcard} (forkert), så {card}. Beløb {amount}. Ordre {order}.`],
    ["note", `Ring tilbage til {name} 📞 {phone} eller skriv til {email}. IP {ip4}. Sag {ticket}.`],
    ["note", `Vedligeholdelse {date} kl. {time}–{time#2}. Version {version}. Ingen kundedata. Forkert IBAN i testdata: {badiban}.`],
  ],
  no: [
    ["stt", `rådgiver: hei du snakker med {lcagent}
kunde: hei det er {lcname} jeg ringer om regningen {invoice} nummeret mitt er {phone}`],
    ["chat", `Kunde: 🙏 kortet {card} ble belastet to ganger, {amount}
{agent} (kundeservice): Beklager! Jeg har opprettet sak {ticket}.`],
    ["summary", `Kunde {name}: først kort {badcard} (feil), så {card}. Beløp {amount}. Ordre {order}.`],
    ["note", `Ring tilbake til {name} 📞 {phone} eller send e-post til {email}. IP {ip4}. Sak {ticket}.`],
    ["note", `Vedlikehold {date} kl. {time}–{time#2}. Versjon {version}. Ingen kundedata. Ugyldig IBAN i testdata: {badiban}.`],
  ],
  fi: [
    ["stt", `asiakaspalvelija: hei olet yhteydessä {lcagent}
asiakas: hei täällä {lcname} soitan laskusta {invoice} numeroni on {phone}`],
    ["chat", `Asiakas: 😕 kortilta {card} veloitettiin kahdesti {amount}
{agent} (asiakaspalvelu): Pahoittelut! Avasin tiketin {ticket}.`],
    ["summary", `Asiakas {name}: ensin kortti {badcard} (väärä), sitten {card}. Summa {amount}. Tilaus {order}.`],
    ["note", `Soita takaisin: {name} 📞 {phone} tai sähköposti {email}. IP {ip4}. Tiketti {ticket}.`],
    ["note", `Huoltokatko {date} klo {time}–{time#2}. Versio {version}. Ei asiakastietoja. Virheellinen IBAN testidatassa: {badiban}.`],
  ],
}
