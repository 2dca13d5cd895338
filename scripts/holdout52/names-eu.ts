// Names of the ten European locales. Polish and Czech family names follow gender (`Kowalski/Kowalska`; Czech also
// gives the masculine vocative, `Novák/Nováková/Nováku`), and their given names have vocatives for letters and
// greetings (`Szanowna Pani Zofio`, `Dobrý den, Jano`).
import type { NameList } from "./names-en.ts"

const w = (s: string) => s.split(" ")
const b = (s: string) => s.split("|")
const pairs = (s: string) => Object.fromEntries(s.split(" ").map((p) => p.split(":") as [string, string]))

export const NAMES_EU: Record<string, NameList> = {
  "de-DE": {
    f: w("Anna Katharina Jana Lena Sabine Ayşe Elif Birgit Ursula Franziska Heike Dörte"),
    m: w("Jürgen Thomas Lukas Matthias Stefan Mehmet Emre Klaus Tobias Dirk Jörg Björn"),
    fam: b("Müller|Schmidt|Schröder|Weiß|Becker|Krüger|Yılmaz|Öztürk|Hoffmann|Wagner|Neumann|Groß|Meißner|Schäfer|Koch|Sommer|Kaya"),
  },
  "fr-FR": {
    f: w("Camille Léa Chloé Manon Élodie Sandrine Amélie Inès Nathalie Aurélie Yasmine Mathilde"),
    m: w("Julien Thomas Nicolas Maxime Sébastien Karim Antoine Mathieu Hugo Benoît Yannick"),
    fam: b("Bernard|Dubois|Lefèvre|Moreau|Fontaine|Girard|Rousseau|Benali|Mercier|Faure|Chevalier|Lambert|Garnier|Leroy|Nguyen"),
  },
  "es-ES": {
    f: w("Lucía María Nerea Carmen Ainhoa Marta Elena Rocío Pilar Irene Alba"),
    m: w("Javier Sergio Alejandro Iñaki Pablo Álvaro Jorge Raúl Diego Manuel Iker"),
    fam: b("García|Martínez|López|Sánchez|Fernández|Muñoz|Jiménez|Ruiz|Navarro|Romero|Ortega|Castillo|Iglesias|Etxeberria|Domínguez|Vidal"),
  },
  "it-IT": {
    f: w("Giulia Francesca Chiara Sara Valentina Alessia Federica Martina Serena Gioia Elisa"),
    m: w("Marco Luca Alessandro Giuseppe Matteo Lorenzo Davide Andrea Stefano Riccardo Fabio"),
    fam: b("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Gallo|Conti|De Luca|Mancini|Lombardi|D'Angelo"),
  },
  "nl-NL": {
    f: w("Sanne Lotte Femke Iris Anouk Ilse Roos Marieke Esther Fleur Noor"),
    m: w("Daan Bram Joost Thijs Sven Ruud Pieter Wouter Mohamed Jeroen Bas"),
    fam: b("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Groot|Mulder|Bos|van der Linden|Dekker|Brouwer|El Amrani"),
  },
  "pt-PT": {
    f: w("Joana Inês Beatriz Mariana Catarina Ana Sofia Rita Filipa Graça Leonor"),
    m: w("João Tiago Rui Pedro Miguel Nuno Duarte Gonçalo Bruno André Ricardo"),
    fam: b("Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Almeida|Gonçalves|Carvalho|Lopes|Marques|Fernandes|da Costa|dos Santos"),
  },
  "pl-PL": {
    f: w("Anna Katarzyna Magdalena Agnieszka Zofia Joanna Ewa Marta Małgorzata Aleksandra"),
    m: w("Piotr Tomasz Krzysztof Paweł Marcin Michał Jakub Andrzej Łukasz Grzegorz"),
    fam: b("Kowalski/Kowalska|Nowak/Nowak|Wiśniewski/Wiśniewska|Wójcik/Wójcik|Kamiński/Kamińska|Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Woźniak/Woźniak|Dąbrowski/Dąbrowska|Kozłowski/Kozłowska|Mazur/Mazur|Krawczyk/Krawczyk|Jabłoński/Jabłońska"),
    voc: pairs("Anna:Anno Katarzyna:Katarzyno Magdalena:Magdaleno Agnieszka:Agnieszko Zofia:Zofio Joanna:Joanno Ewa:Ewo Marta:Marto Małgorzata:Małgorzato Aleksandra:Aleksandro Piotr:Piotrze Tomasz:Tomaszu Krzysztof:Krzysztofie Paweł:Pawle Marcin:Marcinie Michał:Michale Jakub:Jakubie Andrzej:Andrzeju Łukasz:Łukaszu Grzegorz:Grzegorzu"),
  },
  "sv-SE": {
    f: w("Anna Emma Maja Elin Karin Ingrid Linnea Sara Vilja Astrid Frida"),
    m: w("Erik Lars Johan Oskar Per Björn Mikael Anders Gustav Nils Ahmed"),
    fam: b("Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Lindqvist|Bergström|Sjöberg|Lundgren|Åberg|Öberg|Sandberg|Hedlund|Holm"),
  },
  "da-DK": {
    f: w("Mette Sofie Ida Freja Camilla Louise Signe Karen Astrid Julie Maja"),
    m: w("Mads Rasmus Søren Jesper Frederik Mikkel Anders Kasper Jens Niels Per"),
    fam: b("Jensen|Nielsen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Madsen|Kristiansen|Østergaard|Kjær|Møller|Dahl"),
  },
  "cs-CZ": {
    f: w("Jana Petra Lucie Tereza Eva Kateřina Markéta Veronika Barbora Zuzana"),
    m: w("Petr Tomáš Jan Jakub Martin Lukáš Pavel Jiří Ondřej Vojtěch"),
    fam: b("Novák/Nováková/Nováku|Svoboda/Svobodová/Svobodo|Dvořák/Dvořáková/Dvořáku|Černý/Černá/Černý|Procházka/Procházková/Procházko|Kučera/Kučerová/Kučero|Veselý/Veselá/Veselý|Horák/Horáková/Horáku|Němec/Němcová/Němče|Pokorný/Pokorná/Pokorný|Král/Králová/Králi|Růžička/Růžičková/Růžičko|Beneš/Benešová/Beneši"),
    voc: pairs("Jana:Jano Petra:Petro Lucie:Lucie Tereza:Terezo Eva:Evo Kateřina:Kateřino Markéta:Markéto Veronika:Veroniko Barbora:Barboro Zuzana:Zuzano Petr:Petře Tomáš:Tomáši Jan:Jane Jakub:Jakube Martin:Martine Lukáš:Lukáši Pavel:Pavle Jiří:Jiří Ondřej:Ondřeji Vojtěch:Vojtěchu"),
  },
}
