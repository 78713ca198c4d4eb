// Index keys of a normalized name: what a candidate index posts it under.
#include <algorithm>
#include <array>
#include <boost/container/small_vector.hpp>
#include <cstdint>

#include "text/key_hash.h"
#include "text/korean.h"
#include "text/normalizer_impl.h"

namespace embargo {

namespace {

bool Indexed(const Token& t) {
  return t.kind == TokenKind::kNamePart || t.kind == TokenKind::kNumber;
}

// Sorts a name's key hashes (a few dozen, uniformly spread): placed by their top six bits
// first, then an insertion sort that finds them nearly in order. A comparison sort
// mispredicts a branch at almost every step on random numbers, and was a tenth of
// normalizing a name.
void SortHashes(uint64_t* h, size_t n) {
  if (n > 24) {
    std::array<uint16_t, 65> start{};
    for (size_t i = 0; i < n; ++i) ++start[(h[i] >> 58) + 1];
    for (size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
    boost::container::small_vector<uint64_t, 256> placed(n);
    for (size_t i = 0; i < n; ++i) placed[start[h[i] >> 58]++] = h[i];
    std::copy(placed.begin(), placed.end(), h);
  }
  for (size_t i = 1; i < n; ++i) {
    const uint64_t v = h[i];
    size_t j = i;
    for (; j > 0 && h[j - 1] > v; --j) h[j] = h[j - 1];
    h[j] = v;
  }
}

}  // namespace

std::vector<uint64_t> Normalizer::Impl::KeyBuilder::TakeHashes() {
  SortHashes(hashes_.data(), hashes_.size());
  return {hashes_.begin(), std::unique(hashes_.begin(), hashes_.end())};
}

void Normalizer::Impl::KeyBuilder::Append(const text::KeyList& more) {
  hashes_.insert(hashes_.end(), more.hashes.begin(), more.hashes.end());
  if (texts_) texts_out_.insert(texts_out_.end(), more.texts.begin(), more.texts.end());
}

void Normalizer::Impl::KeyBuilder::Add(const NameForm& form, std::span<const TokenKeying> tokens) {
  // The parts of a key are hashed one after the other; its text is built only when asked for.
  // A name part's text and phonetic key come hashed with its word (`known`).
  auto add = [&](uint64_t known, std::string_view prefix, std::string_view text) {
    hashes_.push_back(known != 0 ? known : text::KeyHasher().Add(prefix).Add(text).Finish());
    if (texts_) (texts_out_.emplace_back(prefix) += text);
  };
  text::KeyHasher joined;
  joined.Add("j:");
  std::string joined_text;
  boost::container::small_vector<char, 96> korean_joined;  // only looked up
  size_t parts = 0, korean_parts = 0;
  for (size_t i = 0; i < form.tokens.size(); ++i) {
    const Token& t = form.tokens[i];
    if (!Indexed(t)) continue;
    const TokenKeying known =
        i < tokens.size() && t.kind == TokenKind::kNamePart ? tokens[i] : TokenKeying{};
    ++parts;
    joined.Add(t.text);
    if (texts_) joined_text += t.text;
    if (t.text.size() >= 2 || t.kind == TokenKind::kNumber) add(known.text_hash, "", t.text);
    if (t.phonetic.size() >= 2) add(known.phonetic_hash, "p:", t.phonetic);
    if (t.korean_key.empty()) continue;
    ++korean_parts;
    if (!whole_name_done_) {
      if (!korean_joined.empty()) korean_joined.push_back(' ');
      korean_joined.insert(korean_joined.end(), t.text.begin(), t.text.end());
    }
    // The same syllables recur in every form of a Hangul name: their keys are posted once.
    // (Posting them again would only repeat keys.)
    if (const text::KeyList* coarse = i < tokens.size() ? tokens[i].coarse : nullptr) {
      if (std::find(seen_coarse_.begin(), seen_coarse_.end(), coarse) != seen_coarse_.end()) {
        continue;
      }
      seen_coarse_.push_back(coarse);
      Append(*coarse);
    } else {
      if (std::find(seen_korean_.begin(), seen_korean_.end(), t.korean_key) != seen_korean_.end()) {
        continue;
      }
      seen_korean_.push_back(t.korean_key);
      Append(*impl_.coarse_keys.Get(t.korean_key));
    }
  }
  // Even a one-word name: "EPCPD" shares the joined key of EP-CPD, its letters split apart.
  if (parts >= 1) {
    hashes_.push_back(joined.Finish());
    if (texts_) texts_out_.push_back("j:" + joined_text);
  }
  // The whole name read as Korean, whatever its spacing: "Chong Chon Gang" and
  // "CHONGCHONGANG" share these keys even though no single token does. The first form that
  // reads wholly as Korean is the most permissive spelling (DPRK/UN before Revised).
  if (korean_parts >= 2 && korean_parts == parts && !whole_name_done_) {
    whole_name_done_ = true;
    Append(*impl_.whole_korean_keys.Get({korean_joined.data(), korean_joined.size()}));
  }
}

}  // namespace embargo
