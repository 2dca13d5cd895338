// fr-FR texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_1 = [
  t("chat", `Conseiller {{PERSON|Mathis}} – Clinique des Tilleuls : Bonjour, comment puis-je vous aider ?
Vous : bonjour je dois annuler le rdv de ma mère, {{PERSON|Josiane Lefebvre}}, prévu le {{neg:date|14 avril}} à {{neg:time|9h30}}
Conseiller {{PERSON|Mathis}} – Clinique des Tilleuls : C'est noté. Souhaitez-vous un autre créneau ?
Vous : oui plutôt l'après-midi, rappelez-moi au {{PHONE|06 48 21 77 93}} svp
Conseiller {{PERSON|Mathis}} – Clinique des Tilleuls : Très bien, un conseiller vous rappelle avant {{neg:time|18h}}.`),
  t("note", `Appel M. {{PERSON|Benali}} ({{PERSON|Karim}}) – opposition CB suite vol de portefeuille le {{neg:date|02/03}}. Carte {{neg:masked-card|XXXX XXXX XXXX 4410}} bloquée. 2 paiements contestés : {{neg:amount|89,90 €}} et {{neg:amount|245,00 €}}. Joignable au {{PHONE|07 62 18 44 05}}. Dossier {{neg:case-number|FRD-993012}}.`),
  t("email", `Objet : Sinistre dégât des eaux – contrat {{neg:policy-number|MRH-5520187}}

Madame, Monsieur,

Suite au dégât des eaux du {{neg:date|9 janvier}} dans mon appartement ({{neg:postcode|69003}} Lyon), je vous transmets le constat amiable signé avec ma voisine, Mme {{PERSON|Hélène Garnier-Dupuis}} ({{PHONE|04 78 62 19 30}}).

Merci de verser l'indemnisation sur :
{{IBAN|FR14 2004 1010 0505 0001 3M02 606}}

Cordialement,
{{PERSON|Thibault de La Rochère}}
{{EMAIL|t.delarochere@example.net}}`),
  t("transcript", `conseiller: service client box internet bonjour {{PERSON|inès}} à votre écoute
client: oui bonjour c'est monsieur euh {{PERSON|gauthier}} {{PERSON|g a u t h i e r}}
conseiller: merci monsieur {{PERSON|gauthier}} un numéro pour vous joindre
client: {{PHONE|zéro six, quarante-deux, dix-huit, soixante-treize, zéro cinq}}
conseiller: parfait je vois que votre box a l'adresse {{IP_ADDRESS|192.168.1.1}} on va la redémarrer`),
  t("sms", `LivrePlat : {{PERSON|Chloé}}, votre livreur {{PERSON|Moussa}} arrive dans 5 min. Commande {{neg:order-number|LP-77213}}. Un souci ? {{PHONE|01 86 95 22 40}}`),
  t("ticket", `Ticket n° {{neg:ticket-number|RET-220914}}
Client : {{PERSON|PERRIN Aurélie}}
E-mail : {{EMAIL|aurelie.perrin@example.com}}
Commande : {{neg:order-number|CMD-4412098}} – robe taille 38, couleur {{neg:name-word|rose}} pâle
Motif : taille trop petite
Commentaire ({{PERSON|Yanis}}, {{neg:date|12/05}}) : étiquette retour envoyée, remboursement {{neg:amount|64,99 €}} à réception.`),
  t("email", `Bonjour {{PERSON|Camille}},

Votre réservation {{neg:booking-ref|HTL-88K2Q}} à l'Hôtel du Port est confirmée pour 2 nuits à partir du {{neg:date|21 juillet}}. Montant : {{neg:amount|312,00 €}}.

Bien à vous,
{{PERSON|Sandrine Morel}}
Service Réservations
{{PHONE|+33 (0)5 56 44 18 92}}

> Le {{neg:date|3 juin}}, {{PERSON|Camille Roussel}} <{{EMAIL|camille.roussel@example.net}}> a écrit :
> Bonjour, je voudrais réserver une chambre double.`),
]
