// fr-BE texts: written one by one (pannes du gestionnaire de réseau, jardinerie, opticien, pneus, librairie, transport
// de patients, appli de taxi, cuisiniste).
import { mk } from "./markup.ts"

const t = mk("fr-BE")

export const FR_BE = [
  t("transcript", `agent: réseau wallon de distribution service pannes bonjour
appelant: oui bonjour ici {{PERSON|jean-luc dethier}} à seraing on a plus d'électricité depuis ce matin
agent: je vérifie votre code postal s'il vous plaît
appelant: {{neg:postcode|4100}}
agent: oui il y a une panne sur la cabine de la rue de la station on vous rappelle quand c'est rétabli quel numéro
appelant: {{PHONE|zéro quatre septante-cinq, trente-huit, vingt et un, nonante}}
agent: {{PHONE|0475 38 21 90}} c'est noté monsieur {{PERSON|dethier}}`),
  t("email", `Objet : Re: remboursement lentilles

Bonjour Madame {{PERSON|Vandenbroucke}},

Nous avons bien reçu votre demande. Le montant de {{neg:amount|44,90 €}} sera versé sur le compte {{IBAN|BE59 0634 4719 8226}} d'ici le {{neg:date|18 décembre}}.

Bien cordialement,
{{PERSON|Fabrice Lambotte}}
Optique Meuse & Lunettes, Namur
Tél. {{PHONE|081/73.50.26}}

> Le {{neg:date|1 déc. 2026}}, {{PERSON|Anne Vandenbroucke}} <{{EMAIL|anne.vdb@example.com}}> a écrit :
> Je résilie mon abonnement, merci de me rembourser le mois de décembre.`),
  t("note", `Pneus Cora-Jemeppe (atelier) – {{neg:date|03/12}} – client {{PERSON|Mehdi El Amrani}}, Golf {{neg:plate|1-ABC-234}}, pneus hiver montés, {{neg:amount|312,00 €}} payé Bancontact. Vanne valve arrière G à surveiller. GSM:{{PHONE|0486/54.17.09}}.`),
  t("chat", `Librairie Papyrus – commandes en ligne
[16:20] Client : bonjour, ma commande {{neg:order-number|PAP-2026-55183}} indique "livrée" mais je n'ai rien
[16:21] {{PERSON|Delphine}} – Papyrus : Bonjour ! Je regarde… le colis a été déposé au point relais de Schaerbeek.
[16:21] Client : ah, je ne savais pas. à quel nom ?
[16:22] {{PERSON|Delphine}} – Papyrus : Au nom de {{PERSON|Olivier Kabamba}}. Le point relais est joignable au {{PHONE|02 215 48 66}}.
[16:22] Client : merci !`),
  t("ticket", `Transport de patients – CHR Citadelle
Patient : {{PERSON|Lejeune, Marcel}}
Date de naissance : {{neg:date|12/06/1936}}
Trajet : domicile → dialyse, lundi {{neg:date|7 décembre}} {{neg:time|7h00}}
Adresse : rue Saint-Gilles 142, {{neg:postcode|4000}} Liège
Contact : belle-fille {{PERSON|Carine Lejeune-Moreau}} {{PHONE|+32 4 221 36 17}}
Mutualité : n° {{neg:member-number|MC 118-44729-01}}`),
  t("sms", `TaxiClic : Votre chauffeur {{PERSON|Bogdan}} a trouvé un parapluie et des gants dans son véhicule. Récupérez-les au dépôt d'Anderlecht avant le {{neg:date|20/12}}. Info : {{PHONE|0032 2 520 41 77}}`),
  t("ticket", `Cuisines Delvaux – Bon de commande
Client : {{PERSON|Ngoy Mutombo, Chantal}}
Adresse : Avenue des Cerisiers 9, 1030 Schaerbeek
Modèle : Ligne Mat, chêne clair
Total : {{neg:amount|12 480,00 €}}
Acompte viré depuis : {{IBAN|BE74 3101 8502 9307}}
Ancien compte (erreur) : {{neg:iban-checksum|BE75 3101 8502 9307}}
GSM : {{PHONE|0472 83 90 15}}
E-mail : {{EMAIL|chantal.ngoy@example.com}}`),
  t("sms", `Message vocal de {{PHONE|+32 87 31 44 08}} : "bonjour c'est {{PERSON|gilles}} de la jardinerie des fagnes votre commande de sapin est prête vous pouvez me rappeler au {{PHONE|zéro quatre-vingt-sept, trente et un, quarante-quatre, zéro huit}} merci au revoir"`),
]
