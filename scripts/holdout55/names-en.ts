// Names of the English locales, of many origins. `Family/Feminine` where the family name changes with gender;
// `family first` locales list people as written there.
import type { NameList } from "./people.ts"

export const NAMES_EN: Record<string, NameList> = {
  "en-US": {
    m: ["Will", "Bill", "Mark", "Diego", "Minh", "Tadesse", "Jae-won", "Aaron", "Marcus", "Ezra", "Rafael", "Kofi", "Patrick"],
    f: ["May", "Hope", "Grace", "Guadalupe", "Thuy", "Meseret", "Leilani", "Naomi", "Shaniqua", "Rosa", "Hana", "Brianna", "Siobhan"],
    fam: ["Delgado", "Nguyen", "Bekele", "Kim", "Goldberg", "Washington", "O'Malley", "Haddad", "Rodriguez-Pena", "Castillo", "Yamamoto", "Kowalczyk", "Okafor", "Santos"],
  },
  "en-GB": {
    m: ["Hamish", "Ruaridh", "Callum", "Will", "Mark", "Imran", "Tomasz", "Kwame", "Rhys", "Fergus", "Bill"],
    f: ["Eilidh", "Mairi", "Isla", "Morag", "Hope", "Grace", "Nusrat", "Agnieszka", "Chantelle", "Ffion", "May"],
    fam: ["MacLeod", "Fraser", "Campbell", "MacKenzie", "Iqbal", "Hussain", "Nowak", "Mensah", "Robertson", "McAllister", "Morrison", "Baird", "Ogunleye", "Cruickshank"],
  },
  "en-NZ": {
    m: ["Wiremu", "Tama", "Sione", "Liam", "Hemi", "Rajesh", "Bao", "Mark", "Will", "Jayden", "Daan"],
    f: ["Aroha", "Mere", "Ngaio", "Losana", "Charlotte", "Priya", "Xin", "Grace", "Hope", "Kiri", "Talia"],
    fam: ["Ngata", "Te Whare", "Tuilagi", "Leota", "Parata", "Wong", "Patel", "Fifita", "Wilkinson", "McAlister", "Van der Veen", "Tipene", "Harawira", "Kaur"],
  },
  "en-SG": {
    m: ["Darren", "Mark", "Shawn", "Wei Ming", "Jun Jie", "Zhi Hao", "Muhammad Hafiz", "Irfan", "Arjun", "Kumaresan"],
    f: ["Jolene", "May", "Grace", "Hui Min", "Xiu Ling", "Nurul Aisyah", "Siti", "Farhana", "Kavitha", "Priyanka"],
    fam: ["Tan", "Lim", "Ng", "Goh", "Teo", "Chua", "Koh", "Rahman", "Ismail", "Ramasamy", "Pillai", "Sivakumar", "de Souza", "Fernandez"],
    /** Given names that go with these families only; Chinese given names put the family first. */
    groups: [
      [["Wei Ming", "Jun Jie", "Zhi Hao", "Hui Min", "Xiu Ling"], ["Tan", "Lim", "Ng", "Goh", "Teo", "Chua", "Koh"], true],
      [["Muhammad Hafiz", "Irfan", "Nurul Aisyah", "Siti", "Farhana"], ["Rahman", "Ismail"], false],
      [["Arjun", "Kumaresan", "Kavitha", "Priyanka"], ["Ramasamy", "Pillai", "Sivakumar"], false],
      [["Darren", "Mark", "Shawn", "Jolene", "May", "Grace"], ["Tan", "Lim", "Koh", "de Souza", "Fernandez", "Teo"], false],
    ],
  },
  "en-NG": {
    m: ["Chinedu", "Oluwaseun", "Emeka", "Babatunde", "Abubakar", "Musa", "Ifeanyi", "Godwin", "Tunde", "Efosa", "Gift"],
    f: ["Ngozi", "Folake", "Aisha", "Chiamaka", "Blessing", "Precious", "Yetunde", "Zainab", "Nneka", "Grace", "Goodness"],
    fam: ["Adebayo", "Okonkwo", "Adeyemi", "Nwosu", "Bello", "Abdullahi", "Eze", "Ogunbiyi", "Ekpenyong", "Okoro", "Balogun", "Danjuma", "Osagie", "Uchenna"],
  },
  "en-MT": {
    m: ["Ġorġ", "Ċensu", "Matthew", "Kurt", "Luke", "Żaren", "Jean Paul", "Mark", "Will", "Omar", "Nikolai"],
    f: ["Marija", "Rita", "Antonella", "Maria Dolores", "Graziella", "Stephanie", "Grace", "Hope", "Doreen", "Ruth", "Nadia"],
    fam: ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Grech", "Galea", "Micallef", "Pace", "Cassar", "Azzopardi", "Xuereb", "Buhagiar", "Mifsud"],
  },
}
