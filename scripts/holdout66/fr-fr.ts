// fr-FR texts: written one by one (crédit immobilier, raccordement fibre, bagages, fidélité hôtelière, location longue
// durée, mutuelle, scolarité, pharmacie en ligne, déménagement, itinérance, changement de fournisseur d'électricité,
// retours, salle de sport, vélos en libre-service).
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_FR = [
  t("chat", `Banque Hermine – Service prêts immobiliers
[10:02] Vous : bonjour, je voudrais moduler mes échéances, baisser de {{neg:amount|200 €}}
[10:03] {{PERSON|Corentin}} (Conseiller) : Bonjour ! C'est possible une fois par an. Pouvez-vous me confirmer votre numéro de prêt ?
[10:03] Vous : {{neg:loan-number|PR 0044 18273}}
[10:05] {{PERSON|Corentin}} (Conseiller) : Merci Mme {{PERSON|Le Goff}}. Je vous envoie l'avenant sur {{EMAIL|nolwenn.legoff@example.net}}.`),
  t("email", `De : {{PERSON|Amadou Diallo}} <{{EMAIL|amadou.diallo@example.com}}>
À : {{EMAIL|raccordement@fibrelia.example}}
Objet : Raccordement fibre – rendez-vous annulé deux fois

Bonjour,

Le technicien devait passer le {{neg:date|2 décembre}} puis le {{neg:date|5 décembre}}, personne n'est venu. Commande {{neg:order-number|FBL-7730218}}. Je télétravaille, c'est urgent.

Vous pouvez me joindre au {{PHONE|06 71 48 22 39}} ou au bureau au {{PHONE|01 44 82 90 17}}.

Cordialement,
{{PERSON|Amadou Diallo}}`),
  t("transcript", `CONSEILLÈRE : Fibrelia, service installation, {{PERSON|Océane}} à votre écoute.
APPELANT : Oui bonjour, {{PERSON|Bertrand Morvan}}, le technicien est là mais il dit que le boîtier n'est pas posé dans l'immeuble.
CONSEILLÈRE : Je note. Un numéro pour vous rappeler ?
APPELANT : {{PHONE|Zéro six, quarante-deux, dix-huit, soixante-treize, quatre-vingt-onze}}.
CONSEILLÈRE : {{PHONE|zéro six, quarante-deux, dix-huit, soixante-treize, quatre-vingt-onze}}, c'est noté.`),
  t("ticket", `Air Mistral – Déclaration de bagage endommagé
Dossier : {{neg:reference|ORYAM40921}}
Passager : {{PERSON|Nguyen Thi Hoa}}
Vol AM 611 Nice–Orly, {{neg:date|30/11/2026}}
Dommage : poignée arrachée, coque fendue
Montant réclamé : {{neg:amount|145,00 €}}
Téléphone : {{PHONE|+33 6 12 84 40 73}}
Courriel : {{EMAIL|hoa.nguyen@example.org}}`),
  t("sms", `Air Mistral : votre bagage {{neg:tracking-number|AM 558201}} sera livré demain entre {{neg:time|9h}} et {{neg:time|13h}}. Infos : {{PHONE|09 70 81 44 20}}`),
  t("note", `Programme fidélité Hôtels Orée : client {{PERSON|Jean-Baptiste Fabre}} demande le transfert de ses nuits vers le compte de sa fille {{PERSON|Clémence}}. Refusé (non transférable). Proposé conversion en bons {{neg:amount|80 €}}. Rappel au {{PHONE|04 91 33 72 18}}.`),
  t("chat", `Locaflex – LLD
Visiteur : je veux rendre ma voiture avant la fin du contrat, combien ça coûte ?
{{PERSON|Yasmine}} – Locaflex : Bonjour ! Il y a une indemnité de résiliation. Votre numéro de contrat ?
Visiteur : {{neg:contract-number|LFX-220918}}
{{PERSON|Yasmine}} – Locaflex : Merci. L'indemnité serait de {{neg:amount|1 840 €}}. Un conseiller peut vous appeler, M. {{PERSON|Rousseau}} ?
Visiteur : oui au {{PHONE|07.82.44.19.30}}`),
  t("email", `Objet : Remboursement orthodontie – Mutuelle Clairval

Madame, Monsieur,

Je vous adresse la facture de l'orthodontiste pour mon fils {{PERSON|Théo}} ({{neg:amount|600 €}} par semestre). Merci de rembourser sur mon compte {{IBAN|FR76 3000 4028 3700 0197 4462 145}}.

Numéro d'adhérent : {{neg:member-number|MC 884 102 33}}

Bien à vous,
{{PERSON|Sandrine Lefèvre-Aubert}}
{{PHONE|05 56 44 81 20}}`),
  t("ticket", `Université Val-de-Loire – Service scolarité
Demande de remboursement des frais d'inscription
Étudiant(e) : {{PERSON|BENALI, Inès}}
N° étudiant : {{neg:student-number|22041873}}
Montant : {{neg:amount|178 €}}
RIB : {{IBAN|FR76 1027 8000 3100 0219 8746 130}}
Premier RIB fourni (erroné) : {{neg:iban-checksum|FR12 1027 8000 3100 0219 8746 130}}
Contact : {{EMAIL|ines.benali@etu.example.org}}`),
  t("transcript", `pharmacien : pharmacie en ligne santéclic bonjour {{PERSON|mathieu}} à l'appareil
appelante : oui bonjour c'est {{PERSON|madeleine giraud}} j'ai reçu une boîte de doliprane au lieu de mon traitement
appelante : je peux vous donner ma carte pour renvoyer le bon colis c'est {{CARD|quatre cinq cinq six sept zéro zéro trois trois neuf un deux huit sept un sept}}
pharmacien : pas besoin madame c'est à nos frais`),
  t("note", `Déménagements Gironde Express : devis {{neg:reference|DGE-2026-118}} pour Mme {{PERSON|Kaya}}, Bordeaux → Lyon, {{neg:date|8 janvier}}. Volume 32 m³. Monte-meubles nécessaire, 4e étage. Tél {{PHONE|05.57.22.19.84}}, e-mail {{EMAIL|s.kaya@example.com}}.`),
  t("sms", `Ondelle Mobile : Bienvenue en Suisse ! Hors zone UE, data {{neg:amount|9,90 €}}/Go. Besoin d'aide ? Appelez le {{PHONE|+33 1 70 88 42 10}}. Conseiller dédié : {{PERSON|Farid}}.`),
  t("chat", `Électra Vive – Souscription
[18:30] Vous : j'ai souscrit hier mais je me rétracte, mon mari {{PERSON|Ludovic}} avait déjà signé ailleurs 🙈
[18:31] {{PERSON|Manon}} (Électra Vive) : Aucun souci, vous avez 14 jours. Votre PDL ?
[18:31] Vous : {{neg:meter-number|14 2291 8830 4417}}
[18:32] {{PERSON|Manon}} (Électra Vive) : Rétractation faite. Confirmation envoyée depuis {{EMAIL|souscription@electravive.example}}.`),
  t("ticket", `Marché Plus – Litige retour
Acheteur : {{PERSON|Dubois, Hélène}}
Commande : {{neg:order-number|MP-4418-20931}}
Article : aspirateur, {{neg:amount|229,99 €}}
Adresse IP : {{IP_ADDRESS|2001:db8:f2::1a}}
Carte : {{neg:masked-card|XXXX XXXX XXXX 4418}}
Téléphone : {{PHONE|0033 6 45 18 27 03}}`),
  t("email", `Objet : Suspension abonnement – Forme & Cie

Bonjour {{PERSON|Kevin}},

Suite à mon opération du genou le {{neg:date|20 novembre}}, je souhaite suspendre mon abonnement pour 3 mois. Le certificat médical du Dr {{PERSON|Haddad}} est en pièce jointe.

Merci,
{{PERSON|Anaïs Perrin}}
{{PHONE|06 28 91 40 77}}`),
  t("sms", `Message vocal de {{PHONE|03 88 21 44 90}} : « Bonjour, c'est {{PERSON|Lucie}} de Véloville, votre abonnement annuel est suspendu suite au vélo non rendu. Rappelez-nous au {{PHONE|zéro trois, quatre-vingt-huit, vingt et un, quarante-quatre, quatre-vingt-dix}}. »`),
  t("note", `Véloville : l'utilisateur {{PERSON|Grégoire Lemaire}} conteste une pénalité de {{neg:amount|150 €}}. Vélo {{neg:serial-number|VV-22817}} rendu à la station Bellecour à {{neg:time|23h12}}, borne défectueuse. Log serveur IP {{IP_ADDRESS|10.12.4.88}}. Pénalité annulée. Carte {{CARD|4487 1209 3344 8714}} remboursée.`),
  t("transcript", `CONSEILLER : Banque Hermine, {{PERSON|Thibault}}, bonjour.
CLIENTE : Bonjour, {{PERSON|Fatima Zahra Bennani}}. Je voudrais faire un remboursement anticipé partiel de mon crédit.
CONSEILLER : Très bien. Le virement devra venir de votre compte {{IBAN|FR76 1760 7000 5512 0384 7195 085}} ?
CLIENTE : Oui, ou de celui de mon frère en Belgique, je peux ?
CONSEILLER : Non, il faut votre compte. Je vous rappelle au {{PHONE|+33 (0)2 99 41 28 60}} avec le décompte.`),
]
