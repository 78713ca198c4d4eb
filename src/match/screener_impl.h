// The insides of a Screener: the entities, their normalized names, the candidate index and
// the scorer. Built once (screener_build.cc), then read by queries (screener_query.cc).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "embargo/normalizer.h"
#include "embargo/screener.h"
#include "index/candidate_index.h"
#include "match/evidence.h"
#include "match/name_scorer.h"
#include "match/token_weights.h"

namespace embargo::match {

// One list name of one entity, normalized once when the Screener is built.
struct IndexedName {
  uint32_t entity = 0;  // the entity whose name this is (see Impl::canonical for its party)
  uint16_t name = 0;    // index into Entity::names
  NormalizedName norm;  // its keys are dropped once the index holds their hashes
};

// What ranking a candidate name needs of its entity, packed: a query reads it for hundreds of
// candidates, and the entities themselves lie all over memory.
struct RecordInfo {
  uint32_t party = 0;  // Impl::canonical of the entity
  EntityKind kind = EntityKind::kPerson;
  NameQuality quality = NameQuality::kPrimary;
};

// One query name, normalized, with the hashes of its index keys.
// A query's keys (KeySide::kQuery), each with the name part its deletion keys come from (0 for
// the other keys): see CandidateOptions::key_groups.
struct IndexKeys {
  std::vector<uint64_t> hashes;
  std::vector<uint8_t> groups;
  // Grouped by the word each key spells, across the forms (a name read word by word, from
  // Arabic, Cyrillic, Greek or Hangul letters, or respelt): a candidate counts each word once,
  // however many readings it shares.
  bool by_word = false;
};

struct QueryName {
  const std::string* text = nullptr;
  NormalizedName norm;
  PreparedName prepared;  // of `norm`, in the thread's query pool, until the query is answered
  IndexKeys keys;
};

// The best name pairing found for one entity.
struct EntityCandidate {
  uint32_t entity = 0;
  uint32_t record = 0;  // IndexedName of the entity that matched best
  int query_name = 0;   // which QueryName
  NameScore name;       // its score and the forms that gave it
  NameQuality quality = NameQuality::kPrimary;
};

// Keys of a listed name for the index: the Normalizer's keys plus every one-letter deletion
// of longer name parts and generic words, so that a typo or a changed letter still shares a
// key, the group of a name part spelt in several ways (NameVariantGroup), and the readings of
// its pinyin words that `prepared` made (PreparedPool::PinyinKeyOf).
enum class KeySide { kListed, kQuery };
void ListedIndexKeyHashes(const NormalizedName& name, const PreparedPool& prepared,
                          std::vector<uint64_t>& out);

IndexKeys QueryIndexKeys(const NormalizedName& name);
// The group of the keys that spell a whole query name written together.
constexpr uint8_t kWholeNameGroup = 64;

}  // namespace embargo::match

namespace embargo {

struct Screener::Impl {
  std::vector<ListSnapshot> lists;
  std::vector<const Entity*> entities;
  std::unordered_map<std::string_view, uint32_t> by_id;  // first snapshot holding the id wins
  // An id on several loaded lists (two versions of the SDN list) is one party, described by the
  // first list loaded: every entity maps to that one, which results report.
  std::vector<uint32_t> canonical;
  std::vector<std::vector<uint32_t>> records_of;   // per party: its IndexedNames
  std::vector<std::vector<std::string>> datasets;  // per entity: "un", "un_dprk" ...
  std::vector<match::IndexedName> names;
  HugeVector<match::RecordInfo> records;  // per IndexedName
  match::PreparedPool prepared;           // per IndexedName, once all are normalized and weighed
  std::unordered_multimap<std::string, uint32_t> identifiers;  // "imo:8660313" -> entity
  index::CandidateIndex index;
  Normalizer normalizer;
  match::TokenWeights weights;
  match::NameScorer scorer{weights};
  ScreenerStats stats;

  // Build steps, in order.
  void IndexEntities();
  void NormalizeNames();
  void BuildIndex();

  // Query steps, in order.
  std::vector<match::QueryName> NormalizeQuery(const Query& query) const;
  std::vector<match::EntityCandidate> FindCandidates(const Query& query,
                                                     const std::vector<match::QueryName>& names,
                                                     const ScreenOptions& options,
                                                     bool exhaustive) const;
  std::vector<Match> Run(const Query& query, const ScreenOptions& options, bool exhaustive) const;
  double FinalScore(double name_score, NameQuality quality,
                    const match::EvidenceResult& evidence) const;
  Match Explain(const Query& query, const std::vector<match::QueryName>& names,
                const match::EntityCandidate& candidate, match::EvidenceResult& evidence,
                double score, double threshold) const;

  bool InDatasets(uint32_t entity, const ScreenOptions& options) const;
  NormalizeOptions OptionsFor(const Entity& entity) const;
};

}  // namespace embargo
