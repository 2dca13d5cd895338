// fr-BE texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("fr-BE")

export const FR_BE = [
  t("chat", `Pharmacie du Sablon – chat
[10:14] Visiteur : Bonjour, est-ce que vous avez du Dafalgan forte en stock ? Je voudrais aussi réserver la préparation de ma maman, {{PERSON|Josiane Lambotte}}.
[10:16] {{PERSON|Delphine}} (pharmacienne) : Bonjour ! Oui. La préparation sera prête demain après {{neg:time|15h}}. À quel nom et quel numéro ?
[10:16] Visiteur : {{PERSON|Quentin Lambotte}}, {{PHONE|0475 28 41 93}}
[10:17] {{PERSON|Delphine}} (pharmacienne) : Parfait, {{PERSON|Quentin}}, on vous envoie un SMS.`),
  t("email", `Objet : Location – état des lieux de sortie, rue de l'Aurore 18, {{neg:postcode|1050}} Ixelles

Madame {{PERSON|Mukendi}},

Suite à l'état des lieux du {{neg:date|28 novembre}}, nous vous restituerons la garantie locative de {{neg:amount|1 650,00 €}}, moins {{neg:amount|120 €}} pour le nettoyage du four.

Merci de nous confirmer votre numéro de compte. Nous avons {{IBAN|BE69 0910 1255 6778}} dans le dossier.

Bien à vous,
{{PERSON|Grégoire Van Damme}}
Immo Ambiorix – {{PHONE|02 512 44 87}}`),
  t("transcript", `AGENT : Clinique vétérinaire des Fagnes, {{PERSON|Aurélie}}, bonjour.
APPELANT : Bonjour madame, c'est pour mon chien, il a mangé quelque chose dans le jardin.
AGENT : D'accord, vous pouvez venir tout de suite. Votre nom ?
APPELANT : {{PERSON|Jean-Luc Dethier}}.
AGENT : Et un numéro où vous joindre ?
APPELANT : {{PHONE|zéro quatre septante-deux, cinquante-cinq, dix-huit, zéro six}}.
AGENT : Le {{PHONE|0472 55 18 06}}, c'est noté, monsieur {{PERSON|Dethier}}.`),
  t("note", `Courtier crédit hypo – M. {{PERSON|Benali}} + Mme {{PERSON|Sarah Leclercq}} : achat maison à Namur {{neg:amount|325 000 €}}. Apport {{neg:amount|60 000 €}}. RDV banque {{neg:date|15/12}} {{neg:time|10h30}}. Tél. {{PHONE|081 22 47 19}}.`),
  t("sms", `ColiRapide : votre colis {{neg:tracking-number|CR 3310 4482 BE}} sera livré demain entre {{neg:time|9h}} et {{neg:time|12h}}. Changer la date : {{PHONE|078 15 22 90}}`),
  t("ticket", `Ticket {{neg:ticket-number|UCL-ADM-4471}} – Service des inscriptions
Étudiant·e : {{PERSON|DIALLO Mariama}}
Programme : Master en sciences politiques
Problème : diplôme guinéen non reconnu, dossier d'équivalence en cours
Contact : {{EMAIL|mariama.diallo@etu.example}} / {{PHONE|+32 486 12 77 40}}
Suivi : {{PERSON|Thomas}} – relance Fédération Wallonie-Bruxelles le {{neg:date|10/12}}`),
  t("email", `Objet : Don mensuel – changement de compte

Bonjour,

Je soutiens les Restos du Cœur Liégeois depuis 2021 avec {{neg:amount|15 €}} par mois. J'ai changé de banque : merci de débiter désormais le compte {{IBAN|BE58 0016 7502 3379}} au lieu de {{neg:iban-checksum|BE85 0016 7502 3379}}.

Cordialement,
{{PERSON|Nathalie Wéry}}
{{PHONE|04 223 18 90}}`),
  t("chat", `Toi (21:02) : bonjour, je n'arrive plus à me connecter à mon compte de streaming
CinéFlux Aide – {{PERSON|Karim}} (21:04) : Bonsoir ! Je vois plusieurs tentatives depuis {{IP_ADDRESS|198.51.100.16}}. Est-ce vous ?
Toi (21:04) : non, moi je suis à Charleroi
CinéFlux Aide – {{PERSON|Karim}} (21:06) : J'ai bloqué l'accès et envoyé un lien de réinitialisation à votre adresse.`),
  t("note", `Location voitures Zaventem – client {{PERSON|Ngoma, Patrick}} contrat {{neg:contract-number|BRU-661042}}. Retour {{neg:date|7/12}} {{neg:time|22h40}} (agence fermée), clés en boîte. Dommage jante AV G. Carte {{neg:masked-card|XXXX-XXXX-XXXX-5064}}. Tél. {{PHONE|0032 499 41 08 27}}`),
  t("transcript", `[00:00:03] agent : cabinet dentaire du parc bonjour c'est {{PERSON|manon}}
[00:00:06] appelant : oui bonjour je voudrais annuler mon rendez-vous de jeudi
[00:00:09] agent : à quel nom
[00:00:10] appelant : {{PERSON|hubert}} {{PERSON|h u b e r t}} {{PERSON|gilles hubert}}
[00:00:16] agent : c'est annulé monsieur {{PERSON|hubert}} on vous rappelle pour un autre jour à quel numéro
[00:00:20] appelant : {{PHONE|zéro quatre nonante-sept, trente et un, vingt-deux, quarante-huit}}`),
  t("ticket", `Dossier bagage {{neg:reference|BRUSN40218}} – Brussels Wings
Passager : Mme {{PERSON|Anne-Sophie de Ligne}}
Vol {{neg:flight-number|SN 3712}} Rome → Bruxelles, {{neg:date|3 décembre}}
Bagage : valise rouge, étiquette {{neg:tracking-number|SN 884120}}
Livraison : avenue Louise 231, {{neg:postcode|1050}} Bruxelles
Contact : {{EMAIL|asdeligne@skynet.example}}`),
  t("sms", `Cabinet Dr {{PERSON|Verhaegen}} : rappel RDV de {{PERSON|Léa}} le {{neg:date|18/12}} à {{neg:time|16h15}}. Pour annuler : {{PHONE|065 31 28 40}}.`),
  t("email", `Objet : Affiliation pension complémentaire

Bonjour Monsieur {{PERSON|Pirotte}},

Vous trouverez ci-joint votre fiche de pension 2026. Votre réserve acquise s'élève à {{neg:amount|18 442,17 €}}.

Pour toute question : {{EMAIL|affilies@fondspension-wallonie.example}} ou {{PHONE|+32 2 546 12 00}}.

{{PERSON|Isabelle Mertens}}
Fonds de pension sectoriel`),
  t("chat", `[lun. 12:40] {{PERSON|yasmina}} : bonjour, mon nouveau GSM ne capte pas
[lun. 12:41] {{PERSON|Bart}} – GSM Center Louvain-la-Neuve : Bonjour {{PERSON|Yasmina}} ! Vous avez bien activé la carte SIM ?
[lun. 12:42] {{PERSON|yasmina}} : oui, numéro {{PHONE|0491 30 72 15}}
[lun. 12:44] {{PERSON|Bart}} – GSM Center Louvain-la-Neuve : La portabilité sera finie ce soir vers {{neg:time|20h}}.`),
  t("note", `Donateur {{PERSON|Fontaine}} (Mons) demande attestation fiscale 2026 – dons {{neg:amount|240 €}}. Envoyer à {{EMAIL|m.fontaine@proximus.example}}. Il a donné sa carte au téléphone, {{CARD|5520 8900 3318 4700}}, pour un don ponctuel de {{neg:amount|50 €}}.`),
  t("transcript", `AGENT : ExpressColis, {{PERSON|Sébastien}} à l'appareil.
APPELANTE : Bonjour, mon colis est marqué livré mais je n'ai rien reçu. Le numéro de suivi c'est {{neg:tracking-number|EC 7719 0042}}.
AGENT : Je regarde. Il a été déposé chez un voisin au numéro 14. Vous êtes madame… ?
APPELANTE : {{PERSON|Rachida El Amrani}}.
AGENT : Madame {{PERSON|El Amrani}}, je note votre numéro pour le livreur ?
APPELANTE : {{PHONE|0468 20 93 51}}.`),
  t("sms", `Brussels Wings : {{PERSON|Mathis}}, votre bagage est arrivé à l'aéroport. Livraison demain avant {{neg:time|13h}}. Infos : {{PHONE|02 723 23 45}}`),
]
