// Index keys of a normalized name: what a candidate index posts it under.
#include <algorithm>

#include "text/korean.h"
#include "text/normalizer_impl.h"

namespace embargo {
namespace {

// A Korean key holds at most 255 syllables over all its readings (16 readings of a name of
// 15 syllables); texts longer than this are not read as Korean.
constexpr size_t kMaxKoreanKeyText = 24;

}  // namespace

namespace text {

std::string LatinKoreanKey(std::string_view utf8_word) {
  // Longer words are not Korean names, and their keys would exceed the key's capacity.
  if (utf8_word.empty() || utf8_word.size() > kMaxKoreanKeyText) return {};
  for (char c : utf8_word) {
    if (c >= '0' && c <= '9') return {};
  }
  std::optional<KoreanKey> key = KeyFromLatin(utf8_word);
  return key ? SerializeKoreanKey(*key) : std::string();
}

}  // namespace text

namespace {

bool Indexed(const Token& t) {
  return t.kind == TokenKind::kNamePart || t.kind == TokenKind::kNumber;
}

}  // namespace

std::vector<std::string> Normalizer::Impl::KeysOf(const std::vector<NameForm>& forms) const {
  std::vector<std::string> keys;
  for (const NameForm& form : forms) {
    std::string joined, korean_joined;
    size_t parts = 0, korean_parts = 0;
    for (const Token& t : form.tokens) {
      if (!Indexed(t)) continue;
      ++parts;
      joined += t.text;
      if (t.text.size() >= 2 || t.kind == TokenKind::kNumber) keys.push_back(t.text);
      if (!t.phonetic.empty()) keys.push_back("p:" + t.phonetic);
      if (!t.korean_key.empty()) {
        ++korean_parts;
        if (!korean_joined.empty()) korean_joined.push_back(' ');
        korean_joined += t.text;
        if (std::optional<KoreanKey> key = ParseKoreanKey(t.korean_key)) {
          for (std::string& coarse : CoarseKeys(*key)) keys.push_back("k:" + coarse);
        }
      }
    }
    if (parts >= 2) keys.push_back("j:" + joined);
    // The whole name read as Korean, whatever its spacing: "Chong Chon Gang" and
    // "CHONGCHONGANG" share these keys even though no single token does.
    if (korean_parts >= 2 && korean_parts == parts && korean_joined.size() <= kMaxKoreanKeyText) {
      if (std::optional<KoreanKey> key = KeyFromLatin(korean_joined)) {
        for (std::string& coarse : CoarseKeys(*key)) keys.push_back("k:" + coarse);
      }
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace embargo
