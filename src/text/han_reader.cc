#include "text/han_reader.h"

#include <algorithm>
#include <unordered_set>

#include "text/hangul_reader.h"
#include "text/hanja.h"
#include "text/korean.h"
#include "text/learned_translit.h"

namespace embargo::text {

extern const char kHanTranscription[];

namespace {

struct Ending {
  std::string_view han;
  TokenKind kind;
  std::string_view canonical;
};

// Generic endings of Chinese and Korean organization names written in Han, longest first.
constexpr Ending kEndings[] = {
    {"股份有限公司", TokenKind::kLegalForm, "jsc"},
    {"有限责任公司", TokenKind::kLegalForm, "llc"},
    {"有限責任公司", TokenKind::kLegalForm, "llc"},
    {"有限公司", TokenKind::kLegalForm, "co_ltd"},
    {"总公司", TokenKind::kGenericWord, "general_corporation"},
    {"總公司", TokenKind::kGenericWord, "general_corporation"},
    {"公司", TokenKind::kGenericWord, "company"},
    {"會社", TokenKind::kGenericWord, "company"},
    {"会社", TokenKind::kGenericWord, "company"},
    {"集团", TokenKind::kGenericWord, "group"},
    {"集團", TokenKind::kGenericWord, "group"},
    {"银行", TokenKind::kGenericWord, "bank"},
    {"銀行", TokenKind::kGenericWord, "bank"},
    {"贸易", TokenKind::kGenericWord, "trading"},
    {"貿易", TokenKind::kGenericWord, "trading"},
    {"商社", TokenKind::kGenericWord, "trading"},
    {"海运", TokenKind::kGenericWord, "shipping"},
    {"海運", TokenKind::kGenericWord, "shipping"},
    {"航运", TokenKind::kGenericWord, "shipping"},
    {"航運", TokenKind::kGenericWord, "shipping"},
    {"船务", TokenKind::kGenericWord, "shipping"},
    {"船務", TokenKind::kGenericWord, "shipping"},
    {"物流", TokenKind::kGenericWord, "logistics"},
    {"技术", TokenKind::kGenericWord, "technology"},
    {"技術", TokenKind::kGenericWord, "technology"},
    {"科技", TokenKind::kGenericWord, "technology"},
    {"国际", TokenKind::kGenericWord, "international"},
    {"國際", TokenKind::kGenericWord, "international"},
    {"实业", TokenKind::kGenericWord, "industry"},
    {"實業", TokenKind::kGenericWord, "industry"},
    {"工业", TokenKind::kGenericWord, "industry"},
    {"工業", TokenKind::kGenericWord, "industry"},
    {"发展", TokenKind::kGenericWord, "development"},
    {"發展", TokenKind::kGenericWord, "development"},
    {"开发", TokenKind::kGenericWord, "development"},
    {"開發", TokenKind::kGenericWord, "development"},
    {"信贷", TokenKind::kGenericWord, "credit"},
    {"信貸", TokenKind::kGenericWord, "credit"},
    {"金融", TokenKind::kGenericWord, "finance"},
    {"投资", TokenKind::kGenericWord, "investment"},
    {"投資", TokenKind::kGenericWord, "investment"},
    {"控股", TokenKind::kGenericWord, "holding"},
    {"联合", TokenKind::kGenericWord, "united"},
    {"聯合", TokenKind::kGenericWord, "united"},
    {"合营", TokenKind::kGenericWord, "joint_venture"},
    {"合營", TokenKind::kGenericWord, "joint_venture"},
};
constexpr Ending kKoreaPrefixes[] = {{"朝鲜", TokenKind::kGenericWord, "korea"},
                                     {"朝鮮", TokenKind::kGenericWord, "korea"}};

// Characters read two ways in names, with the reading Unihan and ICU do not give first.
constexpr std::pair<char32_t, std::string_view> kHeteronyms[] = {
    {U'長', "chang"}, {U'长', "chang"}, {U'行', "hang"}, {U'重', "chong"}, {U'乐', "yue"},
    {U'樂', "yue"},   {U'单', "shan"},  {U'單', "shan"}, {U'曾', "zeng"},  {U'朴', "piao"},
    {U'查', "zha"},   {U'解', "xie"},   {U'仇', "qiu"},  {U'区', "ou"},    {U'區', "ou"},
    {U'盖', "ge"},    {U'蓋', "ge"},    {U'藏', "zang"}, {U'覃', "qin"},   {U'沈', "chen"},
    {U'传', "zhuan"}, {U'傳', "zhuan"}, {U'都', "du"},   {U'调', "diao"},  {U'調', "diao"},
    {U'朝', "chao"},  {U'厦', "xia"},   {U'廈', "xia"},  {U'华', "hua"},   {U'華', "hua"}};

// Surnames written with two characters.
constexpr std::string_view kCompoundSurnames[] = {
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "皇甫", "令狐", "东方", "東方",
    "慕容", "司徒", "夏侯", "尉迟", "尉遲", "南宫", "南宮", "鲜于", "鮮于", "独孤", "獨孤"};

// The commonest Chinese surnames, simplified and traditional: a two-character name that begins
// with one is a Chinese name, not a foreign one written in characters for their sounds.
constexpr std::string_view kChineseSurnames =
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧"
    "曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋"
    "付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯";

// Hanja of the commonest Korean surnames (most are Chinese surnames too).
constexpr std::u32string_view kKoreanSurnames =
    U"金李朴崔鄭郑姜趙赵尹張张林韓韩吳吴徐申權权黃黄安宋柳洪全高文梁孫孙裵白許许南沈盧卢河丁成"
    U"車车具郭禹朱任羅罗辛閔闵玄池陳陈嚴严元蔡千方孔康卞廉表楊杨邊边呂吕秋魯鲁都蘇苏愼石宣薛馬马吉"
    U"周延房魏明奇潘王琴玉陸陆印孟諸诸卓秦太";

std::vector<std::string> Characters(std::string_view han) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < han.size()) {
    size_t start = i;
    NextCodePoint(han, i);
    out.emplace_back(han.substr(start, i - start));
  }
  return out;
}

Token HanToken(std::string text, bool joined_next) {
  Token t;
  t.text = std::move(text);
  t.script = Script::kHan;
  t.joined_next = joined_next;
  return t;
}

std::string KeyOfHanja(std::string_view han) {
  std::optional<KoreanKey> key = KeyFromHanja(han);
  return key ? SerializeKoreanKey(*key) : std::string();
}

}  // namespace

HanReader::HanReader() {
  std::string_view table = kHanTranscription;
  while (!table.empty()) {
    size_t space = table.find(' ');
    std::string_view pair = table.substr(0, space);
    table = space == std::string_view::npos ? std::string_view() : table.substr(space + 1);
    size_t i = 0;
    if (pair.empty()) continue;
    char32_t c = NextCodePoint(pair, i);
    transcription_.try_emplace(c, std::string(pair.substr(i)));
  }
}

bool HanReader::LooksKorean(std::string_view han) const {
  // Two to four characters, the first a Korean surname; counted without copying them.
  // (Searched for as a code point: a UTF-8 string search meets the same lead byte everywhere.)
  size_t count = 0;
  char32_t first = 0;
  for (size_t i = 0; i < han.size() && count <= 4;) {
    char32_t c = NextCodePoint(han, i);
    if (++count == 1) first = c;
  }
  if (count < 2 || count > 4) return false;
  return kKoreanSurnames.find(first) != std::u32string_view::npos;
}

const std::unordered_map<char32_t, std::string>& HanReader::PinyinTable() const {
  std::call_once(pinyin_once_, [this] {
    constexpr char32_t kFirst = 0x4E00, kLast = 0x9FFF;
    std::string all;
    for (char32_t c = kFirst; c <= kLast; ++c) {
      AppendUtf8(all, c);
      all.push_back(' ');
    }
    std::string latin = IcuTransliteratorPool("Han-Latin; Latin-ASCII").Transliterate(all);
    // One reading per character, in order, separated by spaces.
    size_t pos = 0;
    for (char32_t c = kFirst; c <= kLast && pos < latin.size(); ++c) {
      while (pos < latin.size() && latin[pos] == ' ') ++pos;
      size_t end = latin.find(' ', pos);
      std::string reading = latin.substr(pos, end - pos);
      pos = end == std::string::npos ? latin.size() : end;
      bool ascii = !reading.empty() && std::all_of(reading.begin(), reading.end(),
                                                   [](char ch) { return ch >= 'a' && ch <= 'z'; });
      if (ascii) pinyin_.emplace(c, std::move(reading));
    }
  });
  return pinyin_;
}

std::vector<std::string> HanReader::Pinyin(std::string_view han) const {
  const auto& table = PinyinTable();
  std::vector<std::string> out;
  size_t i = 0;
  while (i < han.size()) {
    char32_t c = NextCodePoint(han, i);
    if (auto it = table.find(c); it != table.end()) {
      out.push_back(it->second);
      continue;
    }
    std::vector<std::string> readings = HanjaMandarinReadings(c);
    if (!readings.empty()) out.push_back(std::move(readings.front()));
  }
  return out;
}

std::optional<std::string> HanReader::HanjaAsHangul(std::string_view han, bool as_name) const {
  std::optional<std::string> hangul = HanjaToHangul(han, as_name);
  if (!hangul) hangul = HanjaToHangul(to_traditional_.Transliterate(han), as_name);
  return hangul;
}

// The other usual value of characters that stand for two sounds in transcribed names.
constexpr std::pair<char32_t, std::string_view> kTranscriptionAlternatives[] = {
    {U'爾', "l"},   {U'尔', "l"},   {U'森', "son"}, {U'德', "der"}, {U'勒', "ler"}, {U'克', "c"},
    {U'科', "ko"},  {U'羅', "lo"},  {U'罗', "lo"},  {U'里', "ri"},  {U'利', "ri"},  {U'夫', "f"},
    {U'伯', "b"},   {U'基', "ky"},  {U'西', "cy"},  {U'蒂', "ty"},  {U'奇', "c"},   {U'文', "win"},
    {U'溫', "win"}, {U'温', "win"}, {U'茨', "ts"},  {U'頓', "don"}, {U'顿', "don"}, {U'特', "tt"},
    {U'斯', "ss"},  {U'姆', "mm"},  {U'拉', "ra"},  {U'蘭', "ran"}, {U'兰', "ran"}, {U'洛', "ro"},
    {U'魯', "lu"},  {U'鲁', "lu"},  {U'菲', "phy"}, {U'雷', "ray"}, {U'萊', "ley"}, {U'莱', "ley"}};

std::string HanReader::Transcribe(std::string_view han, int variant) const {
  std::string out;
  size_t i = 0;
  while (i < han.size()) {
    char32_t c = NextCodePoint(han, i);
    if (variant) {
      auto alt =
          std::find_if(std::begin(kTranscriptionAlternatives), std::end(kTranscriptionAlternatives),
                       [&](const auto& p) { return p.first == c; });
      if (alt != std::end(kTranscriptionAlternatives)) {
        out += alt->second;
        continue;
      }
    }
    if (auto it = transcription_.find(c); it != transcription_.end()) {
      out += it->second;
      continue;
    }
    std::vector<std::string> readings = HanjaMandarinReadings(c);
    if (!readings.empty()) out += readings.front();
  }
  return out;
}

namespace {

// A Han name with its generic prefix (朝鲜 Korea) and endings (有限公司, 银行) set apart.
struct Affixes {
  std::string_view stem;
  const Ending* prefix = nullptr;
  std::vector<const Ending*> endings;
};

Affixes SplitAffixes(std::string_view text) {
  Affixes out;
  for (const Ending& p : kKoreaPrefixes) {
    if (text.size() > p.han.size() && text.starts_with(p.han)) out.prefix = &p;
  }
  if (out.prefix) text.remove_prefix(out.prefix->han.size());
  for (bool changed = true; changed;) {
    changed = false;
    for (const Ending& e : kEndings) {
      if (text.size() > e.han.size() && text.ends_with(e.han)) {
        out.endings.insert(out.endings.begin(), &e);
        text.remove_suffix(e.han.size());
        changed = true;
        break;
      }
    }
  }
  out.stem = text;
  return out;
}

// One pinyin reading: the family name and the given name joined, or one token per syllable
// (`split`); a name that is not split into family and given name is one word when joined.
std::vector<Token> PinyinTokens(const std::vector<std::string>& pinyin, size_t family_chars,
                                bool split) {
  std::vector<Token> tokens;
  if (family_chars == 0) {
    if (!split) {
      std::string all;
      for (const std::string& p : pinyin) all += p;
      return {HanToken(std::move(all), false)};
    }
    for (size_t k = 0; k < pinyin.size(); ++k) {
      tokens.push_back(HanToken(pinyin[k], k + 1 < pinyin.size()));
    }
    return tokens;
  }
  std::string family, given;
  for (size_t k = 0; k < pinyin.size(); ++k) (k < family_chars ? family : given) += pinyin[k];
  Token f = HanToken(std::move(family), false);
  f.role = NameRole::kFamily;
  tokens.push_back(std::move(f));
  for (size_t k = family_chars; k < pinyin.size() && split; ++k) {
    Token g = HanToken(pinyin[k], k + 1 < pinyin.size());
    g.role = NameRole::kGiven;
    tokens.push_back(std::move(g));
  }
  if (!split && !given.empty()) {
    Token g = HanToken(std::move(given), false);
    g.role = NameRole::kGiven;
    tokens.push_back(std::move(g));
  }
  return tokens;
}

// Characters with several readings (長 zhang/chang, 行 xing/hang) take their other reading.
std::vector<std::string> OtherReadings(const std::vector<std::string>& chars,
                                       std::vector<std::string> pinyin) {
  for (size_t k = 0; k < chars.size() && k < pinyin.size(); ++k) {
    size_t i = 0;
    char32_t c = NextCodePoint(chars[k], i);
    for (const auto& [character, reading] : kHeteronyms) {
      if (c == character) pinyin[k] = std::string(reading);
    }
  }
  return pinyin;
}

}  // namespace

std::vector<WordReading> HanReader::KoreanReadings(std::string_view han,
                                                   const std::vector<std::string>& chars,
                                                   size_t family_chars, bool person,
                                                   bool joined_next) const {
  std::optional<std::string> hangul = HanjaAsHangul(han, person);
  if (!hangul) return {};
  std::vector<WordReading> korean =
      person ? ReadKoreanPersonalName(*hangul, joined_next) : std::vector<WordReading>();
  if (korean.empty()) {
    korean = HangulReader().Read(RawWord{.text = *hangul, .script = Script::kHangul}, {});
  }
  for (WordReading& r : korean) {
    // Keys from the characters: each stands for every Korean reading it has.
    size_t c = 0;
    for (Token& t : r.tokens) {
      if (t.korean_key.empty()) continue;
      size_t n =
          r.tokens.size() == 1 ? chars.size() : (t.role == NameRole::kFamily ? family_chars : 1);
      std::string piece;
      for (size_t k = c; k < c + n && k < chars.size(); ++k) piece += chars[k];
      c += n;
      std::string key = KeyOfHanja(piece);
      if (key.empty()) key = KeyOfHanja(to_traditional_.Transliterate(piece));
      if (!key.empty()) t.korean_key = std::move(key);
      t.script = Script::kHan;
    }
  }
  return korean;
}

std::vector<WordReading> HanReader::Read(const RawWord& word, const NameContext& context) const {
  std::vector<WordReading> out;
  // Organization names: a generic prefix and endings become typed tokens.
  Affixes affixes =
      context.organization ? SplitAffixes(word.text) : Affixes{word.text, nullptr, {}};
  std::string_view text = affixes.stem;
  // With an ending found, a name of unknown kind is an organization's.
  const bool person = context.person && !affixes.prefix && affixes.endings.empty();
  // A name that begins with Korea's (朝鲜光鲜银行, Korea Kwangson Banking Corp) is Korean: its
  // characters are read as Korean too.
  const bool korean = context.korean || affixes.prefix;
  auto typed = [&](const Ending* e) {
    Token t = HanToken("", false);
    for (const std::string& s : Pinyin(e->han)) t.text += s;
    t.kind = e->kind;
    t.canonical = std::string(e->canonical);
    return t;
  };
  auto with_affixes = [&](std::string_view system, std::vector<Token> tokens) {
    if (affixes.prefix) tokens.insert(tokens.begin(), typed(affixes.prefix));
    for (const Ending* e : affixes.endings) tokens.push_back(typed(e));
    out.push_back(WordReading{system, std::move(tokens)});
  };
  std::vector<std::string> chars = Characters(text);
  std::vector<std::string> pinyin = Pinyin(text);
  if (pinyin.empty()) return out;
  size_t family_chars = 0;
  if (person && context.whole_name && chars.size() >= 2 && chars.size() <= 4 &&
      pinyin.size() == chars.size()) {
    family_chars = 1;
    for (std::string_view s : kCompoundSurnames) {
      if (chars.size() >= 3 && text.starts_with(s)) family_chars = 2;
    }
  }
  with_affixes("pinyin", PinyinTokens(pinyin, family_chars, false));
  with_affixes("pinyin_split", PinyinTokens(pinyin, family_chars, true));
  if (pinyin.size() == chars.size()) {
    std::vector<std::string> other = OtherReadings(chars, pinyin);
    if (other != pinyin) with_affixes("pinyin_alt", PinyinTokens(other, family_chars, true));
  }
  if (korean) {
    for (WordReading& r : KoreanReadings(text, chars, family_chars, person, word.hyphen_after)) {
      with_affixes(r.system, std::move(r.tokens));
    }
  }
  bool chinese_name =
      person && chars.size() == 2 && kChineseSurnames.find(chars[0]) != std::string_view::npos;
  if (person && !chinese_name) {
    for (int variant = 0; variant < 2; ++variant) {
      std::string t = Transcribe(text, variant);
      if (t.empty()) continue;
      Token token = HanToken(std::move(t), word.hyphen_after);
      if (korean) token.korean_key = KeyOfHanja(to_traditional_.Transliterate(text));
      out.push_back(WordReading{variant ? "transcription2" : "transcription", {std::move(token)}});
    }
    for (WordReading& r :
         LearnedReadings(LearnedScript::kHan, text, Script::kHan, word.hyphen_after, context)) {
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace embargo::text
