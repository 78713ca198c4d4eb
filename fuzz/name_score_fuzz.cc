// libFuzzer target for the name Scorer: any name, in any script, against listed names in
// several scripts. Every score lies in [0, 1], an explanation can always be given, and the
// bound that lets the Scorer skip an alignment never skips a name above the cutoff (which
// tests/scorer_bound_test.cc checks on a real list).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "embargo/normalizer.h"
#include "match/name_scorer.h"
#include "match/token_weights.h"

namespace {

using namespace embargo;

// Listed names in the scripts and shapes the Scorer treats apart: Korean romanizations and
// Hangul, Arabic and Cyrillic letters with their readings' spellings, legal forms spelt out,
// words written together, Han, Greek, patronymics, Hebrew readings' spellings, generations,
// Katakana.
constexpr const char* kListed[] = {
    "Jang Myong Jin",
    "CHANG MYONG-CHIN",
    "김정은",
    "金正恩",
    "Kim Jong Un",
    "CHONGCHONGANG",
    "Chong Chon Gang Shipping Co Ltd",
    "KOREA MINING DEVELOPMENT TRADING CORPORATION",
    "조선무역은행",
    "Korea Trading Bank",
    "عبد الرحمن الغماري",
    "ABD AL-RAHMAN AL-GHAMARI",
    "زكريا الصبار",
    "ZAKARYA ESSABAR",
    "انتصار العبيدي",
    "Путин Владимир Владимирович",
    "PUTIN, Vladimir Vladimirovich",
    "Сергей Иванов",
    "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU GAZPROM DOBYCHA NOYABRSK",
    "TEHRAN CEMENT",
    "AL-TIKRITI",
    "Ανδρέας Παπαδόπουλος",
    "马秀英",
    "Mohammed Ali Hassan",
    "Li Na",
    "K. Putin",
    "SAI'ID, Shaykh",
    "Taedong Credit Bank (TCB)",
    "LEVI, Yinon",
    "NABIULLINA, Elvira Sakhipzadovna",
    "AHMED, Nazir",
    "RUBEN PESTANO LAVILLA, JR",
    "ВАСИЛЬЕВ, Александр Павлович",
    "ドナルド・トランプ"};

struct Listed {
  Normalizer normalizer;
  std::vector<NormalizedName> names;
  match::TokenWeights weights;
  std::unique_ptr<match::NameScorer> scorer;
  match::PreparedPool pool;

  Listed() {
    for (const char* name : kListed) names.push_back(normalizer.Normalize(name));
    for (const NormalizedName& n : names) weights.Count(n);
    weights.Finish();
    scorer = std::make_unique<match::NameScorer>(weights);
    for (const NormalizedName& n : names) scorer->Prepare(n, pool);
    pool.Seal();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Listed* listed = new Listed;
  if (size > 512) return 0;
  NormalizeOptions as_query;  // as the screener reads a query
  as_query.respell_latin = true;
  const NormalizedName query = listed->normalizer.Normalize(
      std::string_view(reinterpret_cast<const char*>(data), size), as_query);
  match::PreparedPool pool;
  listed->scorer->Prepare(query, pool);
  pool.Seal();
  for (uint32_t c = 0; c < listed->pool.size(); ++c) {
    const match::NameScore full = listed->scorer->Score(pool[0], listed->pool[c]);
    if (!(full.score >= 0 && full.score <= 1)) __builtin_trap();
    for (double cutoff : {0.5, 0.7, 0.85}) {
      const double pruned = listed->scorer->Score(pool[0], listed->pool[c], cutoff).score;
      if (full.score >= cutoff && pruned != full.score) __builtin_trap();
    }
    const match::NameScore explained = listed->scorer->Explain(pool[0], listed->pool[c], full);
    if (full.score > 0 && explained.tokens.empty()) __builtin_trap();
  }
  return 0;
}
