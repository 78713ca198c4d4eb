// The memo of word readings. A word's readings depend on the word (its text, script and
// punctuation flags) and on what the whole name says about it (NameContext); both are packed
// into the memo key, three flag bytes before the text, and unpacked to compute a missing
// entry. Names repeat their words (Kim, Ivan, Mohammed, 김, 金), and a screening service
// normalizes the same list names again at each reload.
#include "text/name_roles.h"
#include "text/normalizer_impl.h"

namespace embargo {

namespace {

// Every field of NameContext is part of the key: a new one must be added below.
static_assert(sizeof(text::NameContext) == 6, "pack the new NameContext field into the key");

constexpr size_t kHeader = 3;

std::string ReadingKey(const text::RawWord& w, const text::NameContext& c) {
  std::string key;
  key.reserve(kHeader + w.text.size());
  key.push_back(static_cast<char>(w.script));
  key.push_back(static_cast<char>(w.hyphen_after | w.period_after << 1 | w.tight_after << 2 |
                                  w.parenthetical << 3 | w.ascii << 4));
  key.push_back(static_cast<char>(c.korean | c.chinese << 1 | c.person << 2 | c.organization << 3 |
                                  c.first_word << 4 | c.whole_name << 5));
  key += w.text;
  return key;
}

}  // namespace

text::MemoValue<std::vector<text::WordReading>> Normalizer::Impl::Readings(
    const text::RawWord& word, const text::NameContext& context) const {
  return word_readings.Get(ReadingKey(word, context));
}

std::vector<text::WordReading> Normalizer::Impl::ComputeReadings(std::string_view key) const {
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
  word.text.assign(key.substr(kHeader));
  std::vector<text::WordReading> readings = ReadWord(word, context);
  // Name parts keep these keys after classification; the others drop them.
  for (text::WordReading& r : readings) {
    for (Token& t : r.tokens) t.phonetic = text::PhoneticKey(t.text);
  }
  return readings;
}

}  // namespace embargo
