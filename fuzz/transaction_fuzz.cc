// libFuzzer target for the transaction parser and the rules engine: any input must parse or fail
// with a field-naming error, never crash or throw; a parsed transaction must check against a small
// regime, and the result must serialize to one line of JSON whose verdict is its worst finding.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "embargo/regime.h"

namespace {

// A small regime with every trigger the engine knows, so fuzzed input reaches each rule.
constexpr const char* kRegime = R"(format: embargo-regime/1
regime: {id: fuzz, name: fuzz, target_country: kp}
resolutions:
  - {id: "1", date: 2000-01-01, status: adopted, vote: {for: 15, against: 0, abstain: 0}}
measures:
  - {id: ban, resolution: "1", paragraph: "1", title: ban, kind: export_ban, direction: from_dprk,
     verdict: prohibited, from: 2010-01-01, wind_down: {until: 2010-02-01, condition: c},
     goods: [{hs: "2701", basis: plain}, {hs: "27", basis: review, note: n, keywords: [coal]}],
     sources: [s]}
  - {id: cap, resolution: "1", paragraph: "2", title: cap, kind: cap, direction: to_dprk,
     verdict: reportable, from: 2010-01-01, until: 2030-01-01, cap: c,
     goods: [{hs: "2710", basis: plain, min_value: 5, currency: USD}], sources: [s]}
  - {id: freeze, resolution: "1", paragraph: "3", title: f, kind: asset_freeze, direction: any,
     trigger: designated_party, verdict: prohibited, from: 2000-01-01, sources: [s]}
  - {id: port, resolution: "1", paragraph: "4", title: p, kind: vessel, direction: any,
     trigger: designated_vessel, vessel_measure: port_entry_ban, verdict: prohibited,
     from: 2000-01-01, sources: [s]}
  - {id: flag, resolution: "1", paragraph: "5", title: g, kind: vessel, direction: any,
     trigger: vessel_flag, verdict: needs_review, from: 2000-01-01, sources: [s]}
  - {id: bank, resolution: "1", paragraph: "6", title: b, kind: financial, direction: any,
     trigger: dprk_bank, verdict: needs_review, from: 2000-01-01, sources: [s]}
vessels:
  - {imo: "9191773", names: [BILLIONS NO. 18], designated: [{date: 2017-12-28, measures: [port_entry_ban]}]}
  - {imo: null, names: [NO IMO], designated: [{date: 2017-12-28, measures: [port_entry_ban]}]}
)";

std::vector<embargo::PartyHit> FakeMatcher(const embargo::Party& party) {
  if (party.name.size() % 3 != 0) return {};
  return {{"x:1", "X", party.name.size() % 2 ? "un" : "ofac", "DPRK", "KPe.001",
           party.name.size() % 2 ? 1.0 : 0.9, party.name, "name"}};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const embargo::Regime* regime = [] {
    auto parsed = embargo::Regime::Parse(kRegime, "fuzz.yaml");
    if (!parsed.ok()) __builtin_trap();
    return new embargo::Regime(std::move(*parsed));
  }();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  embargo::Result<embargo::Transaction> tx = embargo::ParseTransaction(text);
  if (!tx.ok()) {
    if (tx.status().message().empty()) __builtin_trap();
    return 0;
  }
  const embargo::CheckResult result = embargo::CheckTransaction(*regime, *tx, FakeMatcher);
  embargo::Verdict worst = embargo::Verdict::kClear;
  for (const embargo::Finding& f : result.findings) {
    if (f.resolution.empty() || f.paragraph.empty()) __builtin_trap();
    if (f.verdict > worst) worst = f.verdict;
  }
  if (worst != result.verdict) __builtin_trap();
  const std::string line = embargo::CheckResultToJson(result);
  if (line.find('\n') != std::string::npos) __builtin_trap();
  if (nlohmann::json::parse(line, nullptr, false).is_discarded()) __builtin_trap();
  return 0;
}
