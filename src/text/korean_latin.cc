// Korean keys from Latin spellings: every way a word splits into Korean syllable spellings,
// each syllable standing for every jamo its letters can stand for. Also the coarse keys,
// whose classes follow from the same spelling tables.
#include <algorithm>
#include <array>
#include <bit>
#include <boost/container/static_vector.hpp>
#include <string>

#include "text/korean.h"
#include "text/korean_jamo.h"
#include "text/korean_key_internal.h"

namespace embargo::korean_internal {
namespace {

constexpr uint32_t Bit(int i) { return uint32_t{1} << i; }

// Letters after preparation: lowercase ASCII, 'O' for ŏ, 'U' for ŭ, '\'' for an apostrophe
// (aspiration or a syllable break), ' ' for a word break (space, hyphen, dot).
constexpr size_t kMaxSymbols = 72;

struct Spelling {
  std::string_view text;
  uint32_t mask;
  bool end_only = false;  // only before a break or the end of the text ("oh", "ahn", "park")
};

constexpr uint32_t kVelarFinals = Bit(kFG) | Bit(kFGG) | Bit(kFGS) | Bit(kFLG) | Bit(kFK);
constexpr uint32_t kNFinals = Bit(kFN) | Bit(kFNJ) | Bit(kFNH);
constexpr uint32_t kDentalFinals =
    Bit(kFD) | Bit(kFS) | Bit(kFSS) | Bit(kFJ) | Bit(kFCh) | Bit(kFT) | Bit(kFH);
constexpr uint32_t kLFinals = Bit(kFL) | Bit(kFLB) | Bit(kFLS) | Bit(kFLT) | Bit(kFLH);
constexpr uint32_t kMFinals = Bit(kFM) | Bit(kFLM);
constexpr uint32_t kLabialFinals = Bit(kFB) | Bit(kFBS) | Bit(kFP) | Bit(kFLP);
constexpr uint32_t kWeVowels = Bit(kWae) | Bit(kOe) | Bit(kWe);

// Initial consonants. Unmarked stops stand for plain, aspirated and tense alike, since MR
// without apostrophes and ad hoc spellings do not tell them apart; marked ones are exact.
constexpr Spelling kInitials[] = {
    {"g", Bit(kG) | Bit(kGG)},
    {"k", Bit(kG) | Bit(kK) | Bit(kGG)},
    {"kk", Bit(kGG) | Bit(kG)},
    {"gg", Bit(kGG) | Bit(kG)},
    {"k'", Bit(kK)},
    {"kh", Bit(kK)},
    {"d", Bit(kD) | Bit(kDD)},
    {"t", Bit(kD) | Bit(kT) | Bit(kDD)},
    {"tt", Bit(kDD) | Bit(kD)},
    {"dd", Bit(kDD) | Bit(kD)},
    {"t'", Bit(kT)},
    {"th", Bit(kT)},
    {"b", Bit(kB) | Bit(kBB)},
    {"p", Bit(kB) | Bit(kP) | Bit(kBB)},
    {"pp", Bit(kBB) | Bit(kB)},
    {"bb", Bit(kBB) | Bit(kB)},
    {"p'", Bit(kP)},
    {"ph", Bit(kP)},
    {"f", Bit(kP)},
    {"j", Bit(kJ) | Bit(kJJ)},
    {"ch", Bit(kJ) | Bit(kCh) | Bit(kJJ)},
    {"jj", Bit(kJJ) | Bit(kJ)},
    {"tch", Bit(kJJ) | Bit(kJ)},
    {"ch'", Bit(kCh)},
    {"chh", Bit(kCh)},
    {"s", Bit(kS) | Bit(kSS)},
    {"sh", Bit(kS)},
    {"ss", Bit(kSS) | Bit(kS)},
    {"h", Bit(kH)},
    {"m", Bit(kM)},
    {"n", Bit(kN)},
    {"r", Bit(kR)},
    {"l", Bit(kR)},
    {"rh", Bit(kR)},
};

// Vowels. "o" is ㅓ or ㅗ and "u" is ㅜ, ㅡ or ㅓ (Chung, Sung) unless marked (ŏ, o', eo).
constexpr Spelling kVowels[] = {
    {"a", Bit(kA)},
    {"ae", Bit(kAe) | Bit(kE)},  // ㅐ and ㅔ sound alike: "Sae" for 세
    {"ai", Bit(kAe) | Bit(kE)},
    {"e", Bit(kE) | Bit(kAe)},
    {"ya", Bit(kYa)},
    {"yae", Bit(kYae)},
    {"ye", Bit(kYe) | Bit(kYae)},
    {"eo", Bit(kEo)},
    {"O", Bit(kEo)},
    {"o", Bit(kEo) | Bit(kO)},
    {"yeo", Bit(kYeo)},
    {"yO", Bit(kYeo)},
    {"yo", Bit(kYeo) | Bit(kYo)},
    {"u", Bit(kU) | Bit(kEu) | Bit(kEo)},
    {"oo", Bit(kU)},
    {"eu", Bit(kEu)},
    {"U", Bit(kEu)},
    {"yu", Bit(kYu) | Bit(kYeo)},              // Kyung, Young: ㅕ in South Korean usage
    {"you", Bit(kYu) | Bit(kYeo) | Bit(kYo)},  // Young for 영 and 용
    {"yoo", Bit(kYu)},
    {"wa", Bit(kWa)},
    {"wae", kWeVowels},
    {"we", kWeVowels},
    {"oe", kWeVowels},
    {"oi", kWeVowels},
    {"wo", Bit(kWo)},
    {"weo", Bit(kWo)},
    {"wO", Bit(kWo)},
    {"woo", Bit(kU)},
    {"wu", Bit(kU)},
    {"wi", Bit(kWi)},
    {"ui", Bit(kUi)},
    {"Ui", Bit(kUi)},
    {"eui", Bit(kUi)},
    {"yi", Bit(kUi) | Bit(kI)},
    {"i", Bit(kI) | Bit(kUi)},
    {"ee", Bit(kI) | Bit(kUi)},
};

// Finals (the empty final is handled apart).
constexpr Spelling kFinals[] = {
    {"k", kVelarFinals},    {"g", kVelarFinals},     {"n", kNFinals},
    {"t", kDentalFinals},   {"d", kDentalFinals},    {"s", kDentalFinals},
    {"l", kLFinals},        {"m", kMFinals},         {"p", kLabialFinals},
    {"b", kLabialFinals},   {"ng", Bit(kFNg)},       {"h", Bit(kNone), true},
    {"hn", kNFinals, true}, {"r", Bit(kNone), true}, {"rk", kVelarFinals, true},
    {"ck", kVelarFinals},   {"nn", kNFinals, true},  {"ll", kLFinals, true},
    {"mm", kMFinals, true},
};

// Spellings grouped by first letter, so that a position tries only those that can match.
struct SpellingIndex {
  std::array<boost::container::small_vector<const Spelling*, 8>, 128> by_first;
};

template <size_t N>
SpellingIndex IndexOf(const Spelling (&table)[N]) {
  SpellingIndex index;
  for (const Spelling& s : table)
    index.by_first[static_cast<unsigned char>(s.text[0])].push_back(&s);
  return index;
}

struct Tables {
  SpellingIndex initials = IndexOf(kInitials);
  SpellingIndex vowels = IndexOf(kVowels);
  SpellingIndex finals = IndexOf(kFinals);
};

const Tables& GetTables() {
  static const Tables tables;
  return tables;
}

// Maps one code point to its prepared symbol; 0 when it cannot be part of a Korean spelling,
// 1 when it is dropped (a combining accent other than the breve).
char SymbolOf(char32_t c) {
  if (c >= 'a' && c <= 'z') return static_cast<char>(c);
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  switch (c) {
    case ' ':
    case '\t':
    case '-':
    case '.':
    case ',':
    case '/':
    case '_':
    case 0x00A0:
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x00B7:
      return ' ';
    case '\'':
    case '`':
    case 0x2018:
    case 0x2019:
    case 0x02BC:
    case 0x02BB:
    case 0x00B4:
    case 0x02B9:
    case 0x2032:
      return '\'';
    case 0x014F:
    case 0x014E:
    case 0x01D2:
    case 0x01D1:
      return 'O';
    case 0x016D:
    case 0x016C:
    case 0x01D4:
    case 0x01D3:
      return 'U';
    default:
      break;
  }
  if (c >= 0x00C0 && c <= 0x00FF) {  // Latin-1 letters with accents
    static constexpr char kBase[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts";
    char base = kBase[(c - 0x00C0) & 0x1F];
    return base == '*' || base == 'd' || base == 't' || base == 's' ? 0 : base;
  }
  if (c >= 0x0300 && c <= 0x036F) return 1;
  return 0;
}

struct Prepared {
  std::array<char, kMaxSymbols> s{};
  size_t n = 0;
};

std::optional<Prepared> Prepare(std::string_view utf8) {
  Prepared p;
  bool breve_next = false;
  for (size_t pos = 0; pos < utf8.size();) {
    Decoded d = DecodeUtf8(utf8, pos);
    pos += d.length;
    if (d.code_point == 0x0306 && p.n > 0 && (p.s[p.n - 1] == 'o' || p.s[p.n - 1] == 'u')) {
      p.s[p.n - 1] = p.s[p.n - 1] == 'o' ? 'O' : 'U';  // combining breve
      continue;
    }
    char sym = SymbolOf(d.code_point);
    if (sym == 0) return std::nullopt;
    if (sym == 1) continue;
    if (sym == '\'' && p.n > 0 && (p.s[p.n - 1] == 'o' || p.s[p.n - 1] == 'u')) {
      p.s[p.n - 1] = p.s[p.n - 1] == 'o' ? 'O' : 'U';  // "SO'K": the UN's ASCII for ŏ
      continue;
    }
    if (breve_next && (sym == 'o' || sym == 'u')) sym = sym == 'o' ? 'O' : 'U';
    breve_next = sym == '\'' && p.n > 0 && p.s[p.n - 1] == 'y';  // "MY'ONG" for myŏng
    if (breve_next) continue;
    if (sym == ' ' || sym == '\'') {
      if (p.n == 0) continue;
      char& last = p.s[p.n - 1];
      if (last == ' ') continue;
      if (last == '\'') {
        if (sym == ' ') last = ' ';
        continue;
      }
    }
    if (p.n == kMaxSymbols) return std::nullopt;
    if (sym == 'h' && p.n > 0 && p.s[p.n - 1] == 'w') {  // "Whang", "Chang-wha": hw
      p.s[p.n - 1] = 'h';
      sym = 'w';
    }
    p.s[p.n++] = sym;
  }
  while (p.n > 0 && (p.s[p.n - 1] == ' ' || p.s[p.n - 1] == '\'')) --p.n;
  if (p.n == 0) return std::nullopt;
  return p;
}

bool Matches(const Prepared& p, size_t pos, std::string_view text) {
  if (pos + text.size() > p.n) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (p.s[pos + i] != text[i]) return false;
  }
  return true;
}

bool IsBreak(char c) { return c == ' ' || c == '\''; }

struct Edge {
  uint8_t end;  // one past the syllable's last symbol
  KoreanSyllable jamo;
};

constexpr size_t kMaxEdges = 32;

struct Lattice {
  std::array<boost::container::static_vector<Edge, kMaxEdges>, kMaxSymbols> edges;
  std::array<bool, kMaxSymbols + 1> reaches_end{};
};

// The position where the syllable after one ending at `end` starts, past any breaks.
size_t NextStart(const Prepared& p, size_t end) {
  while (end < p.n && IsBreak(p.s[end])) ++end;
  return end;
}

// Whether a final spelt `final` is read where no romanization writes one, before the letter at
// `next` written together with it:
// - A consonant letter before a vowel begins the next syllable, which says that consonant: a
//   "d" there is ㄷ, not the ㅅ, ㅈ or ㅊ a final ㄷ may be written for (Aida is not 아이사).
//   Read as the next initial, it is still found. (Only "ng", which no syllable begins with,
//   is a final before a vowel: Changan, 장안.)
// - "sh", "dh" and "dj" each write one consonant: no romanization writes ㅅ or ㄷ as a final "s"
//   or "d" before ㅎ or ㅈ (RR and MR write "t"). Read so, Radja and Nasha would both say 나차.
//   (The "kh" of 묵호 Mukho and the "ph" of 집현 Jiphyeon are RR's, and stay.)
bool NotARomanizedFinal(std::string_view final, const Prepared& p, size_t next) {
  if (next >= p.n || final.size() != 1) return false;
  const char c = p.s[next];
  if (std::string_view("aeiouyOUw").find(c) != std::string_view::npos) return true;
  return (final == "s" || final == "d") && (c == 'h' || (final == "d" && c == 'j'));
}

void AddEdges(const Prepared& p, size_t start, const Tables& t, Lattice& lattice) {
  auto& out = lattice.edges[start];
  auto try_finals = [&](size_t pos, uint32_t initial, uint32_t vowel) {
    auto emit = [&](size_t end, uint32_t final) {
      if (out.size() < kMaxEdges)
        out.push_back({static_cast<uint8_t>(end), {initial, vowel, final}});
    };
    emit(pos, Bit(kNone));
    if (pos >= p.n) return;
    for (const Spelling* f : t.finals.by_first[static_cast<unsigned char>(p.s[pos])]) {
      if (!Matches(p, pos, f->text)) continue;
      size_t end = pos + f->text.size();
      if (f->end_only && end < p.n && !IsBreak(p.s[end])) continue;
      if (NotARomanizedFinal(f->text, p, end)) continue;
      emit(end, f->mask);
    }
  };
  auto try_vowels = [&](size_t pos, uint32_t initial) {
    if (pos >= p.n) return;
    for (const Spelling* v : t.vowels.by_first[static_cast<unsigned char>(p.s[pos])]) {
      if (Matches(p, pos, v->text)) try_finals(pos + v->text.size(), initial, v->mask);
    }
  };
  try_vowels(start, Bit(kNg));
  for (const Spelling* i : t.initials.by_first[static_cast<unsigned char>(p.s[start])]) {
    if (Matches(p, start, i->text)) try_vowels(start + i->text.size(), i->mask);
  }
  // Longest syllables first: the readings found before the key fills up are then those with
  // the fewest syllables ("seon dae" before "se on da e").
  std::stable_sort(out.begin(), out.end(),
                   [](const Edge& a, const Edge& b) { return a.end > b.end; });
}

struct Walker {
  const Prepared& p;
  const Lattice& lattice;
  KoreanKey& key;
  boost::container::static_vector<PendingSyllable, KoreanKey::kMaxSyllables> path;
  int leaves_left = 4 * KoreanKey::kMaxReadings;

  void Walk(size_t start, bool word_start, bool linked) {
    if (start == p.n) {
      --leaves_left;
      CloseAndAdd({path.data(), path.size()}, key, false);
      return;
    }
    if (path.size() == KoreanKey::kMaxSyllables) return;
    for (const Edge& e : lattice.edges[start]) {
      if (leaves_left <= 0 || key.ReadingCount() >= KoreanKey::kMaxReadings) return;
      size_t next = NextStart(p, e.end);
      if (!lattice.reaches_end[next]) continue;
      bool space = false;
      for (size_t i = e.end; i < next; ++i) space |= p.s[i] == ' ';
      path.push_back({e.jamo, word_start, linked});
      // Sound changes apply across spaces and hyphens too: "Kim Il Sung" and "Kimilsung",
      // "Am-rok" and "Amnok" are the same sounds split in different places.
      Walk(next, space, true);
      path.pop_back();
    }
  }
};

// The key of a Latin spelling (KeyFromLatin).
std::optional<KoreanKey> LatinKey(std::string_view utf8) {
  std::optional<Prepared> prepared = Prepare(utf8);
  if (!prepared) return std::nullopt;
  const Prepared& p = *prepared;
  const Tables& tables = GetTables();
  Lattice lattice;
  lattice.reaches_end[p.n] = true;
  for (size_t start = p.n; start-- > 0;) {
    if (IsBreak(p.s[start])) continue;
    AddEdges(p, start, tables, lattice);
    for (const Edge& e : lattice.edges[start]) {
      if (lattice.reaches_end[NextStart(p, e.end)]) {
        lattice.reaches_end[start] = true;
        break;
      }
    }
  }
  if (!lattice.reaches_end[0]) return std::nullopt;
  KoreanKey key;
  Walker walker{p, lattice, key, {}};
  walker.Walk(0, true, false);
  if (key.ReadingCount() == 0) return std::nullopt;
  return key;
}

// --- Coarse keys --------------------------------------------------------------------------

// Jamo classes: jamo that some spelling lumps together fall in one class (union-find over the
// masks of the spelling tables), so two compatible syllables always share their classes.
struct CoarseClasses {
  std::array<char, kInitialCount> initial{};
  std::array<char, kVowelCount> vowel{};
  std::array<char, kFinalCount> final{};
};

template <size_t N>
void Unite(std::array<int, N>& parent, uint32_t mask) {
  auto find = [&parent](int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  int first = -1;
  for (; mask; mask &= mask - 1) {
    int x = find(std::countr_zero(mask));
    if (first < 0) {
      first = x;
    } else if (x != first) {
      parent[std::max(x, first)] = std::min(x, first);
      first = std::min(x, first);
    }
  }
}

template <size_t N, size_t M>
std::array<char, N> Classes(const Spelling (&table)[M], uint32_t extra_mask, char base) {
  std::array<int, N> parent{};
  for (size_t i = 0; i < N; ++i) parent[i] = static_cast<int>(i);
  for (const Spelling& s : table) Unite(parent, s.mask);
  Unite(parent, extra_mask);
  std::array<char, N> names{};
  for (size_t i = 0; i < N; ++i) {
    int root = static_cast<int>(i);
    while (parent[root] != root) root = parent[root];
    names[i] = static_cast<char>(base + root);
  }
  return names;
}

const CoarseClasses& GetCoarseClasses() {
  static const CoarseClasses classes = [] {
    CoarseClasses c;
    // The initial-sound law joins ㄹ, ㄴ and silent ㅇ at the start of a word.
    c.initial = Classes<kInitialCount>(kInitials, Bit(kR) | Bit(kN) | Bit(kNg), 'A');
    c.vowel = Classes<kVowelCount>(kVowels, 0, 'a');
    c.final = Classes<kFinalCount>(kFinals, Bit(kNone), '0');
    return c;
  }();
  return classes;
}

}  // namespace
}  // namespace embargo::korean_internal

namespace embargo {

std::optional<KoreanKey> KeyFromLatin(std::string_view utf8) {
  return korean_internal::LatinKey(utf8);
}

std::vector<std::string> CoarseKeys(const KoreanKey& key) {
  using korean_internal::CoarseClasses;
  using korean_internal::GetCoarseClasses;
  const CoarseClasses& classes = GetCoarseClasses();
  std::vector<std::string> out;
  for (size_t r = 0; r < key.ReadingCount(); ++r) {
    auto reading = key.Reading(r);
    std::string coarse;
    coarse += classes.initial[std::countr_zero(reading.front().initial)];
    for (const KoreanSyllable& s : reading) coarse += classes.vowel[std::countr_zero(s.vowel)];
    coarse += classes.final[std::countr_zero(reading.back().final)];
    if (std::find(out.begin(), out.end(), coarse) == out.end()) out.push_back(std::move(coarse));
  }
  return out;
}

}  // namespace embargo
