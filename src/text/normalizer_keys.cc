// Index keys of a normalized name: what a candidate index posts it under.
#include <algorithm>
#include <boost/container/small_vector.hpp>

#include "text/korean.h"
#include "text/normalizer_impl.h"

namespace embargo {

namespace {

bool Indexed(const Token& t) {
  return t.kind == TokenKind::kNamePart || t.kind == TokenKind::kNumber;
}

}  // namespace

std::vector<std::string> Normalizer::Impl::KeyBuilder::For(
    const NameForm& form, std::span<const std::vector<std::string>* const> token_coarse) {
  std::vector<std::string> keys;
  keys.reserve(3 * form.tokens.size() + 8);
  std::string joined = "j:";                               // becomes a key as it is
  boost::container::small_vector<char, 96> korean_joined;  // only looked up
  size_t parts = 0, korean_parts = 0;
  for (size_t i = 0; i < form.tokens.size(); ++i) {
    const Token& t = form.tokens[i];
    if (!Indexed(t)) continue;
    ++parts;
    joined += t.text;
    if (t.text.size() >= 2 || t.kind == TokenKind::kNumber) keys.push_back(t.text);
    if (t.phonetic.size() >= 2) {
      std::string& key = keys.emplace_back();
      key.reserve(2 + t.phonetic.size());
      (key += "p:") += t.phonetic;
    }
    if (t.korean_key.empty()) continue;
    ++korean_parts;
    if (!korean_joined.empty()) korean_joined.push_back(' ');
    korean_joined.insert(korean_joined.end(), t.text.begin(), t.text.end());
    // The same syllables recur in every form of a Hangul name: their keys are posted once.
    // (Posting them again would only repeat keys.)
    if (const std::vector<std::string>* coarse =
            i < token_coarse.size() ? token_coarse[i] : nullptr) {
      if (std::find(seen_coarse_.begin(), seen_coarse_.end(), coarse) != seen_coarse_.end()) {
        continue;
      }
      seen_coarse_.push_back(coarse);
      keys.insert(keys.end(), coarse->begin(), coarse->end());
    } else {
      if (std::find(seen_korean_.begin(), seen_korean_.end(), t.korean_key) != seen_korean_.end()) {
        continue;
      }
      seen_korean_.push_back(t.korean_key);
      text::MemoValue<std::vector<std::string>> looked_up = impl_.coarse_keys.Get(t.korean_key);
      keys.insert(keys.end(), looked_up->begin(), looked_up->end());
    }
  }
  if (parts >= 2) keys.push_back(std::move(joined));
  // The whole name read as Korean, whatever its spacing: "Chong Chon Gang" and
  // "CHONGCHONGANG" share these keys even though no single token does. The first form that
  // reads wholly as Korean is the most permissive spelling (DPRK/UN before Revised).
  if (korean_parts >= 2 && korean_parts == parts && !whole_name_done_) {
    whole_name_done_ = true;
    text::MemoValue<std::vector<std::string>> coarse =
        impl_.whole_korean_keys.Get({korean_joined.data(), korean_joined.size()});
    keys.insert(keys.end(), coarse->begin(), coarse->end());
  }
  return keys;
}

}  // namespace embargo
