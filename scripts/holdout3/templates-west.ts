// German, French, Spanish, Italian and Dutch texts.
import type { Template } from "./templates-en.ts"

export const DE: Template[] = [
  ["chat", `Kunde: Hallo, ich heiße {name} und meine Rechnung {invoice} ist viel zu hoch 😤
{agent} (Kundenservice): Das tut mir leid! Unter welcher Nummer erreiche ich Sie?
Kunde: {phone}
{agent} (Kundenservice): Danke, ich rufe Sie bis {time} zurück.`],
  ["note", `Kd. {name} ruft an wg. Lastschrift. Neue IBAN {iban}, alte {badiban} war falsch eingetragen (Prüfziffer). Abschlag ab {date}: {amount}. Kundennr. {acct}.`],
  ["email", `Von: {email}
An: {roleemail}
Betreff: Widerruf Vertrag {acct}

Sehr geehrte Damen und Herren,

hiermit widerrufe ich meinen Vertrag vom {date}. Bitte erstatten Sie {amount} auf mein Konto {iban}.

Mit freundlichen Grüßen
{name}
Tel. {phone}`],
  ["summary", `Gesprächsnotiz {date}, {time}: {title} {last} meldet Störung Internet seit gestern. Router FW {version}, WAN-IP {ip4}. Techniker-Termin vereinbart. Rückruf an {phone}. Ticket {ticket}.`],
  ["chat", `{agent} (Kundenservice): Guten Tag! Wie kann ich helfen? 🙂
Kundin: Meine Kreditkarte {card} wurde zweimal belastet, je {amount}.
{agent} (Kundenservice): Bitte schicken Sie keine Kartennummern im Chat. Ich habe den Vorgang {ticket} angelegt.`],
  ["note", `Keine personenbezogenen Daten. Sammelstörung PLZ {postcode} seit {date} {time}. Betroffen: Firmware {version}. Zählernummer {meter} als Referenz.`],
  ["crm", `Vorname: {first}
Nachname: {last}
E-Mail: {email}
Mobil: {intl}
Kundennummer: {acct}
Angelegt: {ts}`],
  ["summary", `{title} {last} möchte die Rufnummer {phone} auf {other} übertragen. Vollmacht liegt vor, gescannt am {date}. Bestellung {order}.`],
  ["stt", `kunde: ja hallo mein name ist {lcname} ich ruf an wegen der rechnung
agent: gerne können sie mir ihre kundennummer sagen
kunde: {acct}
agent: danke und eine rückrufnummer
kunde: {phone}`],
]

export const FR: Template[] = [
  ["chat", `Client : Bonjour, je m'appelle {name}, ma commande {order} n'est pas arrivée 😕
{agent} (service client) : Bonjour ! Pouvez-vous me donner votre adresse e-mail ?
Client : {email}
{agent} (service client) : Merci, le colis {tracking} est en transit, livraison prévue le {date}.`],
  ["note", `{title} {last} appelle pour changer de RIB. Nouvel IBAN : {iban}. Prélèvement de {amount} le {date}. Tél. {phone}. Dossier {ticket}.`],
  ["email", `De : {name} <{email}>
Objet : Réclamation facture {invoice}

Madame, Monsieur,

Je conteste le montant de {amount} prélevé le {date}. Merci de me rappeler au {phone}.

Cordialement,
{name}`],
  ["summary", `Appel du {date} à {time} : {title} {last} signale une coupure internet. Box version {version}, IP publique {ip4}. Intervention technicien programmée. Réf. {ticket}.`],
  ["chat", `{agent} (service client) : Bonjour 👋 que puis-je faire pour vous ?
Client : j'ai payé avec la carte {card} mais la commande {order} est annulée
{agent} (service client) : Je vois un remboursement de {amount} en cours.`],
  ["note", `Aucune donnée personnelle. Incident réseau secteur {postcode}, {date} de {time} à {time#2}. Version logicielle {version}. Tickets liés {ticket}, {ticket#2}.`],
  ["crm", `Nom : {last}
Prénom : {first}
Courriel : {email}
Portable : {intl}
N° client : {acct}`],
  ["summary", `Client {name} (Belgique) demande un rappel au {phone:BE}. Carte refusée : numéro {badcard} invalide. Paiement de {amount} à refaire.`],
]

export const ES: Template[] = [
  ["chat", `Cliente: Hola, me llamo {name} y no me ha llegado el pedido {order} 😢
Agente {agent}: ¡Hola {first}! ¿Me confirma su teléfono?
Cliente: {phone}
Agente {agent}: Gracias. El envío {tracking} llegará el {date}.`],
  ["note", `Cliente {name} solicita cambio de cuenta. IBAN nuevo {iban}. Importe pendiente {amount}. Llamar al {phone} antes de las {time}.`],
  ["email", `De: {email}
Asunto: Reclamación factura {invoice}

Buenos días:

Me han cobrado {amount} dos veces el {date}. Adjunto el justificante.

Un saludo,
{name}
Tel. {phone}`],
  ["summary", `Llamada {date} {time}. {title} {last} reporta caída de fibra. Router {version}, IP {ip4}. Se abre incidencia {ticket}. Contacto alternativo: su pareja, {other}, {phone#2}.`],
  ["chat", `Agente {agent}: Buenas tardes 🙂 ¿en qué puedo ayudarle?
Cliente: quiero pagar con la tarjeta {card}
Agente {agent}: Por seguridad no comparta la tarjeta por chat. Le envío un enlace de pago seguro.`],
  ["note", `Sin datos personales. Incidencia masiva CP {postcode} desde el {date}. Versión {version}. Pedido de prueba {order}, importe {amount}.`],
  ["crm", `Nombre: {first}
Apellidos: {last}
Correo: {email}
Móvil: {intl}
Nº cliente: {acct}`],
  ["summary", `Cliente {name}, residente en EE. UU., facilita su número de seguro social {ssn} para el reembolso. Teléfono en EE. UU. {phone:US}. Caso {ticket}.`],
]

export const IT: Template[] = [
  ["chat", `Cliente: Buongiorno, sono {name}, la bolletta {invoice} è sbagliata 😠
{agent} (assistenza): Buongiorno! Mi conferma il numero di telefono?
Cliente: {phone}
{agent} (assistenza): Grazie, ho aperto la pratica {ticket}.`],
  ["note", `{title} {last} chiede domiciliazione su nuovo IBAN {iban}. Importo rata {amount} dal {date}. Recapito {phone}.`],
  ["email", `Da: {email}
Oggetto: Rimborso ordine {order}

Gentili signori,

non ho ancora ricevuto il rimborso di {amount} per l'ordine {order} del {date}.

Cordiali saluti,
{name}`],
  ["summary", `Chiamata del {date} ore {time}: {ltitle} {last} segnala guasto linea. Modem firmware {version}, IP {ip4}. Intervento tecnico fissato. Ticket {ticket}.`],
  ["chat", `{agent} (assistenza): Salve 👋 come posso aiutarla?
Cliente: ho pagato con carta {card} ma l'ordine {order} risulta annullato
{agent} (assistenza): Vedo un rimborso di {amount} in lavorazione.`],
  ["note", `Nessun dato personale. Guasto zona CAP {postcode} dal {date}. Versione {version}. Pratiche collegate {ticket}, {ticket#2}.`],
  ["crm", `Nome: {first}
Cognome: {last}
Email: {email}
Cellulare: {intl}
Codice cliente: {acct}`],
]

export const NL: Template[] = [
  ["chat", `Klant: Hoi, mijn naam is {name}, mijn pakket {tracking} is nog niet bezorgd 📦
Medewerker {agent}: Hallo {first}! Op welk nummer kan de bezorger u bellen?
Klant: {phone}
Medewerker {agent}: Dank u, nieuwe bezorgdatum {date}.`],
  ["note", `{title} {last} belt over incasso. Nieuw rekeningnummer {iban}. Termijnbedrag {amount} per {date}. Terugbellen op {phone}.`],
  ["email", `Van: {email}
Onderwerp: Factuur {invoice}

Beste klantenservice,

Het bedrag van {amount} op factuur {invoice} klopt niet. Kunt u mij bellen op {phone}?

Met vriendelijke groet,
{name}`],
  ["summary", `Gesprek {date} {time}: {ltitle} {last} meldt storing. Modem versie {version}, IP {ip4}. Monteur ingepland. Ticket {ticket}.`],
  ["chat", `Medewerker {agent}: Goedemiddag 🙂 waarmee kan ik helpen?
Klant: mijn creditcard {card} is twee keer belast voor {amount}
Medewerker {agent}: Ik heb dossier {ticket} aangemaakt.`],
  ["note", `Geen persoonsgegevens. Storing postcode {postcode} sinds {date}. Versie {version}. Gerelateerd: {ticket}.`],
  ["crm", `voornaam: {first}
achternaam: {last}
e-mail: {email}
mobiel: {intl}
klantnummer: {acct}`],
]
