#include "text/lexicon.h"

#include <algorithm>
#include <vector>

#include "model/text_util.h"

namespace embargo::text {
namespace {

constexpr TokenKind kLegal = TokenKind::kLegalForm;
constexpr TokenKind kGeneric = TokenKind::kGenericWord;

struct Row {
  TokenKind kind;
  const char* canonical;
  bool ambiguous;       // also a common name syllable or word: only in organization names
  const char* phrases;  // '|'-separated, words separated by spaces, already folded to ASCII
};

// Legal forms by canonical id. Spellings are as they appear after folding to ASCII
// (transliterated Cyrillic "ООО" arrives as "ooo").
constexpr Row kRows[] = {
    {kLegal, "co_ltd", false,
     "co ltd|company ltd|co limited|company limited|coltd|co ltda|youxian gongsi|yuhan hoesa"},
    {kLegal, "ltd", false, "ltd|limited|ltda|limitada|ltee|youxian"},
    {kLegal, "llc", false,
     "llc|l l c|limited liability company|limited liability co|limited liability|ooo|o o o|"
     "tov|mchj|too|obshchestvo s ogranichennoy otvetstvennostyu|"
     "tovarystvo z obmezhenoyu vidpovidalnistyu"},
    {kLegal, "jsc", false,
     "jsc|joint stock company|joint stock co|joint stock|private joint stock company|"
     "private joint stock|private jsc|aktsionernoe obshchestvo|"
     "nepublichnoe aktsionernoe obshchestvo|aktsionerne tovarystvo|"
     "pryvatne aktsionerne tovarystvo|chusik hoesa|jusik hoesa|chushik hoesa"},
    {kLegal, "jsc", true, "ao|ad|as"},
    {kLegal, "ojsc", false,
     "ojsc|oao|open joint stock company|open joint stock|ojs company|"
     "otkrytoe aktsionernoe obshchestvo"},
    {kLegal, "cjsc", false,
     "cjsc|zao|closed joint stock company|closed joint stock|nao|"
     "zakrytoe aktsionernoe obshchestvo"},
    {kLegal, "pjsc", false,
     "pjsc|pao|public joint stock company|public joint stock|pjs company|"
     "publichnoe aktsionernoe obshchestvo|publichne aktsionerne tovarystvo"},
    {kLegal, "unitary_enterprise", false,
     "fgup|state unitary enterprise|federal state unitary enterprise|"
     "federalnoe gosudarstvennoe unitarnoe predpriyatie|gosudarstvennoe unitarnoe predpriyatie|"
     "munitsipalnoe unitarnoe predpriyatie"},
    {kLegal, "inc", false, "inc|incorporated"},
    {kLegal, "corp", false, "corp|corporation|incorporation|korporatsiya|korporatsiia"},
    {kLegal, "plc", false, "plc|public limited company|p l c"},
    {kLegal, "pte_ltd", false,
     "pte ltd|pte limited|private limited|private ltd|pvt ltd|pvt limited|pte|pvt|p ltd"},
    {kLegal, "pty_ltd", false, "pty ltd|pty limited|proprietary limited|pty"},
    {kLegal, "sdn_bhd", false, "sdn bhd|sendirian berhad|sdn|bhd|berhad"},
    {kLegal, "gmbh", false, "gmbh|gesellschaft mit beschrankter haftung|ges m b h|g m b h"},
    {kLegal, "gmbh_co_kg", false, "gmbh co kg|gmbh and co kg|gmbh & co kg"},
    {kLegal, "ag", true, "ag|aktiengesellschaft"},
    {kLegal, "kg", true, "kg|kommanditgesellschaft"},
    {kLegal, "sa", true,
     "sa|s a|societe anonyme|sociedad anonima|sociedade anonima|societe anonyme"},
    // Mexican and Colombian forms, abbreviated and spelt out (OFAC gives both, one misspelt).
    {kLegal, "sa_de_cv", false,
     "sa de cv|s a de c v|s a de cv|sociedad anonima de capital variable|"
     "sociedad anomina de capital variable"},
    {kLegal, "sapi_de_cv", false,
     "sapi de cv|s a p i de c v|sociedad anonima promotora de inversion de capital variable"},
    {kLegal, "s_de_rl", false, "s de rl|s de r l|sociedad de responsabilidad limitada"},
    {kLegal, "s_de_rl_de_cv", false,
     "s de rl de cv|s de r l de c v|"
     "sociedad de responsabilidad limitada de capital variable"},
    {kLegal, "spr_de_rl", false,
     "spr de rl|s p r de r l|sociedad de produccion rural de responsabilidad limitada"},
    {kLegal, "sarl", false, "sarl|s a r l|societe a responsabilite limitee"},
    {kLegal, "sas", true, "sas|s a s"},
    {kLegal, "sas", false, "sociedad por acciones simplificada"},
    {kLegal, "srl", false, "srl|s r l|societa a responsabilita limitata"},
    {kLegal, "spa", true, "spa|s p a|societa per azioni"},
    {kLegal, "sl", true, "sl|s l|sociedad limitada"},
    {kLegal, "bv", true, "bv|b v|besloten vennootschap"},
    {kLegal, "nv", true, "nv|n v|naamloze vennootschap"},
    {kLegal, "fze", false, "fze|free zone establishment|fz e"},
    {kLegal, "fzco", false, "fzco|fz co|free zone company"},
    {kLegal, "fzc", false, "fzc"},
    {kLegal, "fz_llc", false, "fz llc|fzllc"},
    {kLegal, "llp", false, "llp|limited liability partnership|l l p"},
    {kLegal, "lp", true, "lp|limited partnership"},
    {kLegal, "ab", true, "ab|aktiebolag"},
    {kLegal, "asa", false, "asa"},
    {kLegal, "aps", true, "aps|anpartsselskab"},
    {kLegal, "oy", true, "oy|oyj|osakeyhtio"},
    {kLegal, "kft", false, "kft|zrt|nyrt"},
    {kLegal, "sro", false, "sro|s r o|spol s r o"},
    {kLegal, "doo", false, "doo|d o o|dooel|ood|eood"},
    {kLegal, "sp_z_oo", false, "sp z o o|sp z oo|spzoo"},
    {kLegal, "kk", false, "kk|kabushiki kaisha|kabushikigaisha|yugen kaisha"},
    {kLegal, "pt", true, "pt|tbk|cv"},
    {kLegal, "ip", true, "ip|individualnyy predprinimatel"},
    // Generic words: content of a name, but carrying little information on their own.
    {kGeneric, "company", false,
     "co|company|companies|cie|compagnie|compania|companhia|hoesa|hoisa|gongsi|kongsa|"
     "gongsa|sangsa|kompaniya|kompaniia|sharikat|sharika|shirkat"},
    {kGeneric, "general_corporation", false, "chonghoesa|chonghoisa|jonghoesa|zonggongsi"},
    {kGeneric, "trading", false,
     "trading|trade|traders|trader|muyok|muyeok|muyog|maoyi|torgovyy|torgovaya|tijara|"
     "commerce|commercial|import export|export import|import and export|export and import"},
    {kGeneric, "shipping", false,
     "shipping|shpg|ship|shipping and management|haeun|haiyun|chuanwu|sudokhodnaya|"
     "navigation|shipping line|shipping lines"},
    {kGeneric, "marine", false, "marine|maritime|ocean|haeyang|morskoy"},
    {kGeneric, "bank", false, "bank|banking|banque|banco|unhaeng|eunhaeng|yinhang|bankasi"},
    {kGeneric, "general", false, "general|zonghe"},
    {kGeneric, "international", false,
     "international|intl|internacional|internationale|mezhdunarodnyy|guoji|kukche|gukje"},
    {kGeneric, "group", false, "group|groupe|grupo|gruppa|jituan|grup"},
    {kGeneric, "holding", false, "holding|holdings"},
    {kGeneric, "industry", false, "industry|industries|industrial|kongop|gongeop|gongye"},
    {kGeneric, "enterprise", false, "enterprise|enterprises|kiop|gieop|qiye|predpriyatie"},
    {kGeneric, "development", false, "development|kaebal|gaebal|kaibal|fazhan"},
    {kGeneric, "investment", false, "investment|investments|invest|tuja|touzi"},
    {kGeneric, "technology", false,
     "technology|technologies|tech|technical|gisul|kisul|jishu|tekhnologii"},
    {kGeneric, "service", false, "service|services|fuwu"},
    {kGeneric, "joint_venture", false,
     "joint venture|jv|j v|hapyong|habyeong|joint operation|hezi|joint"},
    {kGeneric, "united", false, "united|yonhap|yeonhap|associated|association|lianhe"},
    {kGeneric, "credit", false, "credit|credits"},
    {kGeneric, "finance", false, "finance|financial"},
    {kGeneric, "logistics", false, "logistics"},
    {kGeneric, "korea", false, "korea|korean|choson|chosun|joseon|chaoxian|dprk|dprkn|hanguk"},
    {kGeneric, "global", false, "global|world|worldwide"},
    {kGeneric, "national", false, "national|nationale|nacional"},
    {kGeneric, "center", false, "center|centre|centr|senta|zhongxin"},
    {kGeneric, "energy", false, "energy|energies"},
    {kGeneric, "petroleum", false, "petroleum|oil|oil and gas|petro"},
    {kGeneric, "management", false, "management"},
    {kGeneric, "economic", false, "economic|economics"},
};

// Other Latin spellings of the words of Russian and Ukrainian legal forms, as the lists write
// them: a phrase holding a word matches with any of its spellings.
constexpr std::pair<const char*, const char*> kWordSpellings[] = {
    {"obshchestvo", "obshestvo|obschestvo|obshchestva"},
    {"ogranichennoy", "ogranichennoi|ogranichennoj|ogranichenoy|ogranichennoyu"},
    {"otvetstvennostyu", "otvetstvennostiu|otvetstvennostju|otvetstvenostyu"},
    {"aktsionernoe", "aktsionernoye|aktsionernoie|aktsyonernoe|aktsionernogo"},
    {"otkrytoe", "otkrytoye|otkrytoie"},
    {"zakrytoe", "zakrytoye|zakrytoie"},
    {"publichnoe", "publichnoye|publichnoie"},
    {"nepublichnoe", "nepublichnoye"},
    {"federalnoe", "federalnoye|federalnoie"},
    {"gosudarstvennoe", "gosudarstvennoye|gosudarstvennoie"},
    {"munitsipalnoe", "munitsipalnoye"},
    {"unitarnoe", "unitarnoye|unitarnoie"},
    {"predpriyatie", "predpriyatiye|predpriiatie"},
    {"tovarystvo", "tovaristvo"},
    {"pryvatne", "privatne"},
    {"obmezhenoyu", "obmezhenoiu|obmezhenoju"},
    {"vidpovidalnistyu", "vidpovidalnistiu|vidpovidalnistju"},
};

constexpr const char* kTitles[] = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "lord",
    "lady", "madam", "madame", "mme", "mlle", "herr", "frau", "sheikh", "shaikh", "sheik", "shaykh",
    "cheikh", "sheikha", "haji", "hajji", "hadji", "alhaj", "alhaji", "alhajji", "mullah", "mulla",
    "maulavi", "maulvi", "mawlawi", "moulavi", "maulana", "mufti", "gen", "general", "col",
    "colonel", "maj", "major", "capt", "captain", "lt", "lieutenant", "admiral", "adm", "brig",
    "brigadier", "marshal", "sgt", "sergeant", "rev", "reverend", "eng", "engr", "engineer", "hon",
    "honorable", "honourable", "excellency", "gospodin", "gospozha",
    // A head of state in the languages of the lists' readers ("Presidente Vladimir Putin").
    "president", "presidente", "prasident", "presiden", "prezident", "prezydent", "predsjednik",
    "elnok", "presedintele"};

// Generations after a person's name and the id each spelling stands for.
constexpr std::pair<const char*, const char*> kGenerations[] = {
    {"jr", "junior"},  {"jnr", "junior"},    {"junior", "junior"}, {"sr", "senior"},
    {"snr", "senior"}, {"senior", "senior"}, {"ii", "ii"},         {"iii", "iii"}};

constexpr const char* kConnectors[] = {"and", "&",  "of",  "the", "for", "und", "et",
                                       "le",  "la", "les", "das", "der", "die"};

constexpr std::pair<const char*, const char*> kOrdinals[] = {
    {"first", "1"}, {"second", "2"},  {"third", "3"},  {"fourth", "4"}, {"fifth", "5"},
    {"sixth", "6"}, {"seventh", "7"}, {"eighth", "8"}, {"ninth", "9"},  {"tenth", "10"},
};

// A phrase word and its other spellings (kWordSpellings).
std::vector<std::string_view> SpellingsOf(std::string_view word) {
  std::vector<std::string_view> out{word};
  for (auto [usual, others] : kWordSpellings)
    if (word == usual) {
      std::vector<std::string_view> more = Split(others, '|');
      out.insert(out.end(), more.begin(), more.end());
    }
  return out;
}

}  // namespace

Lexicon::Lexicon() {
  for (const Row& row : kRows) Add(row.phrases, row.kind, row.canonical, row.ambiguous);
  for (const char* t : kTitles) titles_.emplace(t);
  for (const char* c : kConnectors) connectors_.emplace(c);
  for (const std::string& t : titles_) facts_[t].title = true;
  for (const std::string& c : connectors_) facts_[c].connector = true;
  for (const std::string& w : first_words_) facts_[w].phrase_start = true;
  for (auto [text, number] : kOrdinals) facts_[text].ordinal = number;
  for (auto [text, id] : kGenerations) facts_[text].generation = id;
}

WordFacts Lexicon::Facts(std::string_view word) const {
  if (!word.empty() && word[0] >= '0' && word[0] <= '9') {
    // Digits first: only "2nd"-style ordinals (no title, connector or phrase starts so).
    WordFacts facts;
    size_t digits = 0;
    while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
    std::string_view suffix = word.substr(digits);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
      facts.ordinal = word.substr(0, digits);
    }
    if (auto it = facts_.find(word); it != facts_.end()) {
      WordFacts known = it->second;
      known.ordinal = facts.ordinal;
      return known;
    }
    return facts;
  }
  auto it = facts_.find(word);
  return it == facts_.end() ? WordFacts{} : it->second;
}

void Lexicon::Add(std::string_view phrases, TokenKind kind, std::string_view canonical,
                  bool ambiguous) {
  for (std::string_view phrase : Split(phrases, '|')) {
    // Every spelling of every word: a phrase of n words is known in each combination.
    std::vector<std::string> keys{""};
    size_t words = 0;
    for (std::string_view word : Split(phrase, ' ')) {
      // "&" and "and" are connectors inside phrases: dropped, so "gmbh & co kg" is "gmbh co kg".
      if (word == "&" || word == "and" || word.empty()) continue;
      std::vector<std::string_view> spellings = SpellingsOf(word);
      std::vector<std::string> longer;
      for (const std::string& key : keys)
        for (std::string_view spelling : spellings)
          longer.push_back(key.empty() ? std::string(spelling) : key + ' ' + std::string(spelling));
      keys = std::move(longer);
      if (++words == 1)
        for (std::string_view spelling : spellings) first_words_.emplace(spelling);
    }
    max_words_ = std::max(max_words_, words);
    for (const std::string& key : keys)
      phrases_.try_emplace(key, Entry{kind, std::string(canonical), ambiguous});
  }
}

std::optional<PhraseMatch> Lexicon::MatchPhrase(std::span<const Token> words, size_t i,
                                                bool ambiguous_ok) const {
  if (i >= words.size() || !first_words_.contains(words[i].text)) return std::nullopt;
  std::string key;
  std::optional<PhraseMatch> best;
  size_t used = 0;
  for (size_t j = i; j < words.size() && used < max_words_; ++j) {
    const std::string& word = words[j].text;
    if (word == "and" || word == "&") {
      if (j == i) break;
      continue;
    }
    if (!key.empty()) key.push_back(' ');
    key += word;
    ++used;
    auto it = phrases_.find(key);
    if (it == phrases_.end() || (it->second.ambiguous && !ambiguous_ok)) continue;
    best = PhraseMatch{j - i + 1, it->second.kind, it->second.canonical};
  }
  return best;
}

std::optional<std::string> Lexicon::OrdinalNumber(std::string_view word) const {
  for (auto [text, number] : kOrdinals) {
    if (word == text) return std::string(number);
  }
  // "2nd", "21st", "3rd", "4th": digits followed by an English ordinal suffix.
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0 || digits == word.size()) return std::nullopt;
  std::string_view suffix = word.substr(digits);
  if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
    return std::string(word.substr(0, digits));
  }
  return std::nullopt;
}

}  // namespace embargo::text
