// fr-FR texts: written one by one (bris de glace, litiges carte bancaire, accord préalable de mutuelle, fuites d'eau,
// stationnement résidentiel, billetterie de stade, abonnement TER, plateforme de formation, garantie électroménager).
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_FR = [
  t("chat", `Vitrage Express – Bris de glace
[14:02] Vous : bonjour, impact sur mon pare-brise, il s'est fissuré sur l'autoroute 😟
[14:03] {{PERSON|Camille}} (Conseillère) : Bonjour ! Votre assureur et votre immatriculation, s'il vous plaît ?
[14:03] Vous : Mutuelle Rhône Auto, {{neg:plate|FG-418-KZ}}
[14:04] {{PERSON|Camille}} (Conseillère) : Merci. Pris en charge sans franchise. Rendez-vous à l'atelier de Villeurbanne le {{neg:date|11 décembre}} à {{neg:time|9h30}} ?
[14:04] Vous : parfait. mon portable : {{PHONE|06 12 44 87 30}}`),
  t("transcript", `CONSEILLER : Banque Azur, service opposition et contestation, {{PERSON|Mathieu}} à l'appareil.
CLIENTE : Bonjour, je vois deux paiements que je n'ai pas faits sur ma carte.
CONSEILLER : Je vais faire opposition. Votre nom ?
CLIENTE : {{PERSON|Fatoumata Keïta}}.
CONSEILLER : Le numéro de la carte ?
CLIENTE : {{CARD|4556 0044 1928 3371}}.
CONSEILLER : C'est fait. Le remboursement de {{neg:amount|214,60 €}} sera crédité sur {{IBAN|FR76 3000 3030 2000 0501 9157 860}} sous dix jours.
CLIENTE : Vous pouvez me rappeler au {{PHONE|zéro six, dix-neuf, quarante-quatre, quatre-vingt-deux, zéro sept}} si besoin.`),
  t("email", `De : {{PERSON|Bernard Lefèvre}} <{{EMAIL|bernard.lefevre@example.fr.example.org}}>
À : {{EMAIL|accords@mutuelle-harmonie.example}}
Objet : Demande d'accord préalable – orthodontie

Madame, Monsieur,

Je vous adresse la demande d'entente préalable pour le traitement orthodontique de ma fille {{PERSON|Léa}} (devis de {{neg:amount|2 480 €}}). Numéro d'adhérent : {{neg:member-number|MH 0077 4120 9}}.

Je reste joignable au {{PHONE|04 78 62 14 09}}.

Cordialement,
{{PERSON|Bernard Lefèvre}}`),
  t("sms", `Eau du Grand Lyon : une fuite a été détectée après votre compteur (consommation anormale). Contactez-nous au {{PHONE|09 70 81 22 46}}. Réf. {{neg:reference|FU-2026-77104}}`),
  t("note", `Fuite signalée par Mme {{PERSON|Yasmina Haddad}}, 12 rue des Tanneurs, {{neg:postcode|69007}}. Compteur {{neg:meter-number|EGL 18 440 291}}. Technicien {{PERSON|Gaëtan}} passe le {{neg:date|09/12}}. Tél. {{PHONE|07 81 33 52 90}}. Demande d'écrêtement de facture à suivre.`),
  t("ticket", `Mairie de Bordeaux – Demande de carte de stationnement résident
Nom : {{PERSON|DUBOIS}}
Prénom : {{PERSON|Étienne}}
Immatriculation : {{neg:plate|GH-207-TA}}
Secteur : Chartrons
Téléphone : {{PHONE|+33 5 56 44 21 09}}
Courriel : {{EMAIL|etienne.dubois@example.net}}
Montant : {{neg:amount|15 €}} / mois`),
  t("chat", `Billetterie Stade Vélodrome Sud
[19:40] Supporter : mon billet n'apparaît pas dans l'appli
[19:41] {{PERSON|Inès}} – Billetterie : Bonsoir ! Votre numéro de commande ?
[19:41] Supporter : {{neg:order-number|SVS-660418}}
[19:42] {{PERSON|Inès}} – Billetterie : Il est au nom de {{PERSON|Karim Benali}} ?
[19:42] Supporter : oui c'est moi
[19:43] {{PERSON|Inès}} – Billetterie : Je l'ai renvoyé. Mettez l'appli à jour ({{neg:version|4.2.7}}) et il s'affichera.`),
  t("transcript", `agent: abonnement ter sud bonjour {{PERSON|sandrine}} à votre écoute
client: oui bonjour j'ai payé mon abonnement annuel deux fois
agent: d'accord votre numéro de client
client: {{neg:customer-number|TER 4471 0092}}
agent: je vois deux prélèvements de soixante-douze euros le premier décembre je vous rembourse le second
agent: un numéro pour vous joindre
client: {{PHONE|zéro six, vingt-huit, quarante et un, soixante-dix-sept, trente-six}}`),
  t("ticket", `Garantie Sereno – dossier {{neg:claim-number|GS-FR-330917}}
Client : {{PERSON|Lemaire, Ophélie}}
Appareil : lave-linge, panne tambour
Date d'achat : {{neg:date|14/03/2025}}
Tél. : {{PHONE|01 42 68 11 93}}
Remboursement : {{IBAN|FR76 2004 1010 0505 0001 3024 791}}
Ancien RIB (refusé) : {{neg:iban-checksum|FR83 3000 3030 2000 0501 9157 860}}
IP de connexion : {{IP_ADDRESS|203.0.113.61}}`),
  t("sms", `Message vocal de {{PHONE|+33 6 71 20 48 15}} (0:27) : « bonjour c'est {{PERSON|jean-baptiste}} de la formation en ligne, pouvez-vous me rappeler au {{PHONE|zéro six, soixante et onze, vingt, quarante-huit, quinze}} merci »`),
]
