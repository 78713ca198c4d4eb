#include "text/key_cache.h"

#include "text/key_hash.h"
#include "text/korean.h"

namespace embargo::text {
namespace {

// A Korean key holds at most 255 syllables over all its readings (16 readings of a name of
// 15 syllables); longer texts are not Korean names and are not read as Korean.
constexpr size_t kMaxKoreanKeyText = 24;

}  // namespace

std::string LatinKoreanKey(std::string_view latin) {
  if (latin.empty() || latin.size() > kMaxKoreanKeyText) return {};
  for (char c : latin) {
    if (c >= '0' && c <= '9') return {};
  }
  std::optional<KoreanKey> key = KeyFromLatin(latin);
  return key ? SerializeKoreanKey(*key) : std::string();
}

void KeyList::Add(std::string text) {
  hashes.push_back(HashIndexKey(text));
  texts.push_back(std::move(text));
}

KeyList CoarseKoreanKeys(std::string_view serialized_key) {
  KeyList out;
  if (std::optional<KoreanKey> key = ParseKoreanKey(serialized_key)) {
    for (std::string& coarse : CoarseKeys(*key)) out.Add("k:" + coarse);
  }
  return out;
}

}  // namespace embargo::text
