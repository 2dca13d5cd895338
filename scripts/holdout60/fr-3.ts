// fr-FR texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_3 = [
  t("note", `Salle de sport – adhérent {{PERSON|Kévin N'Guessan}} conteste prélèvement de {{neg:amount|39,99 €}} du {{neg:date|5 mars}} alors que résiliation envoyée le {{neg:date|12/02}}. Remboursement accordé par {{PERSON|Manon}}. Tél {{PHONE|07 58 12 93 40}}.`),
  t("sms", `Répondeur ({{PHONE|01 45 22 71 08}}) : « Bonjour, c'est {{PERSON|Isabelle}} du cabinet du Dr {{PERSON|Vasseur}}, je vous rappelle pour votre rendez-vous de {{neg:time|16h15}}, merci de rappeler. »`),
  t("chat", `Vous 19:02 : bonjour ma commande de sushis n'est jamais arrivée 😞
Support MiamExpress 19:03 : Bonjour ! Je suis {{PERSON|Hugo}}. Pouvez-vous me donner le numéro de commande ?
Vous 19:03 : {{neg:order-number|ME-440192}}, au nom de {{PERSON|Océane Lemaire}}
Support MiamExpress 19:05 : Merci {{PERSON|Océane}}, remboursement de {{neg:amount|31,50 €}} effectué.`),
  t("transcript", `conseiller: bonjour service client énergie déménagement {{PERSON|baptiste}} à votre écoute
cliente: bonjour je m'appelle {{PERSON|marie-claire}} {{PERSON|fontaine}} je déménage à nantes
conseiller: très bien le code postal
cliente: {{neg:postcode|44000}}
conseiller: et un numéro de téléphone
cliente: {{PHONE|zéro sept, quatre-vingt-un, vingt-deux, trente-trois, quatorze}}`),
  t("email", `Objet : Réclamation – connexion fibre

Bonjour,

Depuis le {{neg:date|2 février}}, ma connexion coupe toutes les heures. Adresse IP de la box : {{IP_ADDRESS|192.168.1.254}}, IPv6 : {{IP_ADDRESS|2001:db8:f00d::2}}. Version du firmware : {{neg:version|4.0.18}}.

Merci de me rappeler au {{PHONE|+33 6 31 48 20 97}}.

{{PERSON|Gaëlle Bertrand}}`),
  t("ticket", `Ticket {{neg:ticket-number|IMP-2026-00731}}
Usager : {{PERSON|Moreau, Jean-Luc}}
Objet : demande de délai de paiement, {{neg:amount|2 450 €}}
Contact : {{EMAIL|jl.moreau@example.com}}
Suite : accordé 3 mensualités par {{PERSON|Agnès}}.`),
]
