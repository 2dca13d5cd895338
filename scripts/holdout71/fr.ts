// French texts of holdout71 (fr-FR, fr-BE), written one by one: courriers avec références et objet, réclamations,
// notes de dossier et comptes rendus d'appel d'assureurs, banques, mutuelles, hôpitaux, fournisseurs d'énergie,
// opérateurs, administrations, avocats et sociétés de recouvrement.
import { mk } from "./mk.ts"

const fr = mk("fr-FR")
const be = mk("fr-BE")

export const FR_FR = [
  fr("email", `Mutuelle Assurances du Val de Loire
Service Sinistres – TSA 40217 – {{neg:postcode|45072}} Orléans Cedex 2

Madame {{PERSON|Hélène Duchesne-Ravel}}
12, rue des Tanneurs
{{neg:postcode|37000}} Tours

Nos réf. : {{neg:claim-number|SIN-2026-118407}}
Vos réf. : dégât des eaux
Orléans, le {{neg:date|2 décembre 2026}}

Objet : votre déclaration de sinistre – contrat {{neg:policy-number|MRH-4471028}}

Madame,

Nous accusons réception de votre déclaration du {{neg:date|21 novembre}}. L'expert mandaté, M. {{PERSON|Thibault Garnier}}, prendra contact avec vous au {{PHONE|06 72 18 44 39}}.

L'indemnité, sous déduction d'une franchise de {{neg:amount|150 €}}, sera versée sur {{IBAN|FR76 3000 4018 4700 0104 7391 832}}.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

{{PERSON|Sandrine Le Goff}}
Gestionnaire sinistres
Tél. : {{PHONE|+33 (0)2 38 77 41 20}} – Fax : {{PHONE|02 38 77 41 99}}`),
  fr("note", `Note de dossier – Cabinet Maître {{PERSON|Aurélien de La Tour d'Auvergne}}, avocat
Dossier {{neg:case-number|2026/0418/ALT}}
Client : M. {{PERSON|Mamadou Diallo}}, litige avec son bailleur, SCI Les Cèdres.
Témoin : Mme {{PERSON|Odile Marchand}}, voisine, {{PHONE|04 78 62 19 03}}.
Audience fixée au {{neg:date|15 janvier 2027}} à {{neg:time|9h30}}. Honoraires provisionnels {{neg:amount|1 200 €}}.`),
  fr("summary", `Compte rendu d'appel – Caisse d'allocations (modèle)
Allocataire : Mme {{PERSON|Yasmina Benali}}, n° allocataire {{neg:reference|CAF-7718042}}
Objet : trop-perçu de {{neg:amount|612,40 €}} contesté. Sa fille {{PERSON|Inès Benali}} l'aide pour les démarches, mail {{EMAIL|ines.benali@example.fr.example}}.
Rappel au {{PHONE|07 81 44 20 63}} demandé après {{neg:time|17h}}. Agent : {{PERSON|Loïc Perrin}}.`),
  fr("email", `De : {{PERSON|Bernard Lefèvre-Coutant}} <{{EMAIL|b.lefevre-coutant@example.com}}>
À : Service réclamations Électricité du Sud <{{EMAIL|reclamations@elec-sud.example}}>
Objet : Réclamation – PDL {{neg:meter-number|14 2207 4418 0931}}

Madame, Monsieur,

Depuis le {{neg:date|1er octobre}}, vous me facturez {{neg:amount|187 €}} par mois au lieu de {{neg:amount|92 €}}. J'ai payé par carte {{CARD|2223 0047 1185 9032}} la facture {{neg:invoice-number|FAC-2026-330914}}, mais le paiement apparaît deux fois.

Je vous prie de me rappeler au {{PHONE|05 56 91 40 28}}.

Cordialement,
{{PERSON|Bernard Lefèvre-Coutant}}`),
  fr("transcript", `CONSEILLÈRE : Banque Populaire-exemple, service opposition, {{PERSON|Manon}} à l'appareil.
CLIENT : Bonjour, {{PERSON|Rachid Haddad}}, on m'a volé ma carte.
CONSEILLÈRE : Vous avez le numéro ?
CLIENT : Oui, {{CARD|2720 9914 0835 2248}}... non attendez, c'est {{neg:luhn-invalid|2223 0047 1185 9035}} sur l'ancienne.
CONSEILLÈRE : La carte en cours est bien opposée à {{neg:time|22h05}}. Référence {{neg:reference|OPP-882104}}.`),
  fr("note", `Hôpital (CHU modèle) – note de l'assistante sociale
Patient : M. {{PERSON|Jean-Marie Kerouac}}, IPP {{neg:reference|IPP-00471188}}
Personne de confiance : Mme {{PERSON|Gwenaëlle Kerouac}}, épouse, {{PHONE|02 40 89 33 16}}.
Médecin traitant : Dr {{PERSON|Fatou N'Diaye}}. Mutuelle : contrat {{neg:contract-number|MUT-55021-B}}.`),
  fr("email", `Recouvrement Atlantique SAS
Réf. dossier : {{neg:case-number|RA-26-000917}}
Nantes, le {{neg:date|3 décembre 2026}}

Monsieur {{PERSON|Quentin Morvan}},

Sauf erreur de notre part, la somme de {{neg:amount|846,12 €}} reste due à notre mandant, l'opérateur Télécom Ouest. Vous pouvez régler par virement sur {{IBAN|FR76 1027 8060 3900 0205 1834 482}} (et non sur {{neg:iban-checksum|FR67 1027 8060 3900 0205 1834 482}}, mentionné par erreur sur notre premier courrier).

Votre interlocutrice : Mme {{PERSON|Claire Vasseur}}, {{PHONE|09 72 41 18 05}}, {{EMAIL|c.vasseur@recouvrement-atl.example}}.`),
  fr("summary", `Compte rendu d'appel – Pôle retraite, caisse de retraite complémentaire (modèle)
Appelant : M. {{PERSON|Gérard Poulain}}, ayant droit de son épouse décédée Mme {{PERSON|Simone Poulain}}.
Demande de réversion. Pièces à envoyer à {{EMAIL|reversion@retraite-compl.example}}. Numéro de rappel : {{PHONE|03 88 15 72 40}}. Prochain point le {{neg:date|12 décembre}}.`),
  fr("chat", `Chat – Opérateur Orion Mobile
Conseiller ({{PERSON|Kévin}}) : Bonjour, que puis-je faire pour vous ?
Client : ma ligne est coupée depuis le {{neg:date|29 novembre}}, numéro {{PHONE|06 18 77 52 04}}
Conseiller ({{PERSON|Kévin}}) : Je vérifie… Votre box a l'adresse {{IP_ADDRESS|2001:db8:c0de::42}}, elle est bien synchronisée. Le souci vient de la SIM. Titulaire ?
Client : {{PERSON|Élodie Castaing}}`),
  fr("ticket", `Formulaire médiateur de l'assurance – saisine
Nom : {{PERSON|Roussel}}
Prénom : {{PERSON|Anne-Sophie}}
Téléphone : {{PHONE|01 45 22 80 37}}
Courriel : {{EMAIL|as.roussel@example.org}}
Assureur : Prévoyance du Nord, contrat {{neg:contract-number|PDN-PREV-20481}}
Date du refus : {{neg:date|04/11/2026}}`),
]

export const FR_BE = [
  be("email", `Assurances Meuse & Sambre SA
Boulevard de la Sauvenière 88, {{neg:postcode|4000}} Liège

Madame {{PERSON|Véronique Dethier}}
Rue des Houilleurs 14
{{neg:postcode|6000}} Charleroi

Nos références : {{neg:claim-number|MS-2026-77410}}
Vos références : votre courrier du {{neg:date|18 novembre 2026}}

Objet : sinistre incendie – police {{neg:policy-number|INC-330418-BE}}

Madame,

Nous vous confirmons le versement de {{neg:amount|2 740,00 EUR}} sur {{IBAN|BE98 7320 4192 7693}}.

Veuillez agréer, Madame, nos salutations distinguées.

{{PERSON|Jean-François Lambotte}}
Gestionnaire sinistres
Tél. {{PHONE|+32 (0)4 223 71 85}}`),
  be("note", `Note de dossier – Mutualité (modèle), service indemnités
Affilié : M. {{PERSON|Nicolas Vandenbroucke}}, en incapacité depuis le {{neg:date|3 septembre}}.
Médecin-conseil : Dr {{PERSON|Pascale Hubert}}. Administrateur provisoire : Me {{PERSON|Olivier Dumont}}, avocat, {{PHONE|02 741 33 08}}.
Paiement suspendu, IBAN communiqué erroné ({{neg:iban-checksum|BE89 7320 4192 7693}}).`),
  be("summary", `Compte rendu d'appel – Fournisseur d'énergie Wallonie-Énergie
Client : Mme {{PERSON|Fabienne Lejeune}}, code EAN {{neg:meter-number|541448 820077 184402}}
Plainte : compteur à budget placé sans préavis. Son fils {{PERSON|Maxime Lejeune}} rappellera au {{PHONE|0475 38 21 66}}.
Clôture prévue {{neg:date|10 décembre}}.`),
  be("email", `De : {{EMAIL|s.mbuyi@example.be.example}}
À : Ombudsman des télécommunications <{{EMAIL|plaintes@ombudsman-telecom.example}}>
Objet : Plainte contre Proxiline – client {{neg:customer-number|PX-4471-0928}}

Madame, Monsieur,

Je m'appelle {{PERSON|Sylvie Mbuyi Kalonji}}. Proxiline me facture {{neg:amount|79,99 €}} pour un abonnement résilié le {{neg:date|30 septembre}}. Mon numéro : {{PHONE|0496 12 77 40}}.

Bien à vous,
{{PERSON|Sylvie Mbuyi Kalonji}}`),
  be("transcript", `AGENT : Banque exemple, {{PERSON|Arnaud}} à votre écoute.
CLIENTE : Bonjour, {{PERSON|Martine Delvaux}}. Je ne reconnais pas un virement vers {{IBAN|BE71 0682 4938 1569}}.
AGENT : Montant ?
CLIENTE : {{neg:amount|1 250 €}}, le {{neg:date|28 novembre}}.
AGENT : J'ouvre un dossier fraude {{neg:case-number|FRD-BE-20417}}. On vous rappelle au {{PHONE|071 31 48 92}} ?`),
  be("note", `CPAS (modèle) – note de l'assistante sociale
Demandeur : M. {{PERSON|Abdelkader El Ouali}}, dossier {{neg:case-number|CPAS-2026-3318}}
Son frère {{PERSON|Youssef El Ouali}} est personne de contact ({{PHONE|0485 60 21 93}}). Rendez-vous le {{neg:date|9 décembre}} à {{neg:time|10h}}.`),
  be("summary", `Compte rendu – hôpital universitaire (modèle), service facturation
Patiente : Mme {{PERSON|Christine Van Hoof}} conteste la facture {{neg:invoice-number|FACT-26-088130}} ({{neg:amount|412,30 €}}).
Contact : {{EMAIL|facturation@hopital-univ.example}} ; rappel au {{PHONE|081 22 54 61}}.`),
  be("chat", `Chat – Assureur Direct Belge
Conseillère ({{PERSON|Laetitia}}) : Bonjour, comment puis-je vous aider ?
Visiteur : je veux déclarer un accident de voiture
Conseillère ({{PERSON|Laetitia}}) : Vos nom et numéro, s'il vous plaît ?
Visiteur : {{PERSON|Grégoire d'Ursel}}, {{PHONE|0471 92 05 38}}
Conseillère ({{PERSON|Laetitia}}) : Merci. Dossier {{neg:claim-number|ADB-AUTO-55120}} ouvert.`),
  be("email", `Huissier de justice – Étude {{PERSON|Lemaire}} & associés
Réf. : {{neg:reference|HJ-2026-1104}}

Monsieur {{PERSON|Thierry Gosselin}},

Nous vous informons qu'un montant de {{neg:amount|1 486,55 €}} reste dû. Pour un plan d'apurement, contactez Mme {{PERSON|Nathalie Lemaire}} au {{PHONE|02 512 48 30}}.`),
]
