// Set (d): innocent names, and set (c)'s name-variant file. The innocent names are common given
// names, family names and business words of many countries, combined: written for this
// evaluation, not taken from any list.
#include <algorithm>
#include <fstream>

#include "embargo/normalizer.h"
#include "eval.h"

namespace embargo::eval {
namespace {

struct Culture {
  const char* name;
  std::vector<const char*> given;
  std::vector<const char*> family;
  bool family_first;  // Korean and Chinese write the family name first
};

// Latin spellings; the native-script cultures below mirror some of them in their own script.
const std::vector<Culture>& Cultures() {
  static const std::vector<Culture> kCultures = {
      {"english", {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Thomas", "Jessica", "Charles", "Sarah", "Daniel", "Karen"},
       {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "White", "Harris", "Martin", "Thompson", "Clark", "Lewis", "Walker", "Hall"}, false},
      {"spanish", {"José", "María", "Carmen", "Antonio", "Lucía", "Manuel", "Sofía", "Francisco", "Elena", "Javier", "Isabel", "Diego", "Pilar", "Alejandro", "Rosa", "Pablo", "Marta", "Fernando", "Laura", "Jorge"},
       {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro", "Torres", "Ramírez"}, false},
      {"french", {"Jean", "Marie", "Pierre", "Nathalie", "Michel", "Isabelle", "Philippe", "Sylvie", "Alain", "Catherine", "Nicolas", "Sophie", "Julien", "Camille", "Laurent", "Claire", "Olivier", "Céline", "Thierry", "Amélie"},
       {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller"}, false},
      {"german", {"Hans", "Ursula", "Peter", "Monika", "Klaus", "Sabine", "Jürgen", "Petra", "Wolfgang", "Andrea", "Stefan", "Claudia", "Thomas", "Birgit", "Uwe", "Heike", "Frank", "Katrin", "Matthias", "Anja"},
       {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger"}, false},
      {"italian", {"Giuseppe", "Maria", "Giovanni", "Anna", "Antonio", "Giulia", "Mario", "Francesca", "Luigi", "Chiara", "Francesco", "Sara", "Angelo", "Paola", "Vincenzo", "Elena", "Salvatore", "Valentina", "Roberto", "Alessandra"},
       {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"}, false},
      {"portuguese", {"João", "Ana", "Pedro", "Mariana", "Lucas", "Beatriz", "Gabriel", "Juliana", "Rafael", "Fernanda", "Miguel", "Larissa", "Tiago", "Camila", "Rodrigo", "Patrícia", "Bruno", "Leticia", "Felipe", "Aline"},
       {"Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa"}, false},
      {"russian", {"Aleksandr", "Yelena", "Sergey", "Olga", "Dmitriy", "Tatyana", "Andrey", "Natalya", "Aleksey", "Irina", "Maksim", "Svetlana", "Yevgeniy", "Anna", "Ivan", "Mariya", "Mikhail", "Yekaterina", "Nikolay", "Anastasiya"},
       {"Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasilyev", "Petrov", "Sokolov", "Mikhaylov", "Novikov", "Fedorov", "Morozov", "Volkov", "Alekseyev", "Lebedev", "Semenov", "Yegorov", "Pavlov", "Kozlov", "Stepanov", "Nikolayev"}, false},
      {"korean", {"Min-jun", "Seo-yeon", "Ji-hoon", "Ji-woo", "Hyun-woo", "Su-bin", "Do-hyun", "Ye-jin", "Seung-min", "Ha-eun", "Jae-won", "Yu-na", "Tae-yang", "Eun-ji", "Dong-hyun", "Hye-won", "Sang-woo", "Mi-rae", "Jun-seo", "Ga-eun"},
       {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong"}, true},
      {"chinese", {"Wei", "Fang", "Xiuying", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Tao", "Ming", "Chao", "Xiuzhen", "Hui", "Ping"},
       {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo"}, true},
      {"arabic", {"Omar", "Fatima", "Youssef", "Aisha", "Karim", "Layla", "Tariq", "Nour", "Samir", "Rania", "Walid", "Huda", "Faisal", "Salma", "Nabil", "Mariam", "Rami", "Dina", "Ziad", "Hanan"},
       {"Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Farouk", "Aziz", "Barakat", "Darwish", "Habib", "Jaber", "Karam", "Qasim", "Rashid", "Sabbagh", "Tamimi", "Yassin", "Zaki", "Bitar", "Shami"}, false},
      {"turkish", {"Mehmet", "Ayşe", "Mustafa", "Fatma", "Ahmet", "Emine", "Ali", "Hatice", "Hüseyin", "Zeynep", "Hasan", "Elif", "İbrahim", "Meryem", "Murat", "Şerife", "Ömer", "Sultan", "Yusuf", "Hacer"},
       {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"}, false},
      {"indian", {"Aarav", "Priya", "Vivaan", "Ananya", "Aditya", "Diya", "Arjun", "Isha", "Rohan", "Kavya", "Sanjay", "Pooja", "Rahul", "Neha", "Vikram", "Sneha", "Amit", "Deepa", "Karan", "Meera"},
       {"Sharma", "Verma", "Gupta", "Patel", "Reddy", "Iyer", "Nair", "Menon", "Rao", "Joshi", "Kulkarni", "Mehta", "Shah", "Desai", "Bose", "Banerjee", "Chatterjee", "Pillai", "Kapoor", "Malhotra"}, false},
      {"japanese", {"Hiroshi", "Yuko", "Takashi", "Keiko", "Kenji", "Akiko", "Satoshi", "Naoko", "Makoto", "Tomoko", "Daisuke", "Emi", "Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura"},
       {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Mori"}, true},
      {"vietnamese", {"Anh", "Linh", "Minh", "Huong", "Tuan", "Lan", "Hung", "Mai", "Duc", "Thao", "Khanh", "Trang", "Quang", "Ngoc", "Hieu", "Phuong", "Long", "Hoa", "Nam", "Thu"},
       {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Dinh", "Truong", "Vo", "Lam", "Ta", "Quach"}, true},
  };
  return kCultures;
}

// Own-script names: Hangul, Han, Cyrillic, Arabic, Devanagari, Hebrew, Georgian, Katakana, Greek.
const std::vector<Culture>& NativeCultures() {
  static const std::vector<Culture> kNative = {
      {"hangul", {"민준", "서연", "지훈", "지우", "현우", "수빈", "도현", "예진", "승민", "하은", "재원", "유나", "태양", "은지", "동현"},
       {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"}, true},
      {"han", {"伟", "芳", "秀英", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛"},
       {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"}, true},
      {"cyrillic", {"Александр", "Елена", "Сергей", "Ольга", "Дмитрий", "Татьяна", "Андрей", "Наталья", "Алексей", "Ирина", "Максим", "Светлана", "Иван", "Мария", "Михаил"},
       {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Лебедев", "Семёнов", "Павлов"}, false},
      {"arabic_script", {"عمر", "فاطمة", "يوسف", "عائشة", "كريم", "ليلى", "طارق", "نور", "سمير", "رانيا", "وليد", "هدى", "فيصل", "سلمى", "نبيل"},
       {"حداد", "خوري", "ناصر", "صالح", "منصور", "فاروق", "عزيز", "بركات", "درويش", "حبيب", "جابر", "كرم", "قاسم", "رشيد", "صباغ"}, false},
      {"devanagari", {"राहुल", "अमित", "प्रिया", "सुनीता", "विकास", "अनिल", "पूजा", "संजय", "नेहा", "राजेश", "दीपक", "कविता", "मनोज", "अंजलि", "सुरेश"},
       {"शर्मा", "वर्मा", "गुप्ता", "सिंह", "कुमार", "पटेल", "जोशी", "मेहता", "अग्रवाल", "यादव", "मिश्रा", "चौहान", "रेड्डी", "नायर", "देसाई"}, false},
      {"hebrew", {"דוד", "משה", "יוסף", "אברהם", "יעקב", "דניאל", "אורי", "נועה", "תמר", "מיכל", "רחל", "שרה", "יעל", "עדי", "איתי"},
       {"כהן", "לוי", "מזרחי", "פרץ", "ביטון", "דהן", "אברהם", "פרידמן", "אזולאי", "מלכה", "חדד", "גבאי", "שפירא", "אוחיון", "גולן"}, false},
      {"georgian", {"გიორგი", "დავით", "ნიკოლოზ", "ლუკა", "ალექსანდრე", "ნინო", "მარიამ", "ანა", "ელენე", "თამარ", "ლევან", "ირაკლი", "ზურაბ", "ნათია", "სალომე"},
       {"ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "გიორგაძე", "ლომიძე", "წიკლაური", "ბოლქვაძე", "კვარაცხელია", "ნოზაძე", "ხუციშვილი", "შენგელია", "აბაშიძე", "მამულაშვილი", "ჯაფარიძე"}, false},
      {"katakana", {"ヒロシ", "ユウコ", "タカシ", "ケイコ", "ケンジ", "アキコ", "サトシ", "ナオコ", "マコト", "トモコ", "ダイスケ", "エミ", "ハルト", "ユイ", "ソウタ"},
       {"サトウ", "スズキ", "タカハシ", "タナカ", "ワタナベ", "イトウ", "ヤマモト", "ナカムラ", "コバヤシ", "カトウ", "ヨシダ", "ヤマダ", "ササキ", "ヤマグチ", "マツモト"}, true},
      {"greek", {"Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Νίκος", "Μαρία", "Ελένη", "Αικατερίνη", "Γιάννης", "Σοφία", "Παναγιώτης", "Βασίλης", "Αναστασία", "Χρήστος", "Δέσποινα", "Ευάγγελος"},
       {"Παπαδόπουλος", "Παπαδημητρίου", "Νικολάου", "Γεωργίου", "Οικονόμου", "Αντωνίου", "Ιωάννου", "Κωνσταντίνου", "Δημητρίου", "Παππάς", "Βασιλείου", "Μακρής", "Αθανασίου", "Καραγιάννης", "Αλεξίου"}, false},
  };
  return kNative;
}

const std::vector<const char*> kCompanyWords = {
    "Golden", "Harbor", "Blue", "River", "Summit", "Green", "Valley", "Northern", "Star", "Silver",
    "Oak", "Maple", "Crystal", "Eagle", "Sunrise", "Atlas", "Pioneer", "Horizon", "Coastal", "Alpine",
    "Lotus", "Jade", "Phoenix", "Cedar", "Orchid", "Meridian", "Sapphire", "Falcon", "Willow", "Granite"};
const std::vector<const char*> kBusinessWords = {
    "Logistics", "Bakery", "Consulting", "Textiles", "Foods", "Electronics", "Construction", "Pharmacy",
    "Software", "Furniture", "Dental Clinic", "Hotels", "Printing", "Garden Centre", "Auto Repair"};
const std::vector<const char*> kLegalForms = {"Ltd", "GmbH", "LLC", "S.A.", "Pte Ltd", "Inc.", "SARL", "Co., Ltd.", "AG", "B.V."};

Case Innocent(const std::string& category, std::string name, EntityKind kind) {
  Case c;
  c.set = "d_innocent";
  c.category = category;
  c.query.names = {std::move(name)};
  c.query.kind = kind;
  return c;
}

}  // namespace

std::vector<Case> InnocentNames() {
  std::vector<Case> out;
  auto persons = [&](const Culture& c, const std::string& sep) {
    for (size_t g = 0; g < c.given.size(); ++g)
      for (size_t f = 0; f < c.family.size(); ++f) {
        if ((g + 3 * f) % 2) continue;  // half the grid: varied but bounded
        std::string given = c.given[g], family = c.family[f];
        out.push_back(Innocent(c.name, c.family_first ? family + sep + given : given + sep + family,
                               EntityKind::kPerson));
      }
  };
  for (const Culture& c : Cultures()) persons(c, " ");
  // Hangul and Han write a personal name without a space; the other scripts with one.
  for (const Culture& c : NativeCultures()) persons(c, c.family_first ? "" : " ");
  for (size_t a = 0; a < kCompanyWords.size(); ++a)
    for (size_t b = 0; b < kBusinessWords.size(); ++b) {
      std::string name = std::string(kCompanyWords[a]) + " " + kBusinessWords[b] + " " +
                         kLegalForms[(a + b) % kLegalForms.size()];
      out.push_back(Innocent("company", name, EntityKind::kOrganization));
    }
  return out;
}

namespace {

std::vector<std::string> SortedWords(const NameForm& form) {
  std::vector<std::string> out;
  for (const Token& t : form.tokens)
    if (t.kind == TokenKind::kNamePart) out.push_back(t.text);
  std::sort(out.begin(), out.end());
  return out;
}

// Whether some form of `name` spells exactly the words of some form of `listed` but one.
bool ListedLessOne(const NormalizedName& name, const NormalizedName& listed) {
  for (const NameForm& a : name.forms)
    for (const NameForm& b : listed.forms) {
      std::vector<std::string> words = SortedWords(a), listed_words = SortedWords(b);
      if (words.size() >= 2 && listed_words.size() == words.size() + 1 &&
          std::includes(listed_words.begin(), listed_words.end(), words.begin(), words.end()))
        return true;
    }
  return false;
}

}  // namespace

void MarkListedNames(const Screener& screener, std::vector<Case>& cases) {
  static const Normalizer normalizer;
  for (Case& c : cases) {
    ScreenOptions o;
    o.cutoff = 0.5;
    // Less one part only where that listed name is the best match, not another name alerting.
    double best = 0, best_less_one = -1;
    const NormalizedName query = normalizer.Normalize(c.query.names[0]);
    for (const Match& m : screener.Screen(c.query, o)) {
      if (m.name_score >= 0.999) c.listed_name = true;
      best = std::max(best, m.score);
      if (c.query.kind == EntityKind::kPerson && m.entity->kind == EntityKind::kPerson &&
          !KoreanName(m.matched_name) &&
          ListedLessOne(query, normalizer.Normalize(m.matched_name)))
        best_less_one = std::max(best_less_one, m.score);
    }
    c.listed_less_one = !c.listed_name && best_less_one >= best;
  }
}

std::vector<Case> PutinVariants(const std::string& eval_dir, const std::string& putin_id) {
  std::vector<Case> out;
  std::ifstream in(eval_dir + "/opensanctions-putin-name-variants.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    Case c;
    c.set = "c_name_variants";
    c.category = "putin";
    c.query.names = {line};
    c.query.kind = EntityKind::kPerson;
    c.expected = putin_id;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace embargo::eval
