// The memo of word readings. A word's readings depend on the word (its text, script and
// punctuation flags) and on what the whole name says about it (NameContext); both are packed
// into the memo key, three flag bytes before the text, and unpacked to compute a missing
// entry. Names repeat their words (Kim, Ivan, Mohammed, 김, 金), and a screening service
// normalizes the same list names again at each reload.
#include <algorithm>
#include <boost/container/small_vector.hpp>
#include <iterator>

#include "text/name_roles.h"
#include "text/normalizer_impl.h"

namespace embargo {

namespace {

// Every field of NameContext is part of the key: a new one must be added below.
static_assert(sizeof(text::NameContext) == 7, "pack the new NameContext field into the key");

constexpr size_t kHeader = 3;

// The key of a word's readings, built on the stack: most words fit.
using ReadingKeyBuffer = boost::container::small_vector<char, 64>;

ReadingKeyBuffer ReadingKey(const text::RawWord& w, const text::NameContext& c) {
  ReadingKeyBuffer key;
  key.reserve(kHeader + w.text.size());
  key.push_back(static_cast<char>(w.script));
  key.push_back(static_cast<char>(w.hyphen_after | w.period_after << 1 | w.tight_after << 2 |
                                  w.parenthetical << 3 | w.ascii << 4));
  key.push_back(static_cast<char>(c.korean | c.chinese << 1 | c.person << 2 | c.organization << 3 |
                                  c.first_word << 4 | c.whole_name << 5 | c.persian << 6));
  key.insert(key.end(), w.text.begin(), w.text.end());
  return key;
}

}  // namespace

text::MemoValue<Normalizer::Impl::WordReadings> Normalizer::Impl::Readings(
    const text::RawWord& word, const text::NameContext& context) const {
  const ReadingKeyBuffer key = ReadingKey(word, context);
  return word_readings.Get({key.data(), key.size()});
}

Normalizer::Impl::WordReadings Normalizer::Impl::ComputeReadings(std::string_view key) const {
  text::RawWord word;
  word.script = static_cast<Script>(key[0]);
  const auto w = static_cast<unsigned>(static_cast<unsigned char>(key[1]));
  word.hyphen_after = w & 1;
  word.period_after = w & 2;
  word.tight_after = w & 4;
  word.parenthetical = w & 8;
  word.ascii = w & 16;
  const auto c = static_cast<unsigned>(static_cast<unsigned char>(key[2]));
  text::NameContext context;
  context.korean = c & 1;
  context.chinese = c & 2;
  context.person = c & 4;
  context.organization = c & 8;
  context.first_word = c & 16;
  context.whole_name = c & 32;
  context.persian = c & 64;
  word.text.assign(key.substr(kHeader));
  WordReadings out;
  std::vector<text::WordReading> readings = ReadWord(word, context);
  size_t total = 0;
  for (const text::WordReading& r : readings) total += r.tokens.size();
  out.tokens.reserve(total);  // never grows again: the Korean key views below stay valid
  for (text::WordReading& r : readings) {
    out.readings.push_back({r.system, static_cast<uint32_t>(out.tokens.size()),
                            static_cast<uint32_t>(r.tokens.size())});
    std::move(r.tokens.begin(), r.tokens.end(), std::back_inserter(out.tokens));
  }
  // The distinct Korean keys, in the order of out.coarse. Readers make a key for each reading:
  // equal ones are made one shared text, so that the forms of a name copying them touch one
  // reference count, not one per reading (each a cache miss).
  std::vector<const Token*> korean_keys;
  out.info.reserve(total);
  for (Token& t : out.tokens) {
    // Name parts keep this key after classification; the others drop it.
    t.phonetic = text::PhoneticKey(t.text);
    TokenInfo& ti = out.info.emplace_back();
    ti.text_hash = text::HashIndexKey(t.text);
    ti.phonetic_hash = PhoneticKeyHash(t.phonetic);
    ti.facts = lexicon.Facts(t.text);
    if (!t.text.empty() && t.text[0] >= '0' && t.text[0] <= '9') ti.facts.ordinal = {};
    if (t.korean_key.empty()) continue;
    auto known = std::find_if(korean_keys.begin(), korean_keys.end(),
                              [&](const Token* k) { return k->korean_key == t.korean_key; });
    ti.coarse = static_cast<int>(known - korean_keys.begin());
    if (known == korean_keys.end()) {
      korean_keys.push_back(&t);
      out.coarse.push_back(text::CoarseKoreanKeys(t.korean_key));
    } else {
      t.korean_key = (*known)->korean_key;
    }
  }
  for (WordReadings::Reading& r : out.readings)
    for (uint32_t t = r.first_token; t < r.first_token + r.token_count; ++t)
      r.texts_hash = (r.texts_hash ^ out.info[t].text_hash) * 0x9E3779B97F4A7C15ull;
  return out;
}

}  // namespace embargo
