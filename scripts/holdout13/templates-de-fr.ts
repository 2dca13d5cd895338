// German and French templates.
import type { Template } from './templates-en'

export const DE: readonly Template[] = [
  ['reset-call', 'agent: it service desk guten tag mein name ist {afirst|lc}\nanrufer: ja hallo hier ist {full|lc} ich komme nicht mehr in {product} rein\nagent: ihre personalnummer bitte\nanrufer: {n:employee-id}\nagent: der einmalcode ist {n:one-time-code} gültig bis {n:time}'],
  ['incident', 'Störung {n:ticket} vom {n:date} {n:time}\nMelder: {full} ({email})\nStandort: {street}, {town}\nGerät: {n:asset-tag}, Seriennr. {n:serial-number}, MAC {n:mac-address}\nIP {ip4}, Host {n:hostname}, Port {n:port}\nBearbeiter: {cfull}'],
  ['chat', 'Virtueller Assistent: Wie kann ich helfen?\nNutzer: Gehaltsabrechnung falsch {emoji}\nVirtueller Assistent: Ich verbinde Sie mit der Lohnbuchhaltung. Vorgang {n:ticket}.\n{afirst}: Hallo {first}, ich sehe bei Personalnummer {n:payroll-number} einen Abzug von {n:amount}. Schicken Sie mir bitte den Stundenzettel an {remail}.\n{first}: Mach ich, danke!'],
  ['payslip', 'Betreff: Abrechnung {month}\n\nHallo zusammen,\n\nmeine Überstunden vom {n:date} fehlen, Kostenstelle {n:cost-centre}. Bitte das Gehalt ab sofort auf {iban} überweisen.\n\nViele Grüße\n{full}\nTel. {phone}'],
  ['leave', 'Guten Tag Frau {mlast},\n\nmein Urlaubsantrag ({n:date} bis {n:date}) zeigt nur {n} Tage. Zeiterfassung Badge {n:badge} belegt {x} Minuten Mehrarbeit.\n\nMit freundlichen Grüßen\n{full}'],
  ['onboarding', 'Onboarding-Checkliste: {full}\nEintritt: {n:date}\nPersonalnr.: {n:employee-id}\nFührungskraft: {mfull}\nNotebook {n:asset-tag}, Ausweis {n:badge}\nDurchwahl {n:extension}\nMobil: {phonei}\nE-Mail: {email}'],
  ['email', 'Hallo Herr {last},\n\nIhr Ticket {n:ticket} ist gelöst, {product} Version {n:version} ist installiert.\n\nBeste Grüße\n{afull}\nIT-Servicedesk {company}\nTel.: {phonei} Durchwahl {x}\nMobil: {phone}\n{aemail}'],
  ['alert', '[KRITISCH] {n:hostname} ({ip4}) antwortet nicht auf Port {n:port}\nseit {n:date} {n:time}, Agent {n:version}, Rufbereitschaft: {afull} {phone}'],
  ['csv', 'personalnr;name;email;telefon;kostenstelle\n{n:employee-id};{full};{email};{phone};{n:cost-centre}\n{n:employee-id};{cfull};{cemail};{phonex};{n:cost-centre}'],
  ['payslip', 'Rückbuchung: IBAN {n:iban-checksum} ist ungültig (Prüfziffer), Zahlung {n:amount} zurück. Karte {n:luhn-invalid} ebenfalls abgelehnt. Vorgang {n:ticket}.'],
  ['payslip', 'Reisekostenabrechnung {n:ticket}: {full} hat das Hotel in {town} mit der Firmenkreditkarte {card} bezahlt ({n:amount}). Erstattung auf {ibanx}, Genehmiger {mfull}.'],
  ['chat', '{afirst}: Hallo {first}, Ihre Firmenkarte {card} wurde um {n:time} abgelehnt. Stimmt die Nummer?\n{first}: ja, und neue Bankverbindung ab {month}: {iban}'],
]

export const FR: readonly Template[] = [
  ['reset-call', 'agent: support informatique bonjour je suis {afirst|lc}\nappelant: oui bonjour c\'est {full|lc} j\'ai perdu mon mot de passe {product}\nagent: votre matricule s\'il vous plaît\nappelant: {n:employee-id}\nagent: le code à usage unique est {n:one-time-code}'],
  ['incident', 'Incident {n:ticket} ouvert le {n:date} à {n:time}\nDemandeur : {full} ({email})\nSite : {street}, {town}\nPoste {n:asset-tag}, n° de série {n:serial-number}, MAC {n:mac-address}\nAdresse IP {ip4}, serveur {n:hostname}, port {n:port}\nAffecté à {cfull}'],
  ['chat', 'Assistant virtuel : Bonjour ! Que puis-je faire pour vous ?\nUtilisateur : ma fiche de paie est fausse\nAssistant virtuel : Je vous transfère à la paie. Référence {n:ticket}.\n{afirst} : Bonjour {first}, je vois une retenue de {n:amount} sur le matricule {n:payroll-number}. Envoyez-moi la feuille de temps à {remail} 🙏\n{first} : D\'accord, merci.'],
  ['payslip', 'Objet : bulletin de {month}\n\nBonjour,\n\nles heures supplémentaires du {n:date} n\'apparaissent pas (centre de coût {n:cost-centre}). Merci de verser mon salaire sur {iban}.\n\nCordialement,\n{full}\nTél. : {phone}'],
  ['leave', 'Bonjour Mme {mlast},\n\nma demande de congés du {n:date} au {n:date} n\'affiche que {n} jours. Le badge {n:badge} montre {x} minutes en plus.\n\nBien à vous,\n{full}'],
  ['onboarding', 'Arrivée de {full} le {n:date}\nMatricule : {n:employee-id}\nResponsable : {mfull} ({memail})\nPC {n:asset-tag}, badge {n:badge}, poste {n:extension}\nPortable : {phonei}'],
  ['email', 'Bonjour M. {last},\n\nvotre demande {n:ticket} est résolue ({product} {n:version}).\n\nCordialement,\n{afull}\nSupport IT, {company}\nTél. {phonei} poste {x}\nMobile {phone}\n{aemail}'],
  ['alert', '{emoji}[CRITIQUE] {n:hostname} ({ip6}) ne répond plus sur le port {n:port} depuis {n:time}, le {n:date}. Astreinte : {afull}, {phone}'],
  ['csv', 'matricule,nom,email,téléphone,centre_de_cout\n{n:employee-id},{full},{email},{phone},{n:cost-centre}\n{n:employee-id},{cfull},{cemail},{phonex},{n:cost-centre}'],
  ['payslip', 'Virement rejeté : IBAN {n:iban-checksum} (clé invalide), montant {n:amount}. Numéro {n:luhn-invalid} refusé également. Dossier {n:ticket}.'],
  ['payslip', 'Note de frais {n:ticket} : {full}, hôtel à {town} payé avec la carte affaires {card} ({n:amount}). Remboursement sur {ibanx}, valideur {mfull}.'],
  ['chat', '{afirst} : Bonjour {first}, votre carte affaires {card} a été refusée à {n:time}. Le numéro est-il correct ?\n{first} : oui, et mon nouveau RIB à partir de {month} : {iban}'],
]
