#include "text/arabic_reader.h"

#include "text/learned_translit.h"

namespace embargo::text {
namespace {

// Frequent name parts: Arabic, then the English, scholarly and French spellings; words
// separated by spaces become separate tokens.
constexpr const char* kNames[][4] = {
    {"محمد", "mohammed", "muhammad", "mohamed"},
    {"أحمد", "ahmed", "ahmad", "ahmed"},
    {"احمد", "ahmed", "ahmad", "ahmed"},
    {"محمود", "mahmoud", "mahmud", "mahmoud"},
    {"مصطفى", "mustafa", "mustafa", "moustafa"},
    {"علي", "ali", "ali", "ali"},
    {"حسن", "hassan", "hasan", "hassen"},
    {"حسين", "hussein", "husayn", "hocine"},
    {"عمر", "omar", "umar", "omar"},
    {"عثمان", "osman", "uthman", "othmane"},
    {"يوسف", "yousef", "yusuf", "youssef"},
    {"إبراهيم", "ibrahim", "ibrahim", "brahim"},
    {"ابراهيم", "ibrahim", "ibrahim", "brahim"},
    {"خالد", "khaled", "khalid", "khaled"},
    {"عبد", "abdul", "abd", "abdel"},
    {"عبدالله", "abdullah", "abd allah", "abdallah"},
    {"عبد الله", "abdullah", "abd allah", "abdallah"},
    {"الله", "allah", "allah", "allah"},
    {"سعيد", "saeed", "said", "saied"},
    {"سعد", "saad", "sad", "saad"},
    {"صالح", "saleh", "salih", "salah"},
    {"صلاح", "salah", "salah", "salah"},
    {"فاطمة", "fatima", "fatimah", "fatma"},
    {"عائشة", "aisha", "aishah", "aicha"},
    {"مريم", "maryam", "maryam", "meriem"},
    {"زينب", "zainab", "zaynab", "zineb"},
    {"جمال", "jamal", "jamal", "djamel"},
    {"ناصر", "nasser", "nasir", "nacer"},
    {"كريم", "karim", "karim", "karim"},
    {"رشيد", "rashid", "rashid", "rachid"},
    {"حمد", "hamad", "hamad", "hamad"},
    {"حامد", "hamid", "hamid", "hamed"},
    {"أسامة", "osama", "usamah", "oussama"},
    {"اسامة", "osama", "usamah", "oussama"},
    {"طارق", "tariq", "tariq", "tarek"},
    {"ماجد", "majid", "majid", "majed"},
    {"منصور", "mansour", "mansur", "mansour"},
    {"قاسم", "qasim", "qasim", "kacem"},
    {"جعفر", "jafar", "jafar", "djaafar"},
    {"هشام", "hisham", "hisham", "hicham"},
    {"وليد", "walid", "walid", "walid"},
    {"بكر", "bakr", "bakr", "bakr"},
    {"أبو", "abu", "abu", "abou"},
    {"ابو", "abu", "abu", "abou"},
    {"بن", "bin", "ibn", "ben"},
    {"ابن", "ibn", "ibn", "ibn"},
    {"ولد", "ould", "walad", "ould"},  // "son of" in Mauritanian names
    {"بنت", "bint", "bint", "bent"},
    {"الدين", "al din", "al din", "eddine"},
    {"نور", "nour", "nur", "nour"},
    {"أمين", "amin", "amin", "amine"},
    {"امين", "amin", "amin", "amine"},
    {"عادل", "adel", "adil", "adel"},
    {"مالك", "malik", "malik", "malek"},
    {"عيسى", "issa", "isa", "aissa"},
    {"موسى", "musa", "musa", "moussa"},
    {"يحيى", "yahya", "yahya", "yahia"},
    {"إسماعيل", "ismail", "ismail", "smail"},
    {"اسماعيل", "ismail", "ismail", "smail"},
    {"سليمان", "suleiman", "sulayman", "slimane"},
    {"عبدالرحمن", "abdul rahman", "abd al rahman", "abderrahmane"},
    {"الرحمن", "rahman", "al rahman", "rahmane"},
    {"حسام", "hossam", "husam", "houssem"},
    {"فيصل", "faisal", "faysal", "faycal"},
    {"سلمان", "salman", "salman", "salmane"},
    {"سلطان", "sultan", "sultan", "soltane"},
    {"حمزة", "hamza", "hamzah", "hamza"},
    {"زيد", "zaid", "zayd", "zied"},
    {"عمرو", "amr", "amr", "amrou"},
    {"شريف", "sharif", "sharif", "cherif"},
    {"نبيل", "nabil", "nabil", "nabil"},
    {"رضا", "reza", "rida", "ridha"},
    {"مهدي", "mahdi", "mahdi", "mehdi"},
    {"جواد", "javad", "jawad", "jaouad"},
    {"رحمن", "rahman", "rahman", "rahmane"},
    {"الرحيم", "rahim", "al rahim", "rahim"},
    {"الحسن", "al hassan", "al hasan", "el hassen"},
    {"البغدادي", "al baghdadi", "al baghdadi", "el baghdadi"},
    // Common in Afghan, Pakistani and Iranian names (keyed in Arabic letters: Persian ی and
    // ک are read as ي and ك).
    {"گل", "gul", "gul", "gul"},
    {"آغا", "agha", "agha", "agha"},
    {"اغا", "agha", "agha", "agha"},
    {"خان", "khan", "khan", "khan"},
    {"آخوند", "akhund", "akhund", "akhound"},
    {"اخوند", "akhund", "akhund", "akhound"},
    {"ملا", "mullah", "mulla", "mollah"},
    {"حاجي", "haji", "hajji", "hadji"},
    {"سيد", "sayed", "sayyid", "sayed"},
    {"شاه", "shah", "shah", "chah"},
    {"جان", "jan", "jan", "jane"},
    {"مير", "mir", "mir", "mir"},
    {"ولي", "wali", "wali", "wali"},
    {"نظر", "nazar", "nazar", "nazar"},
    {"غلام", "ghulam", "ghulam", "gholam"},
    {"عزيز", "aziz", "aziz", "aziz"},
    {"حبيب", "habib", "habib", "habib"},
    {"نجيب", "najib", "najib", "najib"},
    {"حميد", "hamid", "hamid", "hamid"},
    {"رحيم", "rahim", "rahim", "rahim"},
    {"حكيم", "hakim", "hakim", "hakim"},
    {"قادر", "qadir", "qadir", "kader"},
    {"فضل", "fazal", "fadl", "fadel"},
    {"ضياء", "zia", "diya", "dhia"},
    {"ضيا", "zia", "diya", "dhia"},
    {"حقاني", "haqqani", "haqqani", "haqqani"},
};

bool IsVowelLetter(char32_t c) { return c == U'ا' || c == U'آ' || c == U'ى'; }

const char* Consonant(char32_t c) {
  switch (c) {
    case U'ب':
      return "b";
    case U'ت':
      return "t";
    case U'ث':
      return "th";
    case U'ج':
      return "j";
    case U'ح':
      return "h";
    case U'خ':
      return "kh";
    case U'د':
      return "d";
    case U'ذ':
      return "dh";
    case U'ر':
      return "r";
    case U'ز':
      return "z";
    case U'س':
      return "s";
    case U'ش':
      return "sh";
    case U'ص':
      return "s";
    case U'ض':
      return "d";
    case U'ط':
      return "t";
    case U'ظ':
      return "z";
    case U'غ':
      return "gh";
    case U'ف':
      return "f";
    case U'ق':
      return "q";
    case U'ك':
    case U'ک':
      return "k";
    case U'ل':
      return "l";
    case U'م':
      return "m";
    case U'ن':
      return "n";
    case U'ه':
    case U'ھ':
      return "h";
    case U'پ':
      return "p";
    case U'چ':
      return "ch";
    case U'ژ':
      return "zh";
    case U'گ':
    case U'ڨ':
      return "g";
    case U'ڤ':
      return "v";
    default:
      return nullptr;
  }
}

}  // namespace

ArabicReader::ArabicReader() {
  for (const auto& row : kNames) names_.try_emplace(row[0], Spellings{row[1], row[2], row[3]});
}

std::string ArabicReader::Spell(std::string_view utf8_word, int variant) const {
  std::u32string w;
  size_t i = 0;
  while (i < utf8_word.size()) {
    char32_t c = NextCodePoint(utf8_word, i);
    if (c == 0x640) continue;  // tatweel
    w.push_back(c);
  }
  std::string out;
  bool last_consonant = false;  // the output ends in a consonant with no vowel after it
  auto vowel = [&](const char* v) {
    out += v;
    last_consonant = false;
  };
  auto consonant = [&](const char* c, size_t pos) {
    // A short vowel between consonants, except in a final cluster ("abd", "bakr").
    bool final_cluster = pos + 1 == w.size() && pos >= 3;
    if (last_consonant && !final_cluster) out += "a";
    out += c;
    last_consonant = true;
  };
  size_t start = 0;
  if (w.size() > 3 && w[0] == U'ا' && w[1] == U'ل') {
    out += "al";
    start = 2;
  }
  for (size_t k = start; k < w.size(); ++k) {
    char32_t c = w[k];
    char32_t next = k + 1 < w.size() ? w[k + 1] : 0;
    bool at_start = k == start;
    if (c >= 0x64B && c <= 0x652) {  // written short vowels
      if (c == 0x64E)
        vowel("a");
      else if (c == 0x650)
        vowel("i");
      else if (c == 0x64F)
        vowel("u");
      else if (c == 0x651 && !out.empty())
        out.push_back(out.back());
      else if (c == 0x652)
        last_consonant = false;
      continue;
    }
    if ((c == U'ه' || c == U'ھ') && k + 1 == w.size() && k > start && last_consonant) {
      // A final heh after a consonant writes the feminine -a, as Persian and Egyptian
      // spelling do (فاطمه Fatima, شحاته Shehata); after a single letter it is a consonant
      // between vowels (طه Taha).
      if (k == start + 1) consonant("h", k);
      vowel("a");
    } else if (const char* latin = Consonant(c)) {
      // The French spelling of the Maghreb: Djamel, Djermane, Achour.
      if (variant == 1 && c == U'ج') latin = "dj";
      if (variant == 1 && c == U'ش') latin = "ch";
      consonant(latin, k);
    } else if (c == U'ع') {
      if (at_start || last_consonant) vowel("a");
    } else if (c == U'ا' || c == U'آ' || c == U'ى' || c == U'أ') {
      vowel("a");
    } else if (c == U'إ') {
      vowel("i");
    } else if (c == U'ة' || c == U'ە' || c == U'ۀ') {
      vowel(k + 1 == w.size() ? "a" : "at");
    } else if (c == U'و') {
      bool glide = at_start || !last_consonant || IsVowelLetter(next);
      if (glide)
        consonant("w", k);
      else
        vowel(variant ? "ou" : "u");
    } else if (c == U'ي' || c == U'ی' || c == U'ئ') {
      bool glide = at_start || !last_consonant || IsVowelLetter(next);
      if (glide && k + 1 < w.size())
        consonant("y", k);
      else
        vowel(variant ? "e" : "i");
    } else if (c == U'ؤ') {
      vowel("u");
    }
  }
  return out;
}

namespace {

// Tokens of a spelling; words after the first are joined to it (one Arabic word).
std::vector<Token> TokensOf(std::string_view text, bool hyphen_after) {
  std::vector<Token> tokens;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t space = text.find(' ', pos);
    Token t;
    t.text = std::string(text.substr(pos, space - pos));
    t.script = Script::kArabic;
    t.joined_next = space != std::string_view::npos || hyphen_after;
    if (!t.text.empty()) tokens.push_back(std::move(t));
    if (space == std::string_view::npos) break;
    pos = space + 1;
  }
  return tokens;
}

// Second words that make one name with the word before them, and how each system writes the
// pair: Faizullah / Fayd Allah / Faizallah.
struct Compound {
  std::string_view arabic;
  const char *english, *scholarly, *french;
};
constexpr Compound kCompounds[] = {
    {"الله", "ullah", " allah", "allah"},
    {"الدين", "uddin", " al din", "eddine"},
    {"الرحمن", " ur rahman", " al rahman", " errahmane"},
    {"الرحمان", " ur rahman", " al rahman", " errahmane"},
};

}  // namespace

bool IsArabicCompoundTail(std::string_view folded_word) {
  for (const Compound& c : kCompounds) {
    if (folded_word == c.arabic) return true;
  }
  return false;
}

ArabicReader::Spellings ArabicReader::SpellingsOf(std::string_view word, bool persian) const {
  auto it = Find(word);
  if (it != names_.end()) return it->second;
  const std::string sounds = persian ? PersianSounds(word) : std::string(word);
  std::string plain = Spell(sounds, 0);
  return {plain, plain, Spell(sounds, 1)};
}

std::unordered_map<std::string, ArabicReader::Spellings>::const_iterator ArabicReader::Find(
    std::string_view word) const {
  auto it = names_.find(std::string(word));
  if (it != names_.end() || word.size() < 4) return it;
  // A final ى and ي are written for each other: Egyptian على is علي (Ali), Afghan حقانى is
  // حقاني (Haqqani), Persian عیسی is عيسى (Isa).
  std::string other(word.substr(0, word.size() - 2));
  if (word.ends_with("ي")) return names_.find(other + "ى");
  if (word.ends_with("ى")) return names_.find(other + "ي");
  return names_.end();
}

std::vector<WordReading> ArabicReader::ReadCompound(std::string_view word, const RawWord& raw,
                                                    bool persian) const {
  std::vector<WordReading> out;
  for (const Compound& c : kCompounds) {
    if (!word.ends_with(c.arabic) || word.size() < c.arabic.size() + 4) continue;
    std::string_view stem = word.substr(0, word.size() - c.arabic.size());
    if (stem.ends_with(" ")) stem.remove_suffix(1);
    if (stem.starts_with("عبد")) continue;
    const Spellings s = SpellingsOf(stem, persian);
    out.push_back({"arabic", TokensOf(s.english + c.english, raw.hyphen_after)});
    out.push_back({"arabic_ala", TokensOf(s.scholarly + c.scholarly, raw.hyphen_after)});
    out.push_back({"arabic_fr", TokensOf(s.french + c.french, raw.hyphen_after)});
    return out;
  }
  // Pashtun tribes: نورزی Noorzai, بارکزی Barakzai; and -zada, "son of": آخوندزاده Akhundzada.
  constexpr std::pair<std::string_view, const char*> kEndings[] = {{"زي", "zai"}, {"زاده", "zada"}};
  for (const auto& [ending, latin] : kEndings) {
    if (!persian || !word.ends_with(ending) || word.size() < ending.size() + 4) continue;
    const Spellings s = SpellingsOf(word.substr(0, word.size() - ending.size()), persian);
    out.push_back({"arabic", TokensOf(s.english + latin, raw.hyphen_after)});
    out.push_back({"arabic_ala", TokensOf(s.scholarly + latin, raw.hyphen_after)});
    return out;
  }
  return out;
}

std::vector<WordReading> ArabicReader::Read(const RawWord& word, const NameContext& context) const {
  std::vector<WordReading> out;
  auto tokens_of = [&](std::string_view text) { return TokensOf(text, word.hyphen_after); };
  // Persian, Pashto and Urdu letters as the Arabic ones the dictionary is written in.
  const std::string folded = FoldArabicShapes(word.text, context.persian);
  std::string_view text = folded;
  auto spell = [&](std::string_view s, int variant) {
    return Spell(context.persian ? PersianSounds(s) : std::string(s), variant);
  };
  auto it = Find(folded);
  // "عبد العزيز", "عبدالعزيز": Abdul Aziz, Abd al-Aziz, Abdelaziz.
  constexpr std::string_view kAbd = "عبد";
  if (it == names_.end() && text.starts_with(kAbd) && text.size() > kAbd.size() + 4) {
    std::string_view body = text.substr(kAbd.size());
    if (body.starts_with(" ")) body.remove_prefix(1);
    if (body.starts_with("ال")) {
      body.remove_prefix(std::string_view("ال").size());
      const Spellings s = SpellingsOf(body, context.persian);
      out.push_back({"arabic", tokens_of("abdul " + s.english)});
      out.push_back({"arabic_ala", tokens_of("abd al " + s.scholarly)});
      out.push_back({"arabic_fr", tokens_of("abdel" + s.french)});
      return out;
    }
  }
  if (it == names_.end()) {
    if (std::vector<WordReading> compound = ReadCompound(text, word, context.persian);
        !compound.empty()) {
      return compound;
    }
  }
  // "الحسيني": the article, then a known name with a suffix is read letter by letter.
  if (it == names_.end() && text.starts_with("ال") && text.size() > 4) {
    auto rest = Find(text.substr(4));
    if (rest != names_.end()) {
      out.push_back({"arabic", tokens_of("al " + rest->second.english)});
      out.push_back({"arabic_ala", tokens_of("al " + rest->second.scholarly)});
      out.push_back({"arabic_fr", tokens_of("el " + rest->second.french)});
      return out;
    }
  }
  if (it != names_.end()) {
    out.push_back({"arabic", tokens_of(it->second.english)});
    out.push_back({"arabic_ala", tokens_of(it->second.scholarly)});
    out.push_back({"arabic_fr", tokens_of(it->second.french)});
    return out;
  }
  std::string plain = spell(text, 0);
  std::string open = spell(text, 1);
  // The article as its own token: "al" + "rashid", matching "al-Rashid" and "Al Rashid".
  auto split_article = [&](std::string s, std::string_view article) {
    if (s.size() > 4 && s.starts_with("al") && text.starts_with("ال")) {
      return std::string(article) + " " + s.substr(2);
    }
    return s;
  };
  out.push_back({"arabic", tokens_of(split_article(plain, "al"))});
  // Latin spellings often leave the article out ("Abid" for العابد).
  bool article = plain.size() > 4 && plain.starts_with("al") && text.starts_with("ال");
  out.push_back({"arabic_ala", tokens_of(article ? plain.substr(2) : plain)});
  out.push_back({"arabic_fr", tokens_of(split_article(open, "el"))});
  out.push_back({"arabic_foreign", tokens_of(SpellForeign(text, 0))});
  out.push_back({"arabic_foreign2", tokens_of(SpellForeign(text, 1))});
  out.push_back({"arabic_foreign3", tokens_of(SpellForeign(text, 2))});
  out.push_back({"arabic_foreign4", tokens_of(SpellForeign(text, 3))});
  for (WordReading& r :
       LearnedReadings(LearnedScript::kArabic, text, Script::kArabic, word.hyphen_after, context)) {
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace embargo::text
