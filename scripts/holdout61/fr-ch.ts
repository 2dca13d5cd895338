// fr-CH texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("fr-CH")

export const FR_CH = [
  t("email", `Objet : Ordonnance renouvelée – livraison à domicile

Bonjour,

Le Dr {{PERSON|Favre}} a transmis l'ordonnance de mon père, {{PERSON|Marcel Rochat}}, à votre pharmacie ce matin. Pourriez-vous la livrer chemin des Vignes 4, {{neg:postcode|1009}} Pully, jeudi après-midi ?

Vous pouvez me joindre au {{PHONE|079 233 18 47}}.

Meilleures salutations,
{{PERSON|Véronique Rochat}}`),
  t("chat", `Pharmacie du Léman – chat
[08:55] Visiteur : bonjour, vous livrez le samedi ?
[08:57] {{PERSON|Mélanie}} (Pharmacie du Léman) : Bonjour ! Oui, le samedi matin jusqu'à {{neg:time|11h}}, livraison {{neg:amount|CHF 8.–}}.
[08:57] Visiteur : ok, pour {{PERSON|Rochat Marcel}} alors, chemin des Vignes
[08:58] {{PERSON|Mélanie}} (Pharmacie du Léman) : C'est noté. On appellera le {{PHONE|021 728 14 90}} avant de passer.`),
  t("transcript", `AGENT : Cabinet vétérinaire de la Broye, {{PERSON|Joëlle}}, bonjour.
APPELANT : Bonjour, {{PERSON|Yves Pittet}}. Ma jument boite depuis hier soir.
AGENT : Le Dr {{PERSON|Chappuis}} peut passer à la ferme cet après-midi. Quel est votre numéro ?
APPELANT : {{PHONE|zéro septante-six, cinq, quarante et un, vingt, huitante-huit}}.
AGENT : Pardon, vous pouvez répéter ?
APPELANT : {{PHONE|zéro sept six, cinq quatre un, deux zéro, huit huit}}.`),
  t("note", `Location Genève Aéroport – cliente {{PERSON|Ferreira da Silva, Inês}}, rés. {{neg:booking-ref|GVA-22048}}. Demande siège enfant + 2e conducteur ({{PERSON|Tiago Ferreira}}). Prise en charge {{neg:date|20.12.2026}} {{neg:time|7h15}}. Tél. {{PHONE|+41 76 541 20 88}}.`),
  t("sms", `CourrierPlus : votre envoi {{neg:tracking-number|CP 99.14.220118}} est disponible au guichet Cornavin jusqu'au {{neg:date|19.12}}. Infos : {{PHONE|0848 888 888}}`),
  t("ticket", `Demande {{neg:ticket-number|UNIGE-ADM-3310}} – Admissions
Candidat : {{PERSON|OKONKWO Emeka}}
Formation : Bachelor en relations internationales
Pièces manquantes : attestation de langue (niveau C1)
Contact : {{EMAIL|emeka.okonkwo@mail.example}}, {{PHONE|+234 803 412 7755}}
Gestionnaire : {{PERSON|Stéphanie Dubois}}`),
  t("email", `Objet : Transfert de mon avoir de libre passage

Madame, Monsieur,

Je quitte la Suisse fin février 2027 pour m'installer au Portugal. Je souhaite transférer mon avoir de libre passage sur le compte {{IBAN|CH96 0076 2401 6703 3018 X}} (Banque Cantonale Vaudoise) en attendant.

Numéro d'assuré {{neg:member-number|LP-448201}}.

Mes coordonnées : {{PHONE|022 310 44 18}}, {{EMAIL|c.nunes@romandie.example}}

{{PERSON|Carla Nunes-Berset}}`),
  t("transcript", `[00:00:00] agent : caisse de pension du jura bonjour {{PERSON|fabrice}} à l'appareil
[00:00:04] appelante : oui bonjour c'est {{PERSON|madeleine froidevaux}} j'appelle pour la rente de mon mari qui est décédé
[00:00:10] agent : toutes mes condoléances madame {{PERSON|froidevaux}} vous avez son numéro d'assuré
[00:00:15] appelante : oui {{neg:member-number|CPJ 20 441 87}}
[00:00:20] agent : merci je vous envoie les formulaires vous avez un e-mail
[00:00:23] appelante : non juste le téléphone {{PHONE|zéro trente-deux, quatre, soixante-six, vingt-deux, trente}}`),
  t("chat", `Toi (19:30) : salut, mon abonnement de streaming a été débité deux fois
StreamAlpes – {{PERSON|Loïc}} (19:32) : Bonsoir ! Effectivement, deux fois {{neg:amount|CHF 15.90}} le {{neg:date|1er décembre}}. Je rembourse le doublon.
Toi (19:32) : merci, c'est sur la carte {{neg:masked-card|**** 3393}}
StreamAlpes – {{PERSON|Loïc}} (19:33) : Oui, remboursement sous 5 jours.`),
  t("note", `Courtier hypothécaire – couple {{PERSON|Monnier}} : {{PERSON|Sébastien}} et {{PERSON|Aline Monnier-Bühler}}. Appartement PPE Neuchâtel {{neg:amount|CHF 890'000}}. Fonds propres 20 %. Docs manquants : fiches de salaire d'{{PERSON|Aline}}. Tél. {{PHONE|032 725 61 08}}`),
  t("ticket", `Réclamation {{neg:case-number|RB-2026-0981}} – Bagage retardé
Passagère : {{PERSON|Zoé Aeschlimann}}
Vol {{neg:flight-number|LX 2806}} Lisbonne–Genève, {{neg:date|02.12.2026}}
Dépenses urgentes : {{neg:amount|CHF 212.40}} (vêtements)
Remboursement sur {{IBAN|CH70 0070 0120 0991 7425 X}}
Traité par : {{PERSON|Nils}}`),
  t("sms", `Clinique dentaire du Rhône : {{PERSON|Noah}} a RDV le {{neg:date|22.12}}. à {{neg:time|14h00}}. Merci d'arriver 10 min avant. {{PHONE|027 322 18 05}}`),
  t("email", `Objet : Réparation écran – commande {{neg:order-number|MOB-88213}}

Bonjour {{PERSON|Kevin}},

Votre téléphone est réparé et peut être récupéré à notre boutique de Fribourg dès demain {{neg:time|9h}}. Montant à payer : {{neg:amount|Fr. 189.–}}.

Cordialement,
MobiFix Fribourg
{{PHONE|026 322 40 71}}`),
  t("chat", `[mar. 16:05] {{PERSON|laure}} : bonjour, mon colis pour Sion n'est jamais arrivé
[mar. 16:07] {{PERSON|Dario}} | CourrierPlus : Bonjour {{PERSON|Laure}} ! Quel est le numéro de suivi ?
[mar. 16:07] {{PERSON|laure}} : {{neg:tracking-number|99.60.441208.77120}}
[mar. 16:09] {{PERSON|Dario}} | CourrierPlus : Il est au dépôt, on le relivre demain. Un numéro pour le livreur ?
[mar. 16:09] {{PERSON|laure}} : {{PHONE|0041 79 884 22 61}}`),
  t("note", `Don – Mme {{PERSON|Gianoli}} appelle, veut passer d'un don annuel à mensuel ({{neg:amount|CHF 30}}). Paiement par carte {{CARD|4716 0255 1840 3393}}, saisie faite par {{PERSON|Annick}}. Tél. {{PHONE|024 425 11 83}}`),
  t("transcript", `AGENT : Régie du Lac, {{PERSON|Pascale}}, bonjour.
APPELANT : Bonjour, {{PERSON|Arnaud Zbinden}}. J'ai un dégât d'eau dans ma salle de bains, rue du Marché 12.
AGENT : Je vous envoie le sanitaire demain à {{neg:time|8h}}. Un numéro ?
APPELANT : {{PHONE|078 902 33 16}}.
AGENT : C'est noté, monsieur {{PERSON|Zbinden}}. Il s'appelle {{PERSON|Gilbert}}, il vous appellera.`),
  t("sms", `Régie du Lac : Cher M. {{PERSON|Zbinden}}, le sanitaire passera le {{neg:date|9.12}} à {{neg:time|8h}}. Questions : {{PHONE|021 312 65 40}}`),
]
