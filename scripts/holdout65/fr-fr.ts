// fr-FR texts: written one by one (dépannage du réseau électrique, jardinerie, cuisiniste, tirage photo, lentilles par
// abonnement, objets trouvés d'une appli de taxi, appli de langues, librairie, centre de pneus, transport sanitaire,
// forfaits de ski).
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_FR = [
  t("transcript", `CONSEILLER : Réseau Électrique Val-de-Loire, dépannage, {{PERSON|Mathieu}} à l'appareil.
APPELANTE : Bonsoir, je suis {{PERSON|Nathalie Ferreira}}, on n'a plus de courant depuis dix-neuf heures, rue des Acacias à Saumur.
CONSEILLER : Oui madame, un incident est en cours sur le secteur. Un technicien est parti. Vous avez un numéro où on peut vous rappeler ?
APPELANTE : Oui, c'est le {{PHONE|zéro six, quarante-huit, vingt et un, soixante-dix-sept, trente-neuf}}.
CONSEILLER : Je répète : {{PHONE|06 48 21 77 39}}. C'est noté, madame {{PERSON|Ferreira}}.`),
  t("email", `Objet : Livraison haie de photinias – commande {{neg:order-number|JMV-118402}}

Bonjour Madame {{PERSON|Lefèvre-Diallo}},

Votre commande de 25 photinias sera livrée le mardi {{neg:date|15 décembre}} entre {{neg:time|8h}} et {{neg:time|12h}}. Notre chauffeur, {{PERSON|Karim}}, vous appellera au {{PHONE|06.71.20.58.14}} une demi-heure avant.

Merci de prévoir un accès pour un camion de 3,5 t. Le muret en {{neg:name-word|pierre}} devant le portail nous a posé problème la dernière fois.

Cordialement,
{{PERSON|Élise Marchand}}
Jardinerie du Moulin Vert – service livraison
{{EMAIL|livraison@moulinvert.example.com}} · {{PHONE|02 41 67 30 12}}`),
  t("note", `Cuisines Arpège – RDV métré {{neg:date|04/12}} chez M. {{PERSON|Benoît Leclercq}}, 12 allée des Pins, {{neg:postcode|33600}} Pessac. Plan de travail quartz blanc, évier sous plan. Devis {{neg:amount|9 870,00 €}} TTC. Acompte 30 % par CB. Tél. {{PHONE|05 56 36 48 90}}, portable épouse ({{PERSON|Sandrine}}) {{PHONE|07 68 13 52 04}}. Poseur : {{PERSON|Jean-Baptiste}}.`),
  t("chat", `PhotoMinute – aide en ligne
Vous : bonjour, mon livre photo est arrivé avec des pages collées 😩
{{PERSON|Inès}} (PhotoMinute) : Bonjour ! Désolée pour ça. Vous avez le numéro de commande ?
Vous : {{neg:order-number|PM-44190327}}
{{PERSON|Inès}} (PhotoMinute) : Merci. Je relance une impression gratuite. Livraison au même nom, {{PERSON|Amadou Ndiaye}} ?
Vous : oui
{{PERSON|Inès}} (PhotoMinute) : Parfait, vous la recevrez sous 5 jours ouvrés.`),
  t("sms", `Optique Clairvue : Bonjour {{PERSON|Chloé}}, vos lentilles (abonnement 6 mois) sont prêtes en magasin. Prélèvement de {{neg:amount|32,50 €}} le {{neg:date|10/12}}. Info ☎️ {{PHONE|01 42 78 55 06}}`),
  t("ticket", `TaxiVite – Objet perdu
Déclarant : {{PERSON|Roussel, Margaux}}
Objet : sac à dos noir avec ordinateur
Course : {{neg:booking-ref|TV-8R2K-0913}}, {{neg:date|02/12/2026}} {{neg:time|23h10}}, Gare de Lyon → Montreuil
Chauffeur : {{PERSON|Yacine B}}.
Téléphone déclarant : {{PHONE|+33 6 19 44 82 70}}
E-mail : {{EMAIL|margaux.roussel@example.com}}`),
  t("email", `De : {{PERSON|Hervé Castagnier}} <{{EMAIL|h.castagnier@example.net}}>
À : {{EMAIL|abonnement@babelo.example.com}}
Objet : Remboursement abonnement Babelo

Bonjour,

J'ai été débité deux fois de {{neg:amount|79,99 €}} le {{neg:date|28 novembre}}. Merci de me rembourser sur le compte {{IBAN|FR76 1027 8062 3100 0204 1860 390}}.

Bien à vous,
{{PERSON|Hervé Castagnier}}
{{PHONE|0033 4 76 21 90 85}}`),
  t("transcript", `conseillère: librairie les mots passants bonjour
cliente: oui bonjour c'est madame {{PERSON|gauthier}} j'avais commandé un livre pour noël il est arrivé
conseillère: je regarde votre nom c'est {{PERSON|gauthier}} avec un h
cliente: oui {{PERSON|odile gauthier}}
conseillère: oui il est arrivé ce matin vous pouvez passer le chercher
cliente: d'accord vous pouvez m'envoyer un sms au {{PHONE|zéro six, trente-trois, quatre-vingt-deux, quinze, soixante et onze}}`),
  t("ticket", `Pneus Express Roulez – Fiche client
Client : {{PERSON|Vasseur, Thibault}}
Véhicule : Clio IV, {{neg:plate|GH-417-KT}}
Prestation : 4 pneus hiver + équilibrage, {{neg:amount|436,00 €}}
Paiement : Visa {{CARD|4175 0061 3928 7740}}
Tél : {{PHONE|03 20 54 11 87}}
RDV : {{neg:date|07/12}} à {{neg:time|14h30}}`),
  t("note", `Transport sanitaire – régulation. Mme {{PERSON|Josiane Pereira}}, 84 ans, séance de kiné au CHU lundi {{neg:time|9h45}}, VSL demandé. Adresse : 8 rue du Moulin, {{neg:postcode|93150}} Le Blanc-Mesnil, immeuble {{neg:name-word|blanc}} au fond de la cour. Contact fille {{PERSON|Sylvie}} : {{PHONE|06 82 44 17 30}}. Ambulancier {{PERSON|Rachid}}.`),
  t("sms", `Les Arolles – Domaine skiable : {{PERSON|Baptiste}}, votre forfait saison ({{neg:amount|742 €}}) est activé. Gardez ce SMS. Perte de forfait : {{PHONE|04 79 07 12 60}}.`),
  t("ticket", `Babelo – Incident connexion
Utilisateur : {{EMAIL|lucie.benhamou@example.org}}
Nom : {{PERSON|Lucie Benhamou}}
Adresse IP : {{IP_ADDRESS|2001:db8:7a0::1f}}
Navigateur : Firefox {{neg:version|133.0.3}}
Tentatives : 6 ({{neg:date|05/12/2026}})
Téléphone de secours : {{PHONE|06 13 90 28 44}}`),
]
