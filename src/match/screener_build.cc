// Building a Screener: entities, normalized names, candidate index.
#include <algorithm>
#include <functional>
#include <thread>

#include "match/letter_folds.h"
#include "match/name_variants.h"
#include "match/screener_impl.h"
#include "model/text_util.h"
#include "text/key_cache.h"
#include "text/key_hash.h"
#include "text/pinyin_korean.h"

namespace embargo {
namespace {

bool IsKoreanEntity(const Entity& e) {
  if (e.reference.rfind("KP", 0) == 0) return true;
  for (const std::string& p : e.programs)
    if (p.find("DPRK") != std::string::npos) return true;
  for (const std::string& n : e.nationalities)
    if (n == "kp" || n == "kr") return true;
  return false;
}

std::string DatasetTag(const std::string& source, const std::string& program) {
  std::string p = AsciiLower(program);
  if (p.rfind(source + " ", 0) == 0) p.erase(0, source.size() + 1);
  std::string tag = source + "_";
  for (char c : p) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (word)
      tag += c;
    else if (tag.back() != '_')
      tag += '_';
  }
  while (tag.back() == '_') tag.pop_back();
  return tag;
}

// Building splits the names into this many runs, one thread each.
const size_t kParts = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);

// Calls work(part, begin, end) for kParts consecutive runs of [0, n), each on a thread of its
// own (the caller's allocations then stay apart from the names built).
void InParallel(size_t n, const std::function<void(size_t, size_t, size_t)>& work) {
  size_t chunk = (n + kParts - 1) / kParts;
  std::vector<std::thread> pool;
  for (size_t part = 0; part < kParts; ++part) {
    size_t begin = std::min(n, part * chunk), end = std::min(n, begin + chunk);
    pool.emplace_back(work, part, begin, end);
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace

std::vector<std::string> EntityDatasets(const Entity& entity) {
  std::vector<std::string> out{entity.source};
  for (const std::string& program : entity.programs) {
    std::string tag = DatasetTag(entity.source, program);
    if (tag != entity.source && std::find(out.begin(), out.end(), tag) == out.end())
      out.push_back(std::move(tag));
  }
  return out;
}

namespace match {

namespace {

// The index key of a coarse Korean key (CoarseKeys) that finds a listed word read as pinyin
// from a query in Hangul (pinyin_korean.h): apart from the "k:" keys, which Latin queries read
// as Korean share.
uint64_t ChineseReadingKey(std::string_view coarse) {
  return text::KeyHasher().Add("c:").Add(coarse).Finish();
}

// The keys of a form's name parts written together, read as pinyin, when there are two to four
// and all are: emit(hash, nullptr, nullptr, 0).
template <typename Emit>
void EmitChineseName(const NameForm& form, Emit& emit) {
  std::string joined;
  size_t parts = 0;
  for (const Token& t : form.tokens) {
    if (t.kind != TokenKind::kNamePart) continue;
    if (t.script != Script::kLatin || ++parts > 4) return;
    joined += t.text;
  }
  if (parts < 2) return;
  if (std::optional<KoreanKey> chinese = KeyFromPinyin(joined))
    for (const std::string& coarse : CoarseKeys(*chinese))
      emit(ChineseReadingKey(coarse), nullptr, nullptr, 0);
}

// Every index key of a name, with the form and token its deletion keys come from and its
// number among the name parts of the name's forms (1, 2, ... in order); nullptr and 0 for the
// other keys: emit(hash, form, token, part). `prepared`, for a listed name: the pool that
// read its Latin words as pinyin.
template <typename Emit>
void ForEachIndexKey(const NormalizedName& name, KeySide side, const PreparedPool* prepared,
                     Emit emit) {
  for (uint64_t h : name.key_hashes) emit(h, nullptr, nullptr, 0);
  auto hash = [](std::string_view prefix, std::string_view text) {
    return text::KeyHasher().Add(prefix).Add(text).Finish();
  };
  unsigned part = 0;
  for (const NameForm& form : name.forms) {
    bool has_name_part = false;
    const Token* previous = nullptr;  // the word before, for the pair written together
    for (const Token& t : form.tokens) {
      // Listed generic words get deletion keys too: "DEVELOPeENT" is a name part nobody else
      // has, found only by what it shares with DEVELOPMENT once a letter is gone. (A query's
      // generic words would only bring more candidates.)
      const bool generic = t.kind == TokenKind::kGenericWord && side == KeySide::kListed;
      if (t.kind != TokenKind::kNamePart && !generic) continue;
      has_name_part = has_name_part || !generic;
      ++part;
      if (!generic) {
        emit(hash("d:", t.text), &form, &t, part);
        if (uint16_t group = NameVariantGroup(t.text))
          emit(hash("v:", std::to_string(group)), &form, &t, 0);
      }
      // Two words written together, as one token ("TEHRANCEMENT") or with a typo where the
      // space was ("TEHRANeCEMENT", whose deletion keys hold "tehrancement").
      if (previous)
        emit(text::KeyHasher().Add("d:").Add(previous->text).Add(t.text).Finish(), &form, previous,
             part - 1);
      previous = &t;
      // A listed Chinese name as a query in Hangul may write it.
      if (prepared && !generic && t.script == Script::kLatin)
        if (const KoreanKey* chinese = prepared->PinyinKeyOf(t.text))
          for (const std::string& coarse : CoarseKeys(*chinese))
            emit(ChineseReadingKey(coarse), &form, &t, part);
      if (t.text.size() < 4) continue;
      // Letters Arabic writes alike, made one: a reading of an Arabic word meets the Latin
      // spellings it may stand for (bitifer, Pettyfer), which share few other keys with it.
      // (The consonants a Chinese transcription keeps would take a key for every listed word
      // too, and found few names the other keys miss.)
      if (!generic &&
          (side == KeySide::kListed ? t.script == Script::kLatin : WritesNoShortVowels(t.script))) {
        std::array<char, 64> folded;
        emit(hash("f:", FoldArabicLetters(t.text, folded)), &form, &t, part);
      }
      const std::string_view text = t.text;
      for (size_t i = 0; i < text.size(); ++i)  // the text without its letter i
        emit(text::KeyHasher().Add("d:").Add(text.substr(0, i)).Add(text.substr(i + 1)).Finish(),
             &form, &t, part);
    }
    // A listed Chinese name as a query in Hangul may write it, its words together: a syllable
    // alone (Lu, 노) is too common a key to be read.
    if (side == KeySide::kListed) EmitChineseName(form, emit);
    // A name of generic words only ("Korea Trading Bank") is found by those words, in any
    // wording of them (조선무역은행, "Choson Muyok Unhaeng").
    if (!has_name_part)
      for (const Token& t : form.tokens)
        if (t.kind == TokenKind::kGenericWord || t.kind == TokenKind::kNumber)
          emit(hash("g:", t.canonical.empty() ? t.text : t.canonical), nullptr, nullptr, 0);
  }
}

}  // namespace

void ListedIndexKeyHashes(const NormalizedName& name, const PreparedPool& prepared,
                          std::vector<uint64_t>& out) {
  ForEachIndexKey(name, KeySide::kListed, &prepared,
                  [&](uint64_t h, const NameForm*, const Token*, unsigned) { out.push_back(h); });
}

// A name whose forms read the same words in several ways, word by word: from Arabic, Cyrillic,
// Greek or Hangul letters, or Latin letters respelt the English way. (Han is read in several
// languages, a form for each.) The names whose tokens carry spellings (SpeltWordByWord in
// prepared_name.cc): their keys count once per word for the same reason.
bool ReadWordByWord(const NormalizedName& name) {
  if (name.forms.size() < 2) return false;
  switch (name.script) {
    case Script::kArabic:
    case Script::kCyrillic:
    case Script::kGreek:
    case Script::kHangul:
    case Script::kHebrew:
      return true;
    case Script::kLatin:
      return std::any_of(name.forms.begin(), name.forms.end(),
                         [](const NameForm& f) { return f.system == "respelled"; });
    default:
      return false;
  }
}

namespace {

// The Normalizer's key of a form's words written together ("j:...": its name parts and
// numbers), which only namesakes share.
uint64_t WholeNameKey(const NameForm& form) {
  text::KeyHasher joined;
  joined.Add("j:");
  for (const Token& t : form.tokens)
    if (t.kind == TokenKind::kNamePart || t.kind == TokenKind::kNumber) joined.Add(t.text);
  return joined.Finish();
}

}  // namespace

IndexKeys QueryIndexKeys(const NormalizedName& name) {
  IndexKeys keys;
  keys.by_word = ReadWordByWord(name);
  if (!keys.by_word) {
    std::vector<uint64_t> whole_names;
    for (const NameForm& form : name.forms) whole_names.push_back(WholeNameKey(form));
    ForEachIndexKey(
        name, KeySide::kQuery, nullptr,
        [&](uint64_t h, const NameForm* form, const Token*, unsigned part) {
          uint8_t group = static_cast<uint8_t>(part <= 63 ? part : 0);
          if (!form && std::find(whole_names.begin(), whole_names.end(), h) != whole_names.end())
            group = kWholeNameGroup;
          keys.hashes.push_back(h);
          keys.groups.push_back(group);
        });
    return keys;
  }
  // A group per word, whichever form spells it, and one for the whole name written together:
  // a listed name in the query's own letters shares the keys of every reading, a Latin spelling
  // those of one, and each counts a word once. A Hangul word romanizes as a token per syllable
  // or two: those group by their Korean key, the same in every romanization. (Parenthetical
  // forms number their words apart.)
  constexpr uint8_t kFirstKoreanGroup = 40;
  std::vector<std::string_view> korean_keys;
  auto group_of = [&](const NameForm& form, const Token& t) {
    if (t.script == Script::kHangul && !t.korean_key.empty()) {
      auto it = std::find(korean_keys.begin(), korean_keys.end(), std::string_view(t.korean_key));
      if (it == korean_keys.end()) it = korean_keys.insert(it, t.korean_key);
      return static_cast<uint8_t>(
          std::min<size_t>(kFirstKoreanGroup + (it - korean_keys.begin()), 63));
    }
    return static_cast<uint8_t>(std::min((form.parenthetical ? 20 : 1) + t.word, 39));
  };
  std::vector<std::pair<uint64_t, uint8_t>> known;  // the Normalizer's keys a group holds
  for (const NameForm& form : name.forms) {
    for (const Token& t : form.tokens) {
      if (t.kind != TokenKind::kNamePart) continue;
      const uint8_t group = group_of(form, t);
      known.emplace_back(text::HashIndexKey(t.text), group);
      if (t.phonetic.size() >= 2)
        known.emplace_back(text::KeyHasher().Add("p:").Add(t.phonetic).Finish(), group);
      if (group >= kFirstKoreanGroup)
        for (uint64_t coarse : text::CoarseKoreanKeys(t.korean_key).hashes)
          known.emplace_back(coarse, group);
    }
    known.emplace_back(WholeNameKey(form), kWholeNameGroup);
  }
  ForEachIndexKey(name, KeySide::kQuery, nullptr,
                  [&](uint64_t h, const NameForm* form, const Token* t, unsigned) {
                    uint8_t group = t ? group_of(*form, *t) : 0;
                    if (!t)
                      for (const auto& [key, of] : known)
                        if (key == h) group = of;
                    keys.hashes.push_back(h);
                    keys.groups.push_back(group);
                  });
  // Each Hangul word, and the words of a form written together, as the key of a listed Chinese
  // name it may write.
  for (const NameForm& form : name.forms) {
    if (form.ReadsAForeignNameBack() || form.tokens.size() < 2) continue;
    std::optional<KoreanKey> joined;
    for (const Token& t : form.tokens) {
      std::optional<KoreanKey> key;
      if (t.kind != TokenKind::kNamePart || t.script != Script::kHangul ||
          !(key = ParseKoreanKey(t.korean_key))) {
        joined.reset();
        break;
      }
      joined = joined ? JoinKoreanKeys(*joined, *key) : *key;
    }
    if (joined)
      for (const std::string& coarse : CoarseKeys(*joined)) {
        keys.hashes.push_back(ChineseReadingKey(coarse));
        keys.groups.push_back(0);
      }
    break;  // the first reading as Korean: the written syllables are the same in every one
  }
  std::vector<std::string_view> keyed;
  for (const NameForm& form : name.forms)
    for (const Token& t : form.tokens) {
      if (t.kind != TokenKind::kNamePart || t.script != Script::kHangul || t.korean_key.empty() ||
          std::find(keyed.begin(), keyed.end(), std::string_view(t.korean_key)) != keyed.end())
        continue;
      keyed.push_back(t.korean_key);
      if (std::optional<KoreanKey> key = ParseKoreanKey(t.korean_key))
        for (const std::string& coarse : CoarseKeys(*key)) {
          keys.hashes.push_back(ChineseReadingKey(coarse));
          keys.groups.push_back(group_of(form, t));
        }
    }
  return keys;
}

}  // namespace match

NormalizeOptions Screener::Impl::OptionsFor(const Entity& e) const {
  NormalizeOptions o;
  o.kind = e.kind;
  o.kind_known = true;
  o.korean_context = IsKoreanEntity(e);
  o.key_texts = false;
  return o;
}

void Screener::Impl::IndexEntities() {
  for (const ListSnapshot& snap : lists)
    for (const Entity& e : snap.entities) {
      uint32_t idx = static_cast<uint32_t>(entities.size());
      entities.push_back(&e);
      canonical.push_back(by_id.emplace(e.id, idx).first->second);
      datasets.push_back(EntityDatasets(e));
      for (const Identifier& id : e.identifiers) {
        std::string v = match::NormalizeIdentifier(id.type, id.value);
        if (!v.empty())
          identifiers.emplace(std::string(IdTypeName(id.type)) + ":" + v, canonical[idx]);
      }
      for (size_t n = 0; n < e.names.size(); ++n)
        names.push_back({idx, static_cast<uint16_t>(n), {}});
    }
  records_of.resize(entities.size());
  for (uint32_t r = 0; r < names.size(); ++r) records_of[canonical[names[r].entity]].push_back(r);
  stats.entities = entities.size();
  stats.names = names.size();
}

void Screener::Impl::NormalizeNames() {
  // The Normalizer's const methods are thread-safe.
  InParallel(names.size(), [this](size_t, size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      const Entity& e = *entities[names[i].entity];
      names[i].norm = normalizer.Normalize(e.names[names[i].name].full, OptionsFor(e));
    }
  });
  for (const match::IndexedName& n : names) weights.Count(n.norm);
  weights.Finish();
  // A query in Hangul may write a listed Chinese name as Korean does (pinyin_korean.h).
  prepared.KeyPinyinWords(true);
  for (const match::IndexedName& n : names) {
    scorer.Prepare(n.norm, prepared);
    const Entity& e = *entities[n.entity];
    records.push_back({canonical[n.entity], e.kind, e.names[n.name].quality});
  }
  prepared.Seal();
}

void Screener::Impl::BuildIndex() {
  // Keys on all threads, each for a run of names; added to the index in record order.
  std::vector<std::vector<uint64_t>> hashes(kParts);
  std::vector<std::vector<uint32_t>> counts(kParts);  // per name of the part: its keys
  InParallel(names.size(), [&](size_t part, size_t begin, size_t end) {
    counts[part].reserve(end - begin);
    for (size_t r = begin; r < end; ++r) {
      size_t before = hashes[part].size();
      match::ListedIndexKeyHashes(names[r].norm, prepared, hashes[part]);
      counts[part].push_back(static_cast<uint32_t>(hashes[part].size() - before));
      std::vector<uint64_t>().swap(names[r].norm.key_hashes);  // in the index now
    }
  });
  index::CandidateIndex::Builder builder;
  size_t total = 0;
  for (const std::vector<uint64_t>& h : hashes) total += h.size();
  builder.Reserve(total);
  uint32_t r = 0;
  for (size_t part = 0; part < kParts; ++part) {
    size_t next = 0;
    for (uint32_t count : counts[part]) {
      for (uint32_t k = 0; k < count; ++k) builder.AddHash(r, hashes[part][next++]);
      ++r;
    }
    std::vector<uint64_t>().swap(hashes[part]);  // the peak of memory is in Build
  }
  for (const match::IndexedName& n : names) stats.forms += n.norm.forms.size();
  index = std::move(builder).Build(static_cast<uint32_t>(names.size()));
  stats.postings = index.posting_count();
}

}  // namespace embargo
