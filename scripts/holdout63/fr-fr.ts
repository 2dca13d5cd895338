// fr-FR texts: written one by one (centre de PMA, transport scolaire, cinéma, croquettes par abonnement, location de
// panneaux solaires, auto-école, bornes de recharge, médiathèque, obsèques, atelier vélo).
import { mk } from "./markup.ts"

const t = mk("fr-FR")

export const FR_FR = [
  t("chat", `Centre AMP Les Tilleuls – prise de rendez-vous
[10:04] Vous : Bonjour, je dois décaler mon échographie de contrôle
[10:05] {{PERSON|Camille}} (secrétariat) : Bonjour ! Votre nom s'il vous plaît ?
[10:05] Vous : {{PERSON|Inès Benali}}
[10:06] {{PERSON|Camille}} (secrétariat) : Merci. Je vous propose jeudi {{neg:date|10 décembre}} à {{neg:time|8h15}} au cabinet 2.
[10:06] Vous : parfait, mon portable c'est le {{PHONE|06 48 21 77 39}}`),
  t("email", `Objet : Carte de transport scolaire de mon fils

Madame, Monsieur,

Mon fils {{PERSON|Mathis Girard}} n'a toujours pas reçu sa carte de car scolaire pour la ligne {{neg:route-number|T412}} (dossier {{neg:case-number|TS-2026-48830}}). J'ai pourtant payé les {{neg:amount|110 €}} en septembre.

Vous pouvez me joindre au {{PHONE|02 40 73 18 64}} ou au {{PHONE|07 81 44 02 95}}.

Cordialement,
{{PERSON|Sandrine Girard}}`),
  t("sms", `CinéLumière : votre réservation {{neg:booking-ref|CL8K2W7}} pour samedi {{neg:time|20h30}}, salle 5, 3 places. Annulation jusqu'à 2h avant. Service client {{PHONE|01 84 60 27 19}}`),
  t("transcript", `CONSEILLER : Croquettes & Compagnie, {{PERSON|Julien}} à votre écoute.
CLIENTE : Oui bonjour, c'est madame {{PERSON|Pierre}}, {{PERSON|Rose Pierre}}, je voudrais suspendre mon abonnement pour le chien.
CONSEILLER : Bien sûr. Un numéro de téléphone pour retrouver votre compte ?
CLIENTE : {{PHONE|zéro six, quarante-sept, quatre-vingt-douze, trente et un, cinquante-huit}}
CONSEILLER : Le {{PHONE|06 47 92 31 58}}, c'est noté, madame {{PERSON|Pierre}}. La prochaine livraison du {{neg:date|14 décembre}} est annulée.`),
  t("note", `SoleilBail – client {{PERSON|Thierry Morvan}} conteste la facture {{neg:invoice-number|SB-F-2026-11409}} ({{neg:amount|89,40 €}}) : onduleur en panne depuis le {{neg:date|3 novembre}}, production nulle. Intervention planifiée. Rappeler au {{PHONE|02 98 44 17 30}}. Remboursement sur {{IBAN|FR76 3000 4018 4200 0193 8472 125}}.`),
  t("ticket", `AUTO-ÉCOLE LA PRIORITÉ – INSCRIPTION
Nom : {{PERSON|DIALLO}}
Prénom : {{PERSON|Aminata}}
Date de naissance : {{neg:date|22/03/2008}}
Portable : {{PHONE|+33 7 52 18 90 46}}
Courriel : {{EMAIL|aminata.diallo@courrier.example}}
Forfait 20h : {{neg:amount|1 290,00 €}}
Code postal : {{neg:postcode|93200}}`),
  t("chat", `RechargeFlux – assistance
Client : la borne de Carrefour Vénissieux ne démarre pas
{{PERSON|Yanis}} (RechargeFlux) : Bonsoir, quel est le numéro de la borne ?
Client : {{neg:charger-id|RF-69-30211}}
{{PERSON|Yanis}} (RechargeFlux) : Je la redémarre à distance. Votre badge est bien le {{neg:member-number|0471 2209 8813}} ?
Client : oui`),
  t("note", `Médiathèque Jacques-Prévert : adhérente {{PERSON|Maryse Dubois}} signale 3 retards non justifiés sur son compte, les documents ont été rendus dans la boîte le {{neg:date|28/11}}. Amendes {{neg:amount|4,50 €}} annulées. Tél {{PHONE|04 76 21 58 03}}, mail {{EMAIL|maryse.dubois@orangerie.example}}.`),
  t("email", `De : {{PERSON|Olivier Masson}} <{{EMAIL|omasson@obsequesprevoyance.example}}>
À : {{PERSON|Nadia Haddad}}
Objet : Re: Contrat obsèques de votre mère

Madame {{PERSON|Haddad}},

Le capital de {{neg:amount|3 500 €}} prévu au contrat {{neg:contract-number|OP-2011-774209}} sera versé directement aux pompes funèbres, {{neg:name-word|pierre}} tombale comprise. Je reste joignable au {{PHONE|01 53 40 88 12}}.

Bien à vous,
{{PERSON|Olivier Masson}}

> Le {{neg:date|2 décembre}}, {{PERSON|Nadia Haddad}} a écrit :
> Ma mère est décédée la semaine dernière, que dois-je faire ?`),
  t("transcript", `conseillère bonjour atelier vélo roue libre {{PERSON|amandine}} à l'appareil
client bonjour je viens pour mon vélo électrique la batterie ne charge plus
conseillère c'est à quel nom
client {{PERSON|nguyen}} {{PERSON|van long nguyen}}
conseillère je vous rappelle à quel numéro
client {{PHONE|zéro six dix-sept trente-quatre quatre-vingt-dix-huit soixante et onze}}`),
  t("sms", `Roue Libre : Bonjour {{PERSON|Kevin}}, votre vélo est prêt. Montant {{neg:amount|74 €}}. Ouvert jusqu'à {{neg:time|19h}}. {{PHONE|09 72 41 33 80}}`),
  t("ticket", `RECHARGEFLUX – MODIFICATION DE PAIEMENT
Titulaire : {{PERSON|Lemaire, Baptiste}}
Carte : {{CARD|4546 1782 0931 7459}}
Ancienne carte refusée : {{neg:luhn-invalid|4546 1782 0931 7458}}
Téléphone : {{PHONE|0033 6 19 44 82 07}}
Adresse IP de la demande : {{IP_ADDRESS|203.0.113.48}}`),
]
