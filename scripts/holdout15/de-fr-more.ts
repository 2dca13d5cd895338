// More German (Austria) and French (Switzerland, Luxembourg): chats, exports,
// complaints, and notes that hold only lookalikes.
import { type Template, tpl } from './template'

export const DE_MORE: Template[] = [
  tpl('chat', 'vet', (d, k) => d.t`Kundin: Grüß Gott ${k.emoji()} hier ${k.P(k.p[0].full)}, mein Kater ${k.pet()} braucht die Tollwutimpfung für die Reise nach ${k.place(k.pick(['Florenz', 'Victoria', 'Lincoln']))}\nAgent ${k.P(k.p[1].first)}: Servus Frau ${k.P(k.p[0].last)}! Ist der Chip ${k.chip()} registriert?\nKundin: ja, bei Animal Data. Rückruf bitte auf ${k.phone('AT', false)}\nAgent ${k.P(k.p[1].first)}: Gerne, Termin am ${k.date()} um ${k.time()}.`),
  tpl('note', 'energy', (d, k) => d.t`Zählerprotokoll ${k.date()}: Zählpunkt ${k.mprn()}, Stand ${k.reading()}, Einspeisung ${k.qty()}, Wechselrichter ${k.serial()}. Förderantrag ${k.grant()} eingereicht, Angebot ${k.quote()} über ${k.amount()}. Rechnung ${k.invoice()}. Pufferspeicher ${k.qty()}. ${k.word('Mai')}-Ablesung geschätzt.`),
  tpl('json', 'funeral', (d, k) => d.t`{"auftrag":"${k.invoice()}","verstorben":"${k.P(k.p[0].full)}","sterbedatum":"${k.date()}","angehoerige":[{"name":"${k.P(k.p[1].full)}","tel":"${k.phone('AT', true)}"},{"name":"${k.P(k.p[2].full)}","mail":"${k.email(k.p[2])}"}],"grab":"${k.plot()}","login_ip":"${k.ip()}"}`),
]

export const FR_MORE: Template[] = [
  tpl('complaint', 'funeral', (d, k) => d.t`Objet : Re: devis ${k.quote()}\n\nMadame, Monsieur,\nLe ${k.nfd('faire-part')} de ${k.P(k.p[0].full)} comportait une faute et la facture ${k.invoice()} de ${k.amount(k.home === 'CH' ? 'CHF' : undefined)} a été débitée deux fois de ma carte ${k.card()}. Merci de rembourser sur ${k.iban(k.home)}.\n${k.P(k.p[1].full)}\n\n> Le ${k.date()}, ${k.P(k.p[2].full)} <${k.role('contact', 'pf-' + (k.home === 'CH' ? 'rochat.ch' : 'thill.lu'))}> a écrit :\n> Chère Madame ${k.P(k.p[1].last)}, nous sommes désolés.`),
  tpl('csv', 'energy', (d, k) => {
    d.t`client;téléphone;courriel;onduleur;puissance;subvention\n`
    for (let i = 0; i < 3; i++) d.t`${k.P(k.p[i]!.full)};${k.phone(k.home, k.rng.chance(0.5))};${k.email(k.p[i]!)};${k.serial()};${k.qty()};${k.grant()}\n`
  }),
  tpl('note', 'vet', (d, k) => d.t`${k.nfd('Relevé')} vaccinations ${k.date()} : puce ${k.chip()} (${k.pet()}), puce ${k.chip()} (${k.pet()}). Police ${k.policy()}, sinistre ${k.claim()}, ${k.amount(k.home === 'CH' ? 'CHF' : undefined)}. Réf. bancaire ${k.badIban(k.home)} refusée.`),
]
