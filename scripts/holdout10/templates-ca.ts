// A Canadian utility (hydro, gas, water), in Canadian English and Quebec French.
import type { Template } from "./template.ts"

export const EN_CA: Template[] = [
  ["call", "agent: thanks for calling Northpower, this is {agent_lc}\ncaller: hi it's {full_lc}, my power's been out since {time}\nagent: sorry to hear, what's the postal code\ncaller: {postal}\nagent: and a number to reach you\ncaller: {phone}"],
  ["note", "Customer {full} disputes bill of {amount}, account {account}, meter {meter}. Provided SIN {sin} by mistake — not recorded, told not to share. Callback {phone_ext}."],
  ["sms", "Northpower: {emoji} Outage in your area ({postal}). Crews expect to restore power by {time}. Hi {first}, reply 1 for updates or call {tollfree}."],
  ["email", "Hi {agent},\n\nPlease move my service from {street} to my new place in {town}, {postal}, on {date}. My account is {account}. You can reach me at {phone} or {email}.\n\nCheers,\n{full}\n\nOn {date}, Northpower <{email_role}> wrote:\n> Thanks for your request {ticket}."],
  ["webform", "Start service\nName: {full}\nEmail: {email}\nPhone: {phone_intl}\nService address: {street}, {town} {postal}\nPre-authorized debit: card {card}\nSubmitted from {ip}"],
  ["letter", "Dear Northpower,\n\nI am writing on behalf of my father, {other}, who is 84. His hydro was disconnected on {date} for an unpaid {amount}. I spoke with {agent_full} who was very kind. Please call me, {full}, at {phone}.\n\nYours truly,\n{full}"],
  ["callback", "Callback list {date}: {full} {phone} (billing) · {other} {phone_uk} (moving from UK, has NI number {nino}) · {w:Chase} payment follow-up, no caller"],
  ["review", "QA: {agent_full} handled {full}'s high-bill complaint ({ticket}). Agent asked for SIN {sin} — NOT required for residential accounts, coaching given. Caller's email {email} updated."],
  ["interpreter", "AGENT: Can you ask for the account number?\nINTERPRETER (Punjabi, {agent}): She says it's {account}.\nCALLER ({full}): and my son's phone {phone@1}, he speaks English\nINTERPRETER: She gives her son's phone, {phone@1}... the same."],
  ["ivr", "IVR: Enter your 12-digit account number.\nDTMF: {account}\nIVR: Your balance is {amount}, due {date}. To pay by card, press 1. Calling from outside Canada? Dial {phone_ca}."],
  ["note", "Outage ticket {ticket}: {postal} area, meter {meter}, restored {time} on {date}. No customer contact."],
  ["email", "Hi {agent},\n\nI'm in France until {date}, so please refund the deposit to IBAN {iban} (my bank says {iban_bad} was a typo). Call me on {phone_abroad}.\n\nThanks,\n{full}"],
]

export const FR_CA: Template[] = [
  ["call", "agente: Hydro Nordique, bonjour, {agent_lc} à l'appareil\nclient: oui bonjour c'est {full_lc}, j'ai pus d'électricité depuis {time}\nagente: quel est votre code postal\nclient: {postal}\nagente: un numéro pour vous rejoindre?\nclient: {phone}"],
  ["note", "Client {full} conteste la facture de {amount} (compte {account}, compteur {meter}). A donné son NAS {sin} sans qu'on le demande — non consigné. Rappel au {phone_ext}."],
  ["sms", "Hydro Nordique {emoji} : Bonjour {first}, la panne dans votre secteur ({postal}) devrait être réglée vers {time}. Info : {tollfree}"],
  ["email", "Objet : Re: déménagement\n\nBonjour {agent},\n\nJe déménage du {street} à {town} le {date}. Mon nouveau code postal : {postal}. Vous pouvez m'écrire à {email} ou me texter au {phone}.\n\nMerci,\n{full}\n\nLe {date}, Hydro Nordique <{email_role}> a écrit :\n> Votre demande {ticket} a bien été reçue."],
  ["webform", "Formulaire — ouverture de service\nPrénom : {first}\nNom : {last}\nCourriel : {email}\nTéléphone : {phone_intl}\nAdresse : {street}, {town} {postal}\nIP : {ip}"],
  ["letter", "Madame, Monsieur,\n\nJe soussignée, {full}, me plains de l'interruption du {date}. Ma mère, Mme {other_last}, a dû aller à l'hôtel ({amount}). M. {agent_last} m'a promis un crédit.\n\nVeuillez agréer mes salutations,\n{full}\n{phone}"],
  ["callback", "Rappels {date} : {full} – {phone} – facturation ; {other} – {phone_abroad} – appel de France, compte {account} ; agent : {agent}"],
  ["review", "Évaluation qualité — agente {agent_full}, appel du {date} à {time}. Le client {full} a dicté sa carte {card} ; l'agente a suspendu l'enregistrement. Bon suivi. Réviseur : {other}."],
  ["interpreter", "AGENT : Pouvez-vous demander son numéro de compte?\nINTERPRÈTE (arabe, {agent}) : Il dit que c'est le {account}.\nCLIENT ({full}) : ... {phone@1}\nINTERPRÈTE : Et son téléphone est le {phone@1}."],
  ["ivr", "SVI : Entrez votre numéro de compte de 12 chiffres.\nDTMF : {account}\nSVI : Votre solde est de {amount}, payable le {date}. Pour parler à un agent, faites le 0. {acc}"],
  ["note", "{acc} — M. {last} appelle pour sa fille {other}, locataire au {street}. Virement de France refusé : IBAN {iban_bad}. Bon IBAN : {iban}."],
  ["sms", "{first_lc} votre rdv d'installation de compteur {meter} est le {date} entre {time} et {time}. Répondez OUI pour confirmer. 📅"],
  ["sms", "Hydro Nordique : votre facture de {amount} (compte {account}) est due le {date}. Code postal au dossier : {postal}."],
  ["call", "agente : paiement par carte?\nclient : oui, c'est la {card}\nagente : merci {first_lc}, et votre courriel pour le reçu?\nclient : {email}"],
]
