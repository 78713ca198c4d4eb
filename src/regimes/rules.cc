// The rules engine: which measures in force on the transaction date apply to its goods,
// direction, vessel and parties.
#include <algorithm>

#include "embargo/regime.h"
#include "regimes/names.h"

namespace embargo {
namespace {

// How the transaction touches the target country.
struct Flow {
  bool from_target = false;  // origin is the target: the target supplies
  bool to_target = false;    // destination is the target: supplied to the target
  bool transit = false;      // passes through the target only
};

Flow FlowOf(const Regime& regime, const Transaction& tx) {
  const std::string& target = regime.target_country();
  Flow flow;
  flow.from_target = tx.origin == target;
  flow.to_target = tx.destination == target;
  flow.transit = !flow.from_target && !flow.to_target &&
                 std::find(tx.transit.begin(), tx.transit.end(), target) != tx.transit.end();
  return flow;
}

std::string FlowWords(const Flow& flow) {
  if (flow.from_target && flow.to_target) return "within the DPRK";
  return flow.from_target ? "supplied from the DPRK" : "supplied to the DPRK";
}

bool InForce(const Measure& m, const std::string& date) {
  return date >= m.from && (m.until.empty() || date <= m.until);
}

// Whether the measure's direction covers the flow; `via_transit` when only through transit.
bool Covers(const Measure& m, const Flow& flow, bool& via_transit) {
  via_transit = false;
  bool direct = false;
  switch (m.direction) {
    case Direction::kFromDprk:
      direct = flow.from_target;
      break;
    case Direction::kToDprk:
      direct = flow.to_target;
      break;
    case Direction::kAny:
      direct = flow.from_target || flow.to_target;
      break;
  }
  if (direct) return true;
  via_transit = flow.transit;
  return flow.transit;
}

bool ContainsWord(const std::string& folded_text, const std::string& folded_word) {
  const std::string padded = " " + folded_text + " ";
  return padded.find(" " + folded_word + " ") != std::string::npos;
}

struct GoodsMatch {
  const HsMapping* mapping = nullptr;
  bool review = false;
  std::string note;  // why a person must decide
};

// The best mapping of `m` for one goods item, or nullopt when none applies.
std::optional<GoodsMatch> MatchGoods(const Measure& m, const Goods& goods) {
  std::optional<GoodsMatch> best;
  const std::string description = FoldForSearch(goods.description);
  for (const HsMapping& mapping : m.goods) {
    const bool within = goods.hs.starts_with(mapping.hs);
    const bool broader = !within && mapping.hs.starts_with(goods.hs);
    if (!within && !broader) continue;
    GoodsMatch match{&mapping, mapping.basis == HsBasis::kReview, mapping.note};
    if (!mapping.keywords.empty() && !description.empty()) {
      auto names_any = [&](const std::vector<std::string>& words) {
        return std::any_of(words.begin(), words.end(),
                           [&](const std::string& w) { return ContainsWord(description, w); });
      };
      if (names_any(mapping.keywords)) {
        match.review = false;
        match.note.clear();
      } else if (!names_any(mapping.review_keywords)) {
        continue;  // the description names other goods of the heading
      }
    }
    if (broader) {
      match.review = true;
      match.note = "declared HS " + goods.hs + " is broader than " + mapping.hs +
                   "; the goods may be " + (m.goods_text.empty() ? m.title : m.goods_text);
    }
    if (mapping.min_value) {
      const bool comparable = goods.value && goods.currency == mapping.currency;
      if (comparable && *goods.value <= *mapping.min_value) continue;
      if (!comparable) {
        match.review = true;
        match.note = "applies only above " + mapping.currency + " " +
                     std::to_string(static_cast<long long>(*mapping.min_value)) +
                     "; the value could not be compared";
      }
    }
    if (!best || (best->review && !match.review)) best = match;
  }
  return best;
}

Finding BaseFinding(const Measure& m, const Transaction& tx) {
  Finding f;
  f.verdict = m.verdict;
  f.measure_id = m.id;
  f.resolution = m.resolution;
  f.paragraph = m.paragraph;
  f.title = m.title;
  f.date = tx.date;
  f.exemptions = m.exemptions;
  f.cap = m.cap;
  f.data_uncertain = m.uncertain;
  return f;
}

void AddUncertain(Finding& f, const std::string& text) {
  if (text.empty()) return;
  f.uncertain += f.uncertain.empty() ? text : "; " + text;
}

void CheckGoods(const Regime& regime, const Transaction& tx, const Flow& flow,
                std::vector<Finding>& out) {
  for (const Measure& m : regime.measures()) {
    if (m.trigger != Trigger::kGoods || !InForce(m, tx.date)) continue;
    bool via_transit = false;
    if (!Covers(m, flow, via_transit)) continue;
    for (const Goods& goods : tx.goods) {
      std::optional<GoodsMatch> match = MatchGoods(m, goods);
      if (!match) continue;
      Finding f = BaseFinding(m, tx);
      f.hs = goods.hs;
      f.why = "HS " + goods.hs + (goods.description.empty() ? "" : " (" + goods.description + ")") +
              " falls under HS " + match->mapping->hs + " (" +
              std::string(HsBasisName(match->mapping->basis)) + ") of " + m.title + ", " +
              (via_transit ? "transiting the DPRK" : FlowWords(flow)) + ", on " + tx.date;
      if (match->review) {
        f.verdict = Verdict::kNeedsReview;
        AddUncertain(f, match->note);
      }
      if (via_transit) {
        f.verdict = Verdict::kNeedsReview;
        AddUncertain(f,
                     "the goods only transit the DPRK; decide whether this is a supply to or "
                     "from the DPRK");
      }
      if (m.wind_down && tx.date <= m.wind_down->until && f.verdict == Verdict::kProhibited) {
        f.verdict = Verdict::kNeedsReview;
        AddUncertain(
            f, "inside the wind-down until " + m.wind_down->until + ": " + m.wind_down->condition);
      }
      out.push_back(std::move(f));
    }
  }
}

bool DprkRelevant(const PartyHit& hit) {
  if (hit.source == "regime") return true;
  std::string program;
  for (char c : hit.program)
    program.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
  return program.find("DPRK") != std::string::npos || hit.reference.starts_with("KPi.") ||
         hit.reference.starts_with("KPe.");
}

void ScreenParty(const Regime& regime, const Transaction& tx, const Party& party,
                 const PartyMatcher& matcher, std::vector<Finding>& out) {
  if (!matcher) return;
  const std::vector<PartyHit> hits = matcher(party);
  const std::string who = party.name.empty() ? "party" : party.name;
  for (const PartyHit& hit : hits) {
    const bool exact = hit.exact || hit.score >= 1.0;
    if (!DprkRelevant(hit)) {
      Finding f;
      f.verdict = Verdict::kNeedsReview;
      f.measure_id = "listed-other-regime";
      f.resolution = hit.source + " list";
      f.paragraph = hit.program.empty() ? hit.reference : hit.program;
      f.title = "Party listed under another regime";
      f.party = who;
      f.date = tx.date;
      f.why = who + " (" + std::string(PartyRoleName(party.role)) + ") matches " + hit.name + " (" +
              hit.entity_id + ", " + hit.program + ")";
      AddUncertain(f, "listed outside the 1718 regime; check the measures of that regime");
      f.hits.push_back(hit);
      out.push_back(std::move(f));
      continue;
    }
    for (const Measure& m : regime.measures()) {
      if (m.trigger != Trigger::kDesignatedParty || !InForce(m, tx.date)) continue;
      Finding f = BaseFinding(m, tx);
      f.party = who;
      f.why = who + " (" + std::string(PartyRoleName(party.role)) + ") matches " + hit.name + " (" +
              hit.entity_id + ", " + hit.program + ") by " + hit.match_kind;
      if (!exact) {
        f.verdict = Verdict::kNeedsReview;
        AddUncertain(f, "possible match (score " + std::to_string(hit.score) + ")");
      }
      if (hit.source != "un" && hit.source != "regime") {
        AddUncertain(f, "designated by " + hit.source + " (" + hit.program +
                            "); the UN measure applies to 1718 designations");
      }
      f.hits.push_back(hit);
      out.push_back(std::move(f));
    }
  }
}

bool DesignatedOn(const DesignatedVessel& v, const VesselDesignation& d, const std::string& date) {
  return d.date <= date && (v.delisted_on.empty() || date < v.delisted_on);
}

void CheckVessel(const Regime& regime, const Transaction& tx, std::vector<Finding>& out) {
  if (!tx.vessel) return;
  const std::string imo = NormalizeImo(tx.vessel->imo);
  const std::string name = FoldForSearch(tx.vessel->name);
  for (const DesignatedVessel& v : regime.vessels()) {
    bool by_name = false;
    if (imo.empty() || v.imo.empty()) {
      by_name = !name.empty() && std::any_of(v.names.begin(), v.names.end(), [&](const auto& n) {
        return FoldForSearch(n) == name;
      });
      if (!by_name) continue;
    } else if (v.imo != imo) {
      continue;
    }
    PartyHit hit{"regime:vessel:" + (v.imo.empty() ? FoldForSearch(v.names.front()) : v.imo),
                 v.names.front(),
                 "regime",
                 regime.id(),
                 v.imo,
                 by_name ? 0.9 : 1.0,
                 by_name ? tx.vessel->name : v.imo,
                 by_name ? "name" : "identifier:imo"};
    for (const VesselDesignation& d : v.designations) {
      if (!DesignatedOn(v, d, tx.date)) continue;
      for (const std::string& vm : d.measures) {
        for (const Measure& m : regime.measures()) {
          if (m.trigger != Trigger::kDesignatedVessel || m.vessel_measure != vm ||
              !InForce(m, tx.date)) {
            continue;
          }
          Finding f = BaseFinding(m, tx);
          f.party = tx.vessel->name.empty() ? "IMO " + imo : tx.vessel->name;
          std::string bases;
          for (const std::string& b : d.bases) bases += (bases.empty() ? "" : ", ") + b;
          f.why = "vessel " + f.party + " is " + v.names.front() +
                  (v.imo.empty() ? "" : " (IMO " + v.imo + ")") + ", designated on " + d.date +
                  " by " + d.by + " (" + bases + ")";
          if (by_name) {
            f.verdict = Verdict::kNeedsReview;
            AddUncertain(f, "matched by name only; confirm the IMO number");
          }
          f.hits.push_back(hit);
          out.push_back(std::move(f));
        }
      }
    }
  }
}

void CheckFlagAndBanks(const Regime& regime, const Transaction& tx, std::vector<Finding>& out) {
  std::vector<const Party*> dprk_banks;
  for (const Party& p : tx.parties) {
    if (p.role == PartyRole::kBank && p.country == regime.target_country())
      dprk_banks.push_back(&p);
  }
  if (tx.payment) {
    for (const Party& p : tx.payment->banks) {
      if (p.country == regime.target_country()) dprk_banks.push_back(&p);
    }
  }
  const bool dprk_flag = tx.vessel && tx.vessel->flag == regime.target_country();
  for (const Measure& m : regime.measures()) {
    if (!InForce(m, tx.date)) continue;
    if (m.trigger == Trigger::kVesselFlag && dprk_flag) {
      Finding f = BaseFinding(m, tx);
      f.party = tx.vessel->name;
      f.why = "vessel " + tx.vessel->name + " flies the flag of the DPRK on " + tx.date;
      out.push_back(std::move(f));
    }
    if (m.trigger != Trigger::kDprkBank) continue;
    for (const Party* bank : dprk_banks) {
      Finding f = BaseFinding(m, tx);
      f.party = bank->name;
      f.why = "bank " + bank->name + " is in the DPRK";
      out.push_back(std::move(f));
    }
  }
}

}  // namespace

CheckResult CheckTransaction(const Regime& regime, const Transaction& tx,
                             const PartyMatcher& matcher) {
  CheckResult result;
  result.id = tx.id;
  const Flow flow = FlowOf(regime, tx);
  CheckGoods(regime, tx, flow, result.findings);
  CheckVessel(regime, tx, result.findings);
  CheckFlagAndBanks(regime, tx, result.findings);
  for (const Party& party : tx.parties) ScreenParty(regime, tx, party, matcher, result.findings);
  if (tx.payment) {
    for (const Party& bank : tx.payment->banks) {
      ScreenParty(regime, tx, bank, matcher, result.findings);
    }
  }
  if (tx.vessel) {
    Party vessel{tx.vessel->name, PartyRole::kCarrier, tx.vessel->flag, "vessel", {}};
    if (!tx.vessel->imo.empty()) vessel.ids["imo"] = tx.vessel->imo;
    ScreenParty(regime, tx, vessel, matcher, result.findings);
  }
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.verdict > b.verdict; });
  for (const Finding& f : result.findings) result.verdict = std::max(result.verdict, f.verdict);
  return result;
}

}  // namespace embargo
