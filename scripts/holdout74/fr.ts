// French texts (fr-FR, fr-CH), written one by one: synthèses d'appel rédigées par l'IA, notes après appel, e-mails
// d'escalade avec messages de clients transférés, chats web et transcriptions d'appels.
import { mk } from "./mk.ts"

const fr = mk("fr-FR")
const ch = mk("fr-CH")

export const FR_FR = [
  fr("summary", `Synthèse IA – Horizon Épargne Retraite, appel entrant (9 min 31 s)
Appelante : {{PERSON|Véronique Lefèvre-Bonnet}}, contrat {{neg:contract-number|PER-2021-003847}}. Elle souhaite un versement libre de {{neg:amount|3 000 €}} et modifier le RIB.
Nouvel IBAN dicté : {{IBAN|FR76 3000 4028 3700 0198 7034 121}}. Son mari, {{PERSON|Jean-Luc Bonnet}}, co-titulaire, joignable au {{PHONE|06 12 48 73 95}} ; elle-même au {{PHONE|04 78 62 19 33}}.
Conseillère : {{PERSON|Amandine Roux}}. Dossier transmis à {{PERSON|Karim}} (back-office) le {{neg:date|4 décembre}} à {{neg:time|15h20}}.
Ton : inquiète 😟 → rassurée. Modèle {{neg:version|v2.6.1}}.`),
  fr("note", `Note après appel – support technique box & TV, ticket {{neg:ticket-number|SAV-7741093}}
Client {{PERSON|Mamadou Diallo}}, {{neg:postcode|69003}} Lyon. Box sur {{IP_ADDRESS|192.168.5.254}}, décodeur {{IP_ADDRESS|192.168.5.61}}, firmware {{neg:version|4.18.2}}.
Coupures depuis le {{neg:date|30 novembre}}. Technicien le {{neg:date|10/12/2026}} entre {{neg:time|8h00}} et {{neg:time|12h00}}.
Rappel : {{PHONE|+33 7 81 24 56 90}}. Sa fille {{PERSON|Aïssatou}} sera présente. – {{PERSON|LG}}`),
  fr("email", `De : {{EMAIL|accord-prealable@example.com}}
À : {{EMAIL|medecin-conseil@example.com}}
Objet : TR: demande d'entente préalable – adhérent {{neg:member-number|MUT-88041275}}

Bonjour {{PERSON|Sandrine}},

peux-tu regarder ce dossier ? Le chirurgien, le Dr {{PERSON|Olivier Marchand}}, secrétariat {{PHONE|01 42 68 31 07}}, attend notre accord pour le {{neg:date|8 janvier 2027}}.

----- Message transféré -----
De : {{EMAIL|colette.garnier@example.net}}
Bonjour, je suis {{PERSON|Colette Garnier}}. On me demande {{neg:amount|2 450 €}} de dépassement 😩. Mon fils {{PERSON|Bastien}} peut vous répondre au {{PHONE|06 71 38 92 14}}.
Cordialement, {{PERSON|C. Garnier}}

Bien à toi,
{{PERSON|Thibault Mercier}}`),
  fr("chat", `Chat web – OccazAuto (véhicules d'occasion)
Bot : Bonjour 👋 ! Quel est votre nom ?
Visiteur : {{PERSON|Élodie Chevalier}}
Bot : Merci {{PERSON|Élodie}}. Je vous passe un conseiller.
{{PERSON|Nicolas}} (conseiller) : Bonjour, {{PERSON|Nicolas}} à votre écoute.
Visiteur : la Clio immatriculée {{neg:plate|FG-482-KL}} à {{neg:amount|9 900 €}}, le vendeur veut un acompte par virement sur {{IBAN|FR76 1751 5900 0008 1927 3460 551}} c'est normal ?
{{PERSON|Nicolas}} (conseiller) : Ne payez rien hors plateforme. Le vendeur, M. {{PERSON|Perrin}}, sera contacté. Dossier {{neg:case-number|OCZ-55310}}.`),
  fr("transcript", `Transcription (QA) – Déménagements Garonne
AGENT : Déménagements Garonne, {{PERSON|Camille}} bonjour.
APPELANT : Bonjour, {{PERSON|Rémi Lacoste}}. Déménagement le {{neg:date|18 décembre}} de Bordeaux à Toulouse.
AGENT : Un numéro pour vous joindre ?
APPELANT : {{PHONE|zéro six, quarante-sept, quatre-vingt-deux, trente et un, soixante-neuf}}.
AGENT : Donc {{PHONE|06 47 82 31 69}}.
APPELANT : Oui. Ma compagne {{PERSON|Inès}} au {{PHONE|05 56 44 21 08}} en journée.
AGENT : Devis {{neg:order-number|DG-2026-1184}} : {{neg:amount|1 780 €}}.`),
  fr("note", `Note – service stationnement, mairie
{{PERSON|Gilbert Fontaine}} conteste un avis de paiement {{neg:reference|FPS-2026-0448213}} pour {{neg:plate|EK-331-PR}} du {{neg:date|28/11/2026}}, {{neg:time|11h47}}. Ticket payé par appli.
Montant {{neg:amount|35 €}}. Courriel {{EMAIL|gilbert.fontaine@example.org}}. Agent : {{PERSON|Yasmine Benali}}.`),
  fr("summary", `Résumé d'appel (IA) – Toilettage Câlin, Nantes
Cliente {{PERSON|Nathalie Guérin}} : son caniche a eu une irritation après la séance du {{neg:date|2 décembre}}. Vétérinaire : Dr {{PERSON|Hugo Caron}}, {{PHONE|02 40 89 17 26}}.
Responsable {{PERSON|Manon}} propose un remboursement de {{neg:amount|45 €}} sur la carte {{neg:masked-card|**** 7720}}. Cliente : {{PHONE|06 33 19 84 52}}.`),
  fr("email", `Objet : Escalade – salle de mariage, double réservation
De : {{EMAIL|evenements@example.org}}
À : {{EMAIL|direction@example.org}}

{{PERSON|Philippe}},

les mariés {{PERSON|Chloé Morel}} et {{PERSON|Antoine Dufresne}} (réservation {{neg:booking-ref|CHB-270619}}) ont payé {{neg:amount|5 000 €}}. {{PERSON|Chloé}} écrit :
> Merci de nous rappeler au {{PHONE|+33 6 28 41 07 93}}. Nous sommes très inquiets.

{{PERSON|Aurélie}}`),
  fr("note", `Note après appel – épargne retraite
{{PERSON|Bernard Lemoine}} a payé sa cotisation par carte {{CARD|4024 0071 6652 8934}} ; la première saisie {{neg:luhn-invalid|4024 0071 6652 8931}} avait échoué. Rappel au {{PHONE|03 88 21 47 60}}.`),
  fr("chat", `Chat – FibreMax assistance
Agent {{PERSON|Julien}} : Bonjour, votre nom ?
Client : {{PERSON|Pascal Rousseau}}
Agent {{PERSON|Julien}} : Merci {{PERSON|Pascal}}. Votre box est sur {{IP_ADDRESS|2001:db8:c0a8::2}}, version {{neg:version|3.4.17}}. Je relance la ligne.`),
  fr("transcript", `Transcription QA – mairie de Lille, service stationnement résidentiel (appel transféré)
AGENT : Service stationnement, {{PERSON|Frédérique}} à l'appareil.
APPELANT : Bonjour madame, {{PERSON|Thierry Vasseur}}. Ma carte résident n'a pas été renouvelée.
AGENT : Votre immatriculation ?
APPELANT : {{neg:plate|GH-204-TN}}.
AGENT : Et un numéro pour vous rappeler ?
APPELANT : {{PHONE|zéro six, vingt-trois, quatre-vingt-dix-sept, onze, cinquante-huit}}.
AGENT : {{PHONE|06 23 97 11 58}}, c'est bien ça ?
APPELANT : Oui. Sinon ma voisine, Mme {{PERSON|Odile Brun}}, garde mes courriers.
AGENT : Le renouvellement coûte {{neg:amount|45 €}} ; je transmets à mon collègue {{PERSON|Jérôme}} aujourd'hui à {{neg:time|16h30}}.`),
]

export const FR_CH = [
  ch("summary", `Synthèse IA – Caisse de pension Léman, appel du {{neg:date|3 décembre}}
Assurée : {{PERSON|Françoise Aebischer}}, n° d'assurée {{neg:member-number|CPL-440918}}. Elle demande un retrait EPL de {{neg:amount|CHF 60 000}} pour l'achat d'un appartement à Lausanne ({{neg:postcode|1004}}).
Versement sur {{IBAN|CH97 0078 8000 0213 9475 6}}. Son notaire, Me {{PERSON|Laurent Rochat}}, joignable au {{PHONE|021 613 47 28}}. Assurée : {{PHONE|079 418 22 63}}.
Conseiller {{PERSON|Patrick Jaquier}} ; dossier passé à {{PERSON|Sophie}} (service juridique).`),
  ch("note", `Note technique – TV & Internet, ticket {{neg:ticket-number|SW-338104}}
{{PERSON|Raphaël Métrailler}}, Sion. Routeur {{IP_ADDRESS|192.168.10.1}}, box TV {{IP_ADDRESS|192.168.10.20}}, firmware {{neg:version|11.3.2}}.
Rappel au {{PHONE|027 322 48 19}} ; sa femme {{PERSON|Nadine}} au {{PHONE|+41 76 382 19 40}}. – {{PERSON|FB}}`),
  ch("transcript", `Transcription – Déménagements du Lac, Genève
AGENT : Déménagements du Lac, {{PERSON|Océane}} bonjour.
APPELANT : Bonjour, {{PERSON|Jean-Daniel Favre}}. On déménage le {{neg:date|20 décembre}}.
AGENT : Votre numéro ?
APPELANT : {{PHONE|zéro septante-huit, six cinq un, zéro trois, quarante-sept}}.
AGENT : {{PHONE|078 651 03 47}}, merci.
APPELANT : Devis pour {{neg:amount|CHF 2 400}} ?
AGENT : Oui, devis {{neg:order-number|DDL-4471}}.`),
  ch("email", `De : {{EMAIL|autorisations@example.net}}
À : {{EMAIL|medecin-conseil@example.net}}
Objet : TR: garantie de paiement – police {{neg:policy-number|LCA-7720-118}}

{{PERSON|Marc-André}}, voici la demande de l'assurée {{PERSON|Sylvie Bonvin}}. Clinique : {{PHONE|022 734 18 05}}.
> Bonjour, je dois être opérée le {{neg:date|14 janvier}}. Merci de me répondre vite. {{PERSON|S. Bonvin}}, {{PHONE|079 523 61 08}}

{{PERSON|Léa}}`),
  ch("chat", `Chat – AutoMarché Romandie
Bot : Bonjour ! Votre nom ?
Visiteur : {{PERSON|Cédric Pasquier}}
Agente {{PERSON|Mélissa}} : Bonjour {{PERSON|Cédric}}. Pour la Golf ({{neg:plate|VD 482 117}}), le vendeur demande {{neg:amount|CHF 14 500}}.
Visiteur : Paiement sur {{IBAN|CH52 0483 5071 2884 0000 0}} ok ?
Agente {{PERSON|Mélissa}} : Utilisez le paiement sécurisé. Dossier {{neg:case-number|AMR-2290}}.`),
  ch("note", `Note – office du stationnement, Fribourg
{{PERSON|Roland Schaller}} conteste l'amende {{neg:reference|ST-26-09184}} pour {{neg:plate|FR 33912}} du {{neg:date|01.12.2026}} à {{neg:time|10h15}}. {{neg:amount|CHF 40}}. Courriel {{EMAIL|r.schaller@example.com}}.`),
  ch("summary", `Résumé IA – Toilettage Patounes, Neuchâtel
Cliente {{PERSON|Mireille Droz}} : chien blessé à l'oreille. Vétérinaire {{PERSON|Thomas Girardin}}, {{PHONE|032 725 14 60}}. Geste commercial {{neg:amount|CHF 35}}. Cliente {{PHONE|+41 79 284 63 15}}.`),
  ch("email", `Objet : Château de Coppet-sur-Lac – mariage {{neg:date|26 juin 2027}}
De : {{EMAIL|mariages@example.org}}
À : {{EMAIL|a.perret.l.monnier@example.com}}

Chère {{PERSON|Anouk}}, cher {{PERSON|Lionel}},
l'acompte de {{neg:amount|CHF 3 000}} est à verser sur {{IBAN|CH50 0023 0012 8490 3301 1}}, et non sur {{neg:iban-checksum|CH05 0023 0012 8490 3301 1}} comme indiqué par erreur.
{{PERSON|Valérie Cuendet}}`),
  ch("note", `Note après appel – caisse de pension
{{PERSON|Hans-Peter Zürcher}} (bilingue) demande le décompte. Rappel {{PHONE|026 481 29 37}}. Email {{EMAIL|hp.zuercher@example.net}}.`),
  ch("chat", `Chat – Télé Léman support
Client : écran noir
Agent {{PERSON|Yannick}} : Bonjour, nom ?
Client : {{PERSON|Gabrielle Rey}}
Agent {{PERSON|Yannick}} : Merci. Décodeur {{IP_ADDRESS|10.20.4.7}}, version {{neg:version|5.0.12}}.`),
]
