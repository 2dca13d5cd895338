// fr-FR texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_FR = [
  t("chat", `Assurance Habitation Lumière – Déclaration de sinistre
[09:12] Vous : Bonjour, dégât des eaux chez moi, la voisine du dessus a une fuite
[09:13] {{PERSON|Camille}} (Sinistres) : Bonjour ! Je suis désolée. Pouvez-vous me donner votre nom et votre numéro de contrat ?
[09:14] Vous : {{PERSON|Karim Benali}}, contrat {{neg:contract-number|HAB-7730-44192}}
[09:15] {{PERSON|Camille}} (Sinistres) : Merci M. {{PERSON|Benali}}. Votre dossier : {{neg:claim-number|SIN-2026-118304}}. Un expert vous appellera. À quel numéro ?
[09:15] Vous : {{PHONE|06 71 22 48 90}}`),
  t("note", `Sinistre {{neg:claim-number|SIN-2026-120771}} - cambriolage, assurée Mme {{PERSON|Fatou Diop}}, Montreuil {{neg:postcode|93100}}. Dépôt de plainte fait le {{neg:date|2 décembre}}. Franchise {{neg:amount|150 €}}. Joignable au {{PHONE|01 48 57 30 12}} après {{neg:time|18h}}.`),
  t("email", `Objet : Échéancier prêt immobilier n° {{neg:loan-number|PI 4409 2281 7}}

Madame, Monsieur,

Suite à ma perte d'emploi, je sollicite un report de deux échéances de mon prêt ({{neg:amount|1 142,35 €}} par mois). Mon conjoint, {{PERSON|Yannick Le Goff}}, co-emprunteur, est d'accord.

Vous pouvez me joindre au {{PHONE|02 98 44 71 63}} ou au {{PHONE|07 82 19 55 04}}.

Cordialement,
{{PERSON|Élodie Marchand}}`),
  t("transcript", `CONSEILLER : Banque Rivage, service crédit immobilier, {{PERSON|Julien}} à votre écoute.
APPELANT : Oui bonjour, c'est Mme {{PERSON|Nguyen}}... {{PERSON|Thi Hoa Nguyen}}. Je voudrais changer le compte de prélèvement de mon prêt.
CONSEILLER : Très bien. Le nouveau compte ?
APPELANT : {{IBAN|FR76 1027 8060 4100 0204 1890 109}}.
CONSEILLER : Je relis : {{IBAN|FR76 1027 8060 4100 0204 1890 109}}. Et un numéro pour vous rappeler ?
APPELANT : {{PHONE|zéro quatre, soixante-douze, quarante et un, dix-huit, quatre-vingt-dix-neuf}}.`),
  t("sms", `OndeMobile : {{PERSON|Sofiane}}, votre facture de {{neg:amount|24,99 €}} est disponible. Prélèvement le {{neg:date|12/12}}. Service client : {{PHONE|09 70 80 44 12}}.`),
  t("ticket", `RÉCLAMATION FACTURATION
Client : {{PERSON|HADDAD Sofiane}}
Ligne : {{PHONE|06 45 11 82 07}}
N° client : {{neg:customer-number|OM-22081947}}
Objet : hors forfait {{neg:amount|63,40 €}} facturé le {{neg:date|28/11/2026}}, roaming Maroc
Mail : {{EMAIL|s.haddad@courriel.example}}
Adresse IP connexion : {{IP_ADDRESS|192.168.1.17}}`),
  t("chat", `Panier Frais – Aide
Panier Frais Bot : Bonjour ! Que puis-je faire pour vous ?
Client : ma commande {{neg:order-number|PF-88120443}} est arrivée sans les surgelés
{{PERSON|Inès}} (Panier Frais) : Désolée ! Je vous rembourse {{neg:amount|17,60 €}}. Le livreur peut-il vous appeler la prochaine fois ?
Client : oui au {{PHONE|+33 6 18 27 90 33}}`),
  t("note", `Panier Frais - client {{PERSON|Bernard Rousseau}} (82 ans), commande passée par sa fille {{PERSON|Nathalie}}. Livraison laissée devant la porte, produits volés. Remboursement intégral {{neg:amount|92,15 €}}. Rappeler {{PERSON|Nathalie}} au {{PHONE|06 33 90 71 58}}.`),
  t("email", `Objet : Résiliation abonnement CinéRêve

Bonjour,

Je souhaite résilier mon abonnement à compter du {{neg:date|31 décembre 2026}}. Numéro d'abonné : {{neg:member-number|CR-5510294}}. Merci de ne plus débiter ma carte {{CARD|4761 7330 0912 8452}}.

Bien à vous,
{{PERSON|Thierry Dubois}}
{{EMAIL|thierry.dubois@boite.example}}`),
  t("transcript", `conseillère hôtels azur réservations {{PERSON|sandrine}} bonjour
client bonjour je voudrais annuler ma réservation à nice
conseillère oui le numéro de réservation
client {{neg:booking-ref|az77104}}
conseillère et le nom
client {{PERSON|moreau}} {{PERSON|inès moreau}}
conseillère merci madame {{PERSON|moreau}} c'est annulé sans frais je vous envoie la confirmation par sms au {{PHONE|zéro six, vingt-deux, quatre-vingt-un, zéro trois, soixante-sept}}
client oui c'est ça`),
  t("sms", `Assistance Route Plus : M. {{PERSON|ABDELKADER}}, le dépanneur {{PERSON|Franck}} arrive vers {{neg:time|15h40}}. Dossier {{neg:reference|ARP-4419207}}. Urgence : {{PHONE|05 56 71 20 44}}`),
  t("note", `Dépannage A7 aire de Saint-Rambert, crevaison. Sociétaire {{PERSON|Aurélie Lefèvre}}, immat {{neg:plate|GH-417-KZ}}. Dépanneur envoyé {{neg:time|11h05}}. Portable {{PHONE|07 60 44 19 28}}. Contrat {{neg:contract-number|AUTO 3320 1187}}.`),
  t("ticket", `OBJETS TROUVÉS – Déclaration de perte
Nom : {{PERSON|Mamadou Koné}}
Ligne : tram T2, {{neg:date|4 décembre}}, vers {{neg:time|8h15}}
Objet : sac à dos noir avec ordinateur
Téléphone : {{PHONE|04 78 62 19 33}}
Courriel : {{EMAIL|mamadou.kone@courriel.example}}
Code postal : {{neg:postcode|69007}}`),
  t("email", `Objet : Échéancier facture gaz – référence {{neg:invoice-number|FAC-2026-778104}}

Bonjour Mme {{PERSON|Garnier}},

Suite à notre échange, je confirme accepter l'échéancier de 4 mensualités de {{neg:amount|118,50 €}}. Le prélèvement se fera sur mon compte {{IBAN|FR76 3006 6109 4700 0221 1548 283}}.

Cordialement,
{{PERSON|Rachid Ouali}}
{{PHONE|03 20 57 48 11}}`),
  t("chat", `Hôpital Saint-Roch – Prise de rendez-vous consultations
[14:05] Vous : bonjour, je dois décaler mon rdv en ophtalmologie
[14:06] {{PERSON|Laetitia}} (Secrétariat) : Bonjour, nom, prénom et date de naissance ?
[14:06] Vous : {{PERSON|Wiśniewski Adam}}, {{neg:date|09/06/1983}}
[14:08] {{PERSON|Laetitia}} (Secrétariat) : Je vous propose le {{neg:date|16 janvier}} à {{neg:time|9h30}}. Confirmation envoyée au {{PHONE|06 81 04 57 22}}.`),
  t("sms", `Hôpital Saint-Roch : Rappel RDV consultation dermatologie le {{neg:date|11/12}} à {{neg:time|14h15}}, niveau 2. Pour annuler : {{PHONE|01 44 73 29 60}}.`),
]
