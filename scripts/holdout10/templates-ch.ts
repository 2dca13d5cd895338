// A Swiss energy utility and pharmacy line, in Swiss German (written Standard
// German with Swiss spellings) and Swiss French.
import type { Template } from "./template.ts"

export const DE_CH: Template[] = [
  ["call", "Agentin: Grüezi, ewz Energie, Sie sprechen mit {agent}.\nKunde: Grüezi, {full} am Apparat. Mein Zähler {meter} zeigt seit dem {date} nichts mehr an.\nAgentin: Wie ist Ihre Postleitzahl?\nKunde: {postal}, {town}\nAgentin: Und eine Rückrufnummer?\nKunde: {phone}"],
  ["note", "Kundin {full} (Kundennr. {account}) reklamiert Schlussrechnung über {amount}. Rückerstattung auf IBAN {iban}. Frühere IBAN {iban_bad} ist ungültig. Rückruf {phone_ch}. – {agent_full}"],
  ["sms", "ewz {emoji}: Grüezi {first}, Ihr Termin für den Zählerwechsel ist am {date} um {time}. Änderungen: {phone_ch}"],
  ["email", "Betreff: AW: Umzug\n\nGuten Tag Frau {agent_last}\n\nIch ziehe per {date} an die {street} in {postal} {town}. Bitte senden Sie die Rechnung an {email}. Tel. {phone}\n\nFreundliche Grüsse\n{full}\n\n> Am {date} schrieb ewz Kundendienst <{email_role}>:\n> Ihre Anfrage {ticket} ist eingegangen."],
  ["webform", "Kontaktformular\nVorname: {first}\nNachname: {last}\nE-Mail: {email}\nTelefon: {phone_intl}\nAnliegen: Rechnung {account} doppelt belastet ({amount})\nKarte: {card}\nIP-Adresse: {ip}"],
  ["letter", "Sehr geehrte Damen und Herren\n\nAm {date} wurde bei meiner Mutter, Frau {other_last}, der Strom abgestellt. Herr {agent_last} hat mir am Telefon Hilfe versprochen. Ich bitte um Rückruf unter {phone}.\n\nMit freundlichen Grüssen\n{full}\n{street}, {postal} {town}"],
  ["callback", "Rückrufliste {date}: {full} – {phone} – Apotheke, Rezept {rx}; {other} – {phone_abroad} – Anruf aus dem Ausland; Notiz: Kundin hofft auf Rückruf, Nummer fehlt"],
  ["review", "Qualitätsprüfung: {agent_full}, Gespräch vom {date}. Kunde {full} diktierte Kreditkarte {card_bad} (ungültig), danach {card}. Aufnahme korrekt pausiert. Prüfer: {other}"],
  ["interpreter", "AGENT: Fragen Sie bitte nach der Kundennummer.\nDOLMETSCHERIN (Tigrinya, {agent}): Sie sagt, es ist {account}.\nKUNDIN ({full}): ... {phone@1}\nDOLMETSCHERIN: Ihre Telefonnummer ist {phone@1}. {acc}"],
  ["ivr", "IVR: Bitte geben Sie Ihre Kundennummer ein.\nDTMF: {account}\nIVR: Ihr offener Betrag: {amount}, fällig am {date}. {emoji} Für eine Beratung wählen Sie {phone_ch}."],
  ["sms", "Apotheke am Bahnhof: Ihr Rezept {rx} liegt ab {date} bereit. Betrag {amount}. Öffnungszeiten bis {time}."],
  ["note", "Kunde {full}, früher in London wohnhaft (NI-Nr. {nino}), zahlt neu per Karte {card}. Rückfragen an {email} oder {phone_intl}. {emoji}"],
]

export const FR_CH: Template[] = [
  ["call", "agente : Romande Énergie, bonjour, {agent} à l'appareil.\nclient : bonjour, c'est {full}, j'habite {street} à {town}, NPA {postal}.\nagente : un numéro de rappel ?\nclient : {phone}"],
  ["note", "Mme {last} (client n° {account}) conteste la facture de {amount}. Remboursement sur IBAN {iban}. Ancien IBAN {iban_bad} refusé par la banque. Rappel {phone_ch}. — {agent_full}"],
  ["sms", "SIG {emoji} : Bonjour {first}, le relevé de votre compteur {meter} aura lieu le {date} entre {time} et {time}. Infos : {phone_ch}"],
  ["email", "Objet : RE: facture\n\nBonjour Monsieur {agent_last},\n\nMerci pour votre appel. Comme convenu, je vous transmets mon adresse {email} et mon portable {phone}. Mon frère {other} ({email_other}) gère le paiement.\n\nMeilleures salutations\n{full}\n\nLe {date}, SIG <{email_role}> a écrit :\n> Votre demande {ticket} a été enregistrée."],
  ["webform", "Formulaire de contact — pharmacie\nNom : {full}\nCourriel : {email}\nTéléphone : {phone_intl}\nOrdonnance : {rx}\nMessage : livraison à {street}, {postal} {town}, après {time} svp.\nAdresse IP : {ipv6}"],
  ["letter", "Madame, Monsieur,\n\nLe {date}, j'ai été facturé {amount} pour un compteur {meter} qui n'est pas le mien. J'ai parlé à Mme {agent_last} puis à M. {other_last}, sans résultat.\n\nJe vous prie d'agréer mes salutations distinguées.\n\n{full}\n{phone}"],
  ["callback", "Liste de rappels {date} : {full} · {phone} · facture ; {other} · {phone_uk} · résident britannique, n° NI {nino}"],
  ["review", "Évaluation — conseillère {agent_full}, appel du {date}. La cliente {full} a donné sa carte {card}. Bonne pratique. La cliente a aussi mentionné sa voisine {other_first}."],
  ["interpreter", "CONSEILLER : Demandez-lui son numéro de client.\nINTERPRÈTE (portugais, {agent}) : Il dit {account}.\nCLIENT ({full}) : o meu telemóvel é {phone@1}\nINTERPRÈTE : Son portable est le {phone@1}."],
  ["ivr", "SVI : Veuillez saisir votre numéro de client.\nDTMF : {account}\nSVI : Montant dû : {amount}, échéance le {date}. {acc}. Pour un conseiller, composez le {phone_ch}."],
  ["note", "Relevé du compteur {meter} le {date} à {time}, NPA {postal}. Aucun contact client. Réf. {ticket}."],
  ["webform", "Paiement en ligne\nTitulaire : {full}\nCarte : {card}\nIBAN pour remboursement : {iban}\nCourriel : {email}\nIP : {ip}"],
]
