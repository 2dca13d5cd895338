/** Belgian French (Brussels, Wallonia) and Luxembourg. */
import { t } from "../builder.ts";
import type { Template } from "../ctx.ts";

export const FR: Template[] = [
  { kind: "chat", make: (c) => {
    const p = c.person();
    return t`Client : bonjour, où est mon colis ? ${c.emoji()} n° ${c.n.tracking()}\nConseillère ${c.P(c.person().first)} : Bonjour ${c.P(p.first)}, il est au point relais, code ${c.n.pin()}, jusqu'au ${c.n.date()}.\nClient : merci, vous pouvez me joindre au ${c.phone()}`;
  } },
  { kind: "call", make: (c) => {
    const p = c.person();
    return t`[transcription] appelant : oui bonjour c'est ${c.P(p.full.toLowerCase())} le livreur n'est pas passé entre ${c.n.window()}\nagent : votre numéro de commande ?\nappelant : ${c.n.order()} et mon gsm c'est le ${c.phone()}`;
  } },
  { kind: "payout", make: (c) => {
    const p = c.person();
    return t`Objet : virement vendeur ${c.n.seller()} non reçu\n\nMadame, Monsieur,\nle versement de ${c.n.amount()} prévu le ${c.n.date()} n'est pas arrivé sur mon compte ${c.iban()}. Le numéro ${c.n.iban()} affiché est erroné. TVA ${c.n.vat()}.\n\nCordialement,\n${c.P(p.full)}\n${c.email(p)}`;
  } },
  { kind: "refund-email", make: (c) => {
    const p = c.person();
    return t`Bonjour ${c.pick(["Madame", "Monsieur", "Mme", "M."])} ${c.P(p.last)},\n\nvotre remboursement :\n| Commande | Montant |\n| ${c.n.order()} | ${c.n.amount()} |\nIl sera crédité sur la carte ${c.card()}. La référence ${c.n.luhn()} n'est pas une carte.\n\n${c.P(c.person().full)}, service clients`;
  } },
  { kind: "restaurant", make: (c) => t`Escalade partenaire ${c.n.restaurant()} (${c.accented()}) : le gérant ${c.P(c.person().full)} signale que le livreur ${c.P(c.person().first)} est arrivé à ${c.n.time()}. Contact : ${c.phone()}, ${c.email(c.person())}.` },
  { kind: "sms", make: (c) => t`bpost : votre colis ${c.n.tracking()} sera livré le ${c.n.date()} (${c.n.window()}). Distributeur ${c.n.locker()}, code ${c.n.pin()}.` },
  { kind: "address-form", make: (c) => {
    const p = c.person();
    return t`Changement d'adresse\nNom : ${c.P(p.full)}\nAdresse : rue de la Loi ${c.n.house()}, ${c.n.postcode()} Bruxelles\nTél. : ${c.phone()}\nColis : ${c.n.tracking()}`;
  } },
  { kind: "customs", region: "LU", make: (c) => t`Dédouanement : colis pour ${c.P(c.person().full)}, code SH ${c.n.tariff()}, TVA import ${c.n.amount()}, EORI ${c.n.eori()}. Tél. ${c.phone("LU")}. IP de la commande ${c.ip()}.` },
];
