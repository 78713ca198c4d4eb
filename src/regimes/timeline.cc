// `embargo regime show`: the regime as a timeline a compliance officer can read.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "embargo/regime.h"

namespace embargo {
namespace {

std::string VoteText(const Vote& v) {
  std::string text = fmt::format("{}-{}-{}", v.in_favour, v.against, v.abstentions);
  if (!v.note.empty()) text += " (" + v.note + ")";
  return text;
}

std::string MeasureLine(const Measure& m) {
  std::string line = fmt::format("    {} OP{} {} [{}], from {}", m.id, m.paragraph, m.title,
                                 VerdictName(m.verdict), m.from);
  if (m.trigger == Trigger::kNone) line += " (recorded; not decided from a transaction)";
  if (m.wind_down) line += ", wind-down to " + m.wind_down->until;
  if (!m.until.empty()) line += ", until " + m.until;
  if (!m.superseded_by.empty()) {
    line += ", superseded by";
    for (const std::string& s : m.superseded_by) line += " " + s;
  }
  if (!m.goods.empty()) {
    line += "; HS";
    for (const HsMapping& h : m.goods) {
      line += " " + h.hs + (h.basis == HsBasis::kCouncilText ? "*" : "");
    }
  }
  if (!m.uncertain.empty())
    line += " (uncertain: " + fmt::format("{}", fmt::join(m.uncertain, ", ")) + ")";
  return line;
}

}  // namespace

std::string RegimeTimeline(const Regime& regime) {
  std::string out = fmt::format("{} (target {}): {} resolutions, {} measures, {} vessels\n",
                                regime.name(), regime.target_country(), regime.resolutions().size(),
                                regime.measures().size(), regime.vessels().size());
  out += "HS codes marked * are the Council's own text; others are indicative.\n";
  std::vector<const Resolution*> ordered;
  for (const Resolution& r : regime.resolutions()) ordered.push_back(&r);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Resolution* a, const Resolution* b) { return a->date < b->date; });
  for (const Resolution* r : ordered) {
    const bool adopted = r->status != "not_adopted";
    if (r->status == "committee") {
      out += fmt::format("\nfrom {}  {}  (decisions by consensus)\n", r->date, r->symbol);
    } else {
      out += fmt::format("\n{}  {}  {}  {} {}\n", r->date, r->id, r->symbol,
                         adopted ? "adopted" : "NOT ADOPTED", VoteText(r->vote));
    }
    if (!r->trigger.empty()) {
      out += "  trigger: " + r->trigger;
      if (!r->trigger_date.empty()) out += " (" + r->trigger_date + ")";
      out += "\n";
    }
    for (const std::string& line : r->added) {
      out += (adopted ? "  + " : "  (proposed, no legal effect) ") + line + "\n";
    }
    bool header = false;
    for (const Measure& m : regime.measures()) {
      if (m.resolution != r->id) continue;
      if (!header) out += "  measures:\n";
      header = true;
      out += MeasureLine(m) + "\n";
    }
  }
  std::map<std::string, int> designated;
  std::map<std::string, int> delisted;
  for (const DesignatedVessel& v : regime.vessels()) {
    for (const VesselDesignation& d : v.designations) ++designated[d.date];
    if (!v.delisted_on.empty()) ++delisted[v.delisted_on];
  }
  if (!designated.empty()) out += "\nDesignated vessels (by IMO number):\n";
  for (const auto& [date, count] : designated) {
    out += fmt::format("  {}  {} vessel designation(s)\n", date, count);
  }
  for (const auto& [date, count] : delisted) {
    out += fmt::format("  {}  {} vessel(s) removed\n", date, count);
  }
  return out;
}

}  // namespace embargo
