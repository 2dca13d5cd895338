// fr-FR texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_2 = [
  t("chat", `09:12 Vous : bonjour ma box ne se connecte plus
09:13 {{PERSON|Kevin}} – Ondea Assistance : Bonjour ! Pouvez-vous aller sur {{IP_ADDRESS|192.168.1.254}} et me dire l'adresse IP WAN ?
09:15 Vous : {{IP_ADDRESS|198.51.100.77}}
09:15 {{PERSON|Kevin}} – Ondea Assistance : Et la version du logiciel ?
09:16 Vous : {{neg:version|4.2.18}}
09:17 {{PERSON|Kevin}} – Ondea Assistance : Je lance une mise à jour. Redémarrage dans 5 min. Votre IPv6 sera {{IP_ADDRESS|2001:db8:c0de:12::1}}.`),
  t("note", `RAPPEL : Mme {{PERSON|Bouzid}} (titulaire {{PERSON|Samira Bouzid}}) veut changer son RIB pour le prélèvement. Nouvel IBAN donné au tél : {{IBAN|FR14 2004 1010 0505 0001 3M02 606}}. Ancien IBAN refusé par le système : {{neg:iban-checksum|FR77 1027 8060 4100 0205 4370 129}}. Prochain prélèvement {{neg:date|10/04}}.`),
  t("email", `Bonjour,

Je vous écris car ma facture d'électricité de février ({{neg:amount|212,67 €}}) est deux fois plus élevée que d'habitude. Mon numéro de PDL est {{neg:meter-number|1422 0981 5573 21}}. Le compteur est dans le garage, au 14 rue des Lilas, {{neg:postcode|44300}} Nantes.

Pouvez-vous me rappeler au {{PHONE|02 40 71 38 92}} ? Sinon mon fils {{PERSON|Antoine}} au {{PHONE|06 23 90 14 77}}.

Merci d'avance,
{{PERSON|Odile Perrin}}`),
  t("email", `De : {{PERSON|Julien Da Costa}} <{{EMAIL|julien.dacosta@example.com}}>
À : {{EMAIL|sinistres@assurauto.example}}
Objet : Bris de glace

Bonjour,

Un gravillon a fissuré mon pare-brise sur l'A7 hier vers {{neg:time|16h20}}. Contrat {{neg:policy-number|AS-AUTO-770315}}, véhicule immatriculé {{neg:plate|FG-482-KT}}.

Je suis joignable au {{PHONE|+33 7 69 12 40 85}}.

{{PERSON|Julien}}`),
  t("transcript", `agent : colisud bonjour {{PERSON|fatou}} à l'appareil
cliente : oui bonjour je m'appelle {{PERSON|chantal roussel}} {{PERSON|r o u deux s e l}}
agent : merci madame {{PERSON|roussel}} c'est pour quel colis
cliente : le numéro c'est {{neg:tracking-number|cx 7781 3390 2fr}}
agent : il est en point relais depuis le {{neg:date|2 mai}}
cliente : ah je savais pas vous pouvez m'envoyer un sms au {{PHONE|zéro six, quatre-vingt-dix-huit, quarante-cinq, douze, soixante et onze}}`),
  t("transcript", `Agent : Air Azur, {{PERSON|Nicolas}}, bonjour.
Passagère : Bonjour, je voudrais ajouter un bagage en soute sur ma réservation.
Agent : Bien sûr. Le nom du passager ?
Passagère : {{PERSON|Aurélie Nguyen-Thibault}}.
Agent : Et la référence ?
Passagère : {{neg:booking-ref|RZ4K8M}}.
Agent : Le bagage est à {{neg:amount|35 €}}. Je vous envoie le lien de paiement par SMS, au {{PHONE|zéro six, cinquante-deux, trente et un, quatre-vingts, dix-neuf}} ?
Passagère : Oui, parfait.`),
  t("summary", `Synthèse : la cliente {{PERSON|Léa Girard}} signale un double débit sur sa carte Mastercard. Elle a lu le numéro complet au téléphone : {{CARD|5132 8814 0027 6617}}. Opposition non nécessaire (erreur du commerçant). Remboursement sous 5 jours ouvrés. Contact {{PHONE|06 11 58 93 02}}.`),
  t("summary", `Appel entrant {{neg:date|18/09}} : M. {{PERSON|Olivier Carpentier}} demande un devis pour ajouter sa fille {{PERSON|Manon}} (jeune conductrice) à son contrat auto. Devis envoyé à {{EMAIL|o.carpentier@example.org}} : +{{neg:amount|420 €}}/an. À relancer le {{neg:date|25 septembre}}.`),
  t("form", `Fiche patient
Nom, prénom : {{PERSON|Benhamou, Élodie}}
Date de naissance : {{neg:date|02/11/1990}}
Téléphone : {{PHONE|06-45-12-88-37}}
Mutuelle : n° adhérent {{neg:customer-number|MUT 0098 2214}}
Médecin traitant : Dr {{PERSON|Lambert}}`),
  t("form", `Nom du titulaire ........ {{PERSON|Arnaud de La Roche}}
Ligne ................... {{PHONE|0698227145}}
Ligne secondaire ........ {{PHONE|+33 6 98 22 71 46}}
Forfait ................. 100 Go – {{neg:amount|15,99 €}}/mois
Date d'engagement ....... {{neg:date|1er juillet 2025}}
Carte (masquée) ......... {{neg:masked-card|•••• 8832}}`),
  t("chat", `[Lun 10:44] {{PERSON|Baptiste}}: Bonjour, je n'arrive pas à regarder la série, erreur 403
[Lun 10:45] Assistance Vizio+: Bonjour {{PERSON|Baptiste}}, quelle version de l'appli avez-vous ?
[Lun 10:45] {{PERSON|Baptiste}}: {{neg:version|8.12.0}} sur la TV
[Lun 10:46] Assistance Vizio+: Merci. Votre compte ({{EMAIL|baptiste.lemaire@example.com}}) a été bloqué car l'adresse IP {{IP_ADDRESS|203.0.113.19}} est signalée comme VPN.`),
  t("note", `cliente tres mécontente, mme {{PERSON|rosine lebrun}}, facture gaz {{neg:amount|390 €}}, dit qu'elle est absente depuis novembre. relevé demandé, technicien le {{neg:date|4/12}}. tél {{PHONE|03 88 41 27 60}}. noter : couleur {{neg:name-word|rose}} pâle sur la porte du garage (repère compteur)`),
]
