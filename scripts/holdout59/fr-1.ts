// fr-FR texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_1 = [
  t("chat", `[15:02] Client : Bonjour, je n'ai plus de réseau depuis ce matin
[15:03] {{PERSON|Mélanie}} (Service client Ondea Mobile) : Bonjour ! Je suis désolée. Pouvez-vous me donner votre numéro de ligne ?
[15:03] Client : {{PHONE|06 12 48 73 90}}
[15:04] {{PERSON|Mélanie}} (Service client Ondea Mobile) : Merci. Le titulaire est bien M. {{PERSON|Yannick Le Gall}} ?
[15:04] Client : oui c'est moi
[15:06] {{PERSON|Mélanie}} (Service client Ondea Mobile) : Une antenne est en panne dans le secteur {{neg:postcode|29200}}. Retour prévu vers {{neg:time|18h30}}.`),
  t("chat", `{{PERSON|Inès}} : slt, mon colis est bloqué depuis 5 jours 😤 n° {{neg:tracking-number|CX 7781 0294 5FR}}
Colisud : Bonjour {{PERSON|Inès}}, je regarde… Le colis est au dépôt de Lyon, l'adresse est incomplète (il manque le code {{neg:postcode|69007}}).
{{PERSON|Inès}} : ah ok. livrez chez ma voisine Mme {{PERSON|Fontaine}} au 3e
Colisud : C'est noté. Livraison jeudi {{neg:date|12 mars}} entre {{neg:time|9h00}} et {{neg:time|13h00}}.`),
  t("note", `appel de mme {{PERSON|nadia benali}} – conteste prélèvement de {{neg:amount|78,40 €}} du {{neg:date|05/02}}. carte {{neg:masked-card|**** 5521}}. opposition faite, dossier {{neg:case-number|BQ-2026-04471}}. rappel au {{PHONE|07 81 22 49 16}} après {{neg:time|17h}}`),
  t("note", `Client M. {{PERSON|Gérard Lapierre}} : fuite d'eau sous l'évier, pas notre secteur (gaz/élec). Réorienté vers son assurance habitation. Numéro fixe donné : {{PHONE|01 99 00 27 43}}. Il voulait aussi savoir si le sol en {{neg:name-word|pierre}} risque quelque chose → pas de réponse possible.`),
  t("email", `Objet : Réclamation – vol {{neg:flight-number|AV 6214}} annulé

Madame, Monsieur,

Mon vol du {{neg:date|14 avril}} Paris–Nice a été annulé sans préavis. Je demande le remboursement du billet ({{neg:amount|189,00 €}}), référence de réservation {{neg:booking-ref|KT8PZ3}}.

Vous pouvez me joindre au {{PHONE|+33 6 74 20 18 53}} ou par mail à {{EMAIL|claire.moreau-daniel@example.com}}.

Cordialement,
{{PERSON|Claire Moreau-Daniel}}`),
  t("email", `Bonjour Madame {{PERSON|Traoré}},

Suite à notre échange téléphonique, je vous confirme votre rendez-vous au cabinet dentaire le mardi {{neg:date|9 juin}} à {{neg:time|14h15}} avec le Dr {{PERSON|Vasseur}}.

Pensez à apporter votre carte Vitale et votre attestation de mutuelle.

Bien cordialement,
{{PERSON|Amandine Roux}}
Secrétariat – Cabinet dentaire des Tilleuls
{{PHONE|04 78 92 15 30}} – {{EMAIL|secretariat@cabinet-tilleuls.example}}`),
  t("transcript", `Agent : Énergis, bonjour, {{PERSON|Thomas}} à votre écoute.
Client : Oui bonjour, c'est {{PERSON|Bernard Lefèvre}}, je vous appelle pour un relevé de compteur.
Agent : Très bien monsieur {{PERSON|Lefèvre}}, votre numéro de contrat ?
Client : {{neg:contract-number|EN-4471-0982}}.
Agent : Et un numéro pour vous rappeler ?
Client : C'est le {{PHONE|zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit}}.
Agent : Je répète : {{PHONE|zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit}}.
Client : C'est ça.`),
  t("transcript", `[00:00:02] conseillère : banque du littoral service cartes {{PERSON|sandrine}} bonjour
[00:00:05] client : bonjour j'ai perdu ma carte hier soir
[00:00:08] conseillère : je suis désolée vous êtes monsieur
[00:00:10] client : {{PERSON|karim haddad}}
[00:00:12] conseillère : monsieur {{PERSON|haddad}} vous avez le numéro de la carte
[00:00:15] client : oui {{CARD|4970 1012 3456 7893}}
[00:00:26] conseillère : c'est bloqué la nouvelle carte arrive sous cinq jours
[00:00:29] client : et rappelez moi au {{PHONE|zéro sept, quatre-vingt-un, vingt-deux, zéro neuf, quarante}} si besoin`),
  t("summary", `Résumé d'appel – {{neg:date|03/03/2026}} {{neg:time|11h42}}
Appelant : {{PERSON|Louise Marchand}}
Motif : abonnement streaming résilié mais toujours prélevé ({{neg:amount|13,49 €}})
Action : remboursement demandé, ticket {{neg:ticket-number|STM-FR-22049}}
Contact : {{EMAIL|louise.marchand@example.net}} / {{PHONE|06.44.21.87.09}}`),
  t("summary", `Sinistre auto : Mme {{PERSON|Hélène Garnier}} a été percutée par l'arrière au feu rouge le {{neg:date|22 janvier}}. Tiers : M. {{PERSON|Jean-Baptiste Ndiaye}}, joignable au {{PHONE|07 52 18 46 39}}. Constat amiable envoyé. Franchise {{neg:amount|300 €}}. Police {{neg:policy-number|AS-AUTO-881204}}.`),
  t("form", `Nom : {{PERSON|DUBOIS}}
Prénom : {{PERSON|Mathilde}}
Tél. : {{PHONE|01 99 00 61 22}}
Portable : {{PHONE|0033 6 58 41 90 27}}
Courriel : {{EMAIL|m.dubois@example.org}}
IBAN : {{IBAN|FR76 3000 4000 0312 3456 7890 143}}
Code postal : {{neg:postcode|75011}}`),
  t("form", `client={{PERSON|Rose-Marie Blanchard}} | tel={{PHONE|+33 (0)4 91 22 73 40}} | email={{EMAIL|rm.blanchard@example.com}} | commande={{neg:order-number|CMD-2291744}} | montant={{neg:amount|54,90 €}} | statut=remboursé`),
]
