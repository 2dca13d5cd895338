// Italian, Brazilian Portuguese, French and Austrian German phrases (see phrases.ts).
import type { Phrases } from "./phrases.ts"

const IT: Phrases = {
  hi: "Gentile {name},", bye: "Cordiali saluti,", agentHi: "Buongiorno, {biz}, come posso aiutarla?", askName: "Mi può dire nome e cognome?",
  askPhone: "E un numero dove rintracciarla?", askEmail: "E un indirizzo email per la conferma?", ok: "Perfetto, grazie.",
  call: "Per favore richiamatemi al {phone}.", or: "oppure", mail: "Potete anche scrivermi a {email}.",
  tel: "Vorrei passare il numero {phone} su eSIM. L'ICCID della vecchia SIM è {iccid} e l'EID del nuovo telefono è {eid}.",
  tel2: "Il mio codice di portabilità è {pac} e l'IMEI del telefono è {imei}.",
  hos: "La fattura {invoice} per la prestazione {procedure} è di {amount}, il mio numero di tessera assicurativa è {member}.",
  hos2: "Sono stato visitato da {doctor} il {date}.",
  car: "Ordine {order}: il ricambio {part} non è compatibile con la mia auto, telaio (VIN) {vin}.", car2: "Il pacco {tracking} risulta consegnato il {date} ma non è arrivato nulla.",
  lot: "Vi chiedo l'autoesclusione sul conto {player}, il vostro riferimento era {selfex}.", lot2: "Il biglietto {ticket} ha vinto {amount}.",
  payout: "Vi prego di pagare sul mio IBAN {iban}.", acct: "Vi prego di pagare sul conto {bank}.", card: "La carta registrata è {card}.",
  masked: "È stato addebitato sulla carta {masked}.", declined: "La carta {luhn} è stata rifiutata.", bounced: "L'IBAN {badiban} è tornato indietro come non valido.",
  vm: "Buongiorno, sono {name} e chiamo per {ref}.", vmNum: "Il mio numero è {phone}.", vmBye: "Grazie, arrivederci.",
  status: "Stato {ref}: elaborato il {date}.", subject: "R: la sua richiesta",
  lbl: { name: "Nome", phone: "Telefono", email: "Email", message: "Messaggio", date: "Data", amount: "Importo", invoice: "Fattura", member: "N. tessera", order: "Ordine", part: "Cod. ricambio", tracking: "N. spedizione", player: "ID giocatore", selfex: "Rif. autoesclusione" },
}

const PT: Phrases = {
  hi: "Olá {name},", bye: "Atenciosamente,", agentHi: "Olá, {biz}, em que posso ajudar?", askName: "Pode me passar seu nome completo?",
  askPhone: "E um telefone para contato?", askEmail: "E um e-mail para a confirmação?", ok: "Perfeito, obrigado.",
  call: "Por favor me liguem no {phone}.", or: "ou", mail: "Também podem me escrever em {email}.",
  tel: "Quero passar meu número {phone} para eSIM. O ICCID do chip antigo é {iccid} e o EID do celular novo é {eid}.",
  tel2: "Meu código de portabilidade é {pac} e o IMEI do aparelho é {imei}.",
  hos: "A fatura {invoice} do procedimento {procedure} deu {amount}, e minha carteirinha do convênio é {member}.",
  hos2: "Fui atendido por {doctor} em {date}.",
  car: "Pedido {order}: a peça {part} não serve no meu carro, chassi (VIN) {vin}.", car2: "A encomenda {tracking} aparece como entregue em {date}, mas não chegou nada.",
  lot: "Quero a autoexclusão na conta {player}, o protocolo de vocês foi {selfex}.", lot2: "O bilhete {ticket} ganhou {amount}.",
  payout: "Por favor paguem no meu IBAN {iban}.", acct: "Por favor paguem na conta {bank}.", card: "O cartão cadastrado é {card}.",
  masked: "Foi cobrado no cartão {masked}.", declined: "O cartão {luhn} foi recusado.", bounced: "O IBAN {badiban} voltou como inválido.",
  vm: "Oi, aqui é {name}, estou ligando sobre {ref}.", vmNum: "Meu número é {phone}.", vmBye: "Obrigado, tchau.",
  status: "Status de {ref}: processado em {date}.", subject: "Re: sua solicitação",
  lbl: { name: "Nome", phone: "Telefone", email: "E-mail", message: "Mensagem", date: "Data", amount: "Valor", invoice: "Fatura", member: "Carteirinha", order: "Pedido", part: "Cód. peça", tracking: "Rastreio", player: "ID do jogador", selfex: "Protocolo autoexclusão" },
}

const FR: Phrases = {
  hi: "Bonjour {name},", bye: "Cordialement,", agentHi: "Bonjour, {biz}, que puis-je faire pour vous ?", askName: "Puis-je avoir vos nom et prénom ?",
  askPhone: "Et un numéro où vous joindre ?", askEmail: "Et une adresse courriel pour la confirmation ?", ok: "Parfait, merci.",
  call: "Merci de me rappeler au {phone}.", or: "ou", mail: "Vous pouvez aussi m'écrire à {email}.",
  tel: "Je souhaite passer mon numéro {phone} en eSIM. L'ICCID de l'ancienne carte est {iccid} et l'EID du nouveau téléphone est {eid}.",
  tel2: "Mon code de portabilité est {pac} et l'IMEI du téléphone est {imei}.",
  hos: "La facture {invoice} pour l'acte {procedure} s'élève à {amount}, et mon numéro d'adhérent à la mutuelle est {member}.",
  hos2: "J'ai été vu par {doctor} le {date}.",
  car: "Commande {order} : la pièce {part} ne va pas sur ma voiture, VIN {vin}.", car2: "Le colis {tracking} est indiqué livré le {date}, mais rien n'est arrivé.",
  lot: "Je demande une autoexclusion sur mon compte {player}, votre référence était {selfex}.", lot2: "Le billet {ticket} a gagné {amount}.",
  payout: "Merci de verser la somme sur mon IBAN {iban}.", acct: "Merci de verser la somme sur mon compte {bank}.", card: "La carte enregistrée est la {card}.",
  masked: "Le débit a été fait sur la carte {masked}.", declined: "La carte {luhn} a été refusée.", bounced: "L'IBAN {badiban} a été rejeté comme invalide.",
  vm: "Bonjour, c'est {name}, j'appelle au sujet de {ref}.", vmNum: "Mon numéro, c'est le {phone}.", vmBye: "Merci, au revoir.",
  status: "Statut {ref} : traité le {date}.", subject: "RE : votre demande",
  lbl: { name: "Nom", phone: "Téléphone", email: "Courriel", message: "Message", date: "Date", amount: "Montant", invoice: "Facture", member: "N° adhérent", order: "Commande", part: "Réf. pièce", tracking: "N° de suivi", player: "ID joueur", selfex: "Réf. autoexclusion" },
}

const DE: Phrases = {
  hi: "Grüß Gott {name},", bye: "Mit freundlichen Grüßen", agentHi: "Grüß Gott, {biz}, wie kann ich helfen?", askName: "Darf ich Ihren vollen Namen haben?",
  askPhone: "Und unter welcher Nummer erreichen wir Sie?", askEmail: "Und eine E-Mail-Adresse für die Bestätigung?", ok: "Passt, danke.",
  call: "Bitte rufen Sie mich unter {phone} zurück.", or: "oder", mail: "Sie können mir auch an {email} schreiben.",
  tel: "Ich möchte meine Nummer {phone} auf eine eSIM umstellen. Die ICCID der alten SIM ist {iccid}, die EID vom neuen Handy {eid}.",
  tel2: "Mein Portierungscode ist {pac}, die IMEI vom Handy {imei}.",
  hos: "Die Rechnung {invoice} für die Leistung {procedure} beträgt {amount}, meine Mitgliedsnummer bei der Versicherung ist {member}.",
  hos2: "Behandelt hat mich {doctor} am {date}.",
  car: "Bestellung {order}: das Teil {part} passt nicht auf mein Auto, FIN (VIN) {vin}.", car2: "Das Paket {tracking} ist seit {date} als zugestellt markiert, aber es ist nichts gekommen.",
  lot: "Bitte sperren Sie mein Konto {player} (Selbstsperre), Ihre Referenz war {selfex}.", lot2: "Das Los {ticket} hat {amount} gewonnen.",
  payout: "Bitte überweisen Sie auf meinen IBAN {iban}.", acct: "Bitte überweisen Sie auf mein Konto {bank}.", card: "Die hinterlegte Karte ist {card}.",
  masked: "Abgebucht wurde von der Karte {masked}.", declined: "Die Karte {luhn} wurde abgelehnt.", bounced: "Der IBAN {badiban} kam als ungültig zurück.",
  vm: "Grüß Gott, hier spricht {name}, ich rufe wegen {ref} an.", vmNum: "Meine Nummer ist {phone}.", vmBye: "Danke, baba.",
  status: "Status {ref}: bearbeitet am {date}.", subject: "AW: Ihre Anfrage",
  lbl: { name: "Name", phone: "Telefon", email: "E-Mail", message: "Nachricht", date: "Datum", amount: "Betrag", invoice: "Rechnung", member: "Mitgliedsnr.", order: "Bestellung", part: "Teilenr.", tracking: "Sendungsnr.", player: "Spieler-ID", selfex: "Sperr-Ref." },
}

export const PHRASES_C: Record<string, Phrases> = { it: IT, pt: PT, fr: FR, de: DE }
