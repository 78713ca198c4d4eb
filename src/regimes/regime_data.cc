// Reading a regime file (YAML, format in docs/regime-format.md) into a validated Regime.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "embargo/regime.h"
#include "model/fuzzy_date.h"
#include "regimes/names.h"

namespace embargo {

// Builds a Regime field by field; every error names the file and the entry.
class RegimeBuilder {
 public:
  explicit RegimeBuilder(std::string file) : file_(std::move(file)) {}

  Result<Regime> Build(const YAML::Node& root);

 private:
  Status Fail(const std::string& where, const std::string& what) const {
    return ParseError(file_ + ": " + where + ": " + what);
  }
  Status ReadResolution(const YAML::Node& node, const std::string& where, Resolution& out);
  Status ReadMeasure(const YAML::Node& node, const std::string& where, Measure& out);
  Status ReadHs(const YAML::Node& node, const std::string& where, HsMapping& out);
  Status ReadVessel(const YAML::Node& node, const std::string& where, DesignatedVessel& out);
  Status CheckDate(const std::string& where, const std::string& date, bool required) const;
  Status CrossCheck(const Regime& regime) const;

  std::string file_;
};

namespace {

std::string Str(const YAML::Node& node, const char* key) {
  const YAML::Node child = node[key];
  if (!child || child.IsNull() || !child.IsScalar()) return "";
  return child.as<std::string>();
}

std::vector<std::string> StrList(const YAML::Node& node, const char* key) {
  std::vector<std::string> out;
  const YAML::Node child = node[key];
  if (!child) return out;
  if (child.IsScalar()) {
    out.push_back(child.as<std::string>());
    return out;
  }
  if (!child.IsSequence()) return out;
  for (const YAML::Node& item : child) {
    if (item.IsScalar()) out.push_back(item.as<std::string>());
  }
  return out;
}

// Unknown keys are errors: in a YAML flow mapping an unquoted comma silently starts a new key.
std::string UnknownKey(const YAML::Node& node, std::initializer_list<std::string_view> allowed) {
  if (!node.IsMap()) return "";
  for (const auto& item : node) {
    const std::string key = item.first.as<std::string>();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) return key;
  }
  return "";
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Status RegimeBuilder::CheckDate(const std::string& where, const std::string& date,
                                bool required) const {
  if (date.empty()) return required ? Fail(where, "missing date") : Status::Ok();
  if (!ParseIsoDay(date)) return Fail(where, "not an ISO calendar date: '" + date + "'");
  return Status::Ok();
}

Status RegimeBuilder::ReadResolution(const YAML::Node& node, const std::string& where,
                                     Resolution& out) {
  out.id = Str(node, "id");
  if (out.id.empty()) return Fail(where, "missing id");
  const std::string at = where + " (" + out.id + ")";
  out.symbol = Str(node, "symbol");
  out.date = Str(node, "date");
  if (Status s = CheckDate(at + ".date", out.date, true); !s.ok()) return s;
  out.status = Str(node, "status");
  if (out.status != "adopted" && out.status != "not_adopted" && out.status != "committee") {
    return Fail(at + ".status",
                "expected adopted, not_adopted or committee, got '" + out.status + "'");
  }
  if (const YAML::Node vote = node["vote"]; vote && vote.IsMap()) {
    out.vote.in_favour = vote["for"] ? vote["for"].as<int>() : 0;
    out.vote.against = vote["against"] ? vote["against"].as<int>() : 0;
    out.vote.abstentions = vote["abstain"] ? vote["abstain"].as<int>() : 0;
    out.vote.note = Str(vote, "note");
  } else if (out.status != "committee") {
    return Fail(at, "missing vote");
  }
  out.trigger = Str(node, "trigger");
  out.trigger_date = Str(node, "trigger_date");
  if (Status s = CheckDate(at + ".trigger_date", out.trigger_date, false); !s.ok()) return s;
  out.added = StrList(node, "added");
  out.sources = StrList(node, "sources");
  out.uncertain = StrList(node, "uncertain");
  return Status::Ok();
}

Status RegimeBuilder::ReadHs(const YAML::Node& node, const std::string& where, HsMapping& out) {
  if (std::string key = UnknownKey(
          node, {"hs", "basis", "note", "keywords", "review_keywords", "min_value", "currency"});
      !key.empty()) {
    return Fail(where, "unknown key '" + key + "'");
  }
  out.hs = Str(node, "hs");
  if (!AllDigits(out.hs) || out.hs.size() < 2 || out.hs.size() > 10) {
    return Fail(where + ".hs", "expected 2 to 10 digits, got '" + out.hs + "'");
  }
  std::optional<HsBasis> basis = ParseHsBasis(Str(node, "basis"));
  if (!basis) return Fail(where + ".basis", "expected council_text, plain or review");
  out.basis = *basis;
  out.note = Str(node, "note");
  if (out.basis == HsBasis::kReview && out.note.empty()) {
    return Fail(where + ".note", "a review mapping must say what is uncertain");
  }
  for (const std::string& word : StrList(node, "keywords")) {
    out.keywords.push_back(FoldForSearch(word));
  }
  for (const std::string& word : StrList(node, "review_keywords")) {
    out.review_keywords.push_back(FoldForSearch(word));
  }
  if (!out.review_keywords.empty() && out.keywords.empty()) {
    return Fail(where + ".review_keywords", "only meaningful with keywords");
  }
  if (node["min_value"]) {
    out.min_value = node["min_value"].as<double>();
    out.currency = Str(node, "currency");
    if (out.currency.empty()) return Fail(where + ".currency", "min_value needs a currency");
  }
  return Status::Ok();
}

Status RegimeBuilder::ReadMeasure(const YAML::Node& node, const std::string& where, Measure& out) {
  out.id = Str(node, "id");
  if (out.id.empty()) return Fail(where, "missing id");
  const std::string at = "measure " + out.id;
  if (std::string key = UnknownKey(
          node, {"id", "resolution", "paragraph", "title", "kind", "direction", "trigger",
                 "verdict", "goods_text", "goods", "from", "until", "wind_down", "superseded_by",
                 "cap", "vessel_measure", "exemptions", "uncertain", "sources"});
      !key.empty()) {
    return Fail(at, "unknown key '" + key + "'");
  }
  out.resolution = Str(node, "resolution");
  out.paragraph = Str(node, "paragraph");
  out.title = Str(node, "title");
  if (out.resolution.empty() || out.paragraph.empty() || out.title.empty()) {
    return Fail(at, "resolution, paragraph and title are required");
  }
  std::optional<MeasureKind> kind = ParseMeasureKind(Str(node, "kind"));
  if (!kind) return Fail(at + ".kind", "unknown kind '" + Str(node, "kind") + "'");
  out.kind = *kind;
  std::optional<Direction> direction = ParseDirection(Str(node, "direction"));
  if (!direction) return Fail(at + ".direction", "expected from_dprk, to_dprk or any");
  out.direction = *direction;
  std::optional<Verdict> verdict = ParseVerdict(Str(node, "verdict"));
  if (!verdict || *verdict == Verdict::kClear) {
    return Fail(at + ".verdict", "expected prohibited, needs_review or reportable");
  }
  out.verdict = *verdict;
  if (out.kind == MeasureKind::kCap && out.verdict == Verdict::kProhibited) {
    return Fail(at + ".verdict", "a cap is reportable or needs_review, never prohibited");
  }
  out.goods_text = Str(node, "goods_text");
  if (const YAML::Node goods = node["goods"]; goods && goods.IsSequence()) {
    for (size_t i = 0; i < goods.size(); ++i) {
      HsMapping mapping;
      if (Status s = ReadHs(goods[i], at + ".goods[" + std::to_string(i) + "]", mapping); !s.ok()) {
        return s;
      }
      out.goods.push_back(std::move(mapping));
    }
  }
  const std::string trigger_text = Str(node, "trigger");
  std::optional<Trigger> trigger =
      ParseTrigger(trigger_text.empty() ? (out.goods.empty() ? "none" : "goods") : trigger_text);
  if (!trigger) return Fail(at + ".trigger", "unknown trigger '" + trigger_text + "'");
  out.trigger = *trigger;
  if (out.trigger == Trigger::kGoods && out.goods.empty()) {
    return Fail(at + ".goods", "a goods measure needs at least one HS code");
  }
  out.from = Str(node, "from");
  out.until = Str(node, "until");
  if (Status s = CheckDate(at + ".from", out.from, true); !s.ok()) return s;
  if (Status s = CheckDate(at + ".until", out.until, false); !s.ok()) return s;
  if (!out.until.empty() && out.until < out.from) return Fail(at + ".until", "before from");
  if (const YAML::Node wd = node["wind_down"]; wd && wd.IsMap()) {
    WindDown wind_down{Str(wd, "until"), Str(wd, "condition"),
                       wd["uncertain"] && wd["uncertain"].as<bool>()};
    if (Status s = CheckDate(at + ".wind_down.until", wind_down.until, true); !s.ok()) return s;
    if (wind_down.until < out.from) return Fail(at + ".wind_down.until", "before from");
    out.wind_down = std::move(wind_down);
  }
  out.superseded_by = StrList(node, "superseded_by");
  if (!out.superseded_by.empty() && out.until.empty()) {
    return Fail(at + ".until", "a superseded measure needs the last day it was in force");
  }
  out.cap = Str(node, "cap");
  out.vessel_measure = Str(node, "vessel_measure");
  if (out.trigger == Trigger::kDesignatedVessel && out.vessel_measure != "asset_freeze" &&
      out.vessel_measure != "port_entry_ban" && out.vessel_measure != "deflag") {
    return Fail(at + ".vessel_measure", "expected asset_freeze, port_entry_ban or deflag");
  }
  out.exemptions = StrList(node, "exemptions");
  out.uncertain = StrList(node, "uncertain");
  out.sources = StrList(node, "sources");
  if (out.sources.empty()) return Fail(at + ".sources", "every measure cites a source");
  return Status::Ok();
}

Status RegimeBuilder::ReadVessel(const YAML::Node& node, const std::string& where,
                                 DesignatedVessel& out) {
  out.imo = Str(node, "imo");
  out.names = StrList(node, "names");
  if (out.names.empty()) return Fail(where, "a vessel needs a name");
  const std::string at = "vessel " + out.names.front();
  if (!out.imo.empty() && (NormalizeImo(out.imo) != out.imo || !ImoCheckDigitOk(out.imo))) {
    return Fail(at + ".imo", "'" + out.imo + "' is not a valid 7-digit IMO number");
  }
  out.flag = Str(node, "flag");
  out.delisted_on = Str(node, "delisted_on");
  out.note = Str(node, "note");
  if (Status s = CheckDate(at + ".delisted_on", out.delisted_on, false); !s.ok()) return s;
  const YAML::Node designated = node["designated"];
  if (!designated || !designated.IsSequence() || designated.size() == 0) {
    return Fail(at + ".designated", "at least one designation is required");
  }
  for (size_t i = 0; i < designated.size(); ++i) {
    const std::string dat = at + ".designated[" + std::to_string(i) + "]";
    if (std::string key = UnknownKey(designated[i], {"date", "by", "bases", "measures"});
        !key.empty()) {
      return Fail(dat, "unknown key '" + key + "'");
    }
    VesselDesignation d{Str(designated[i], "date"), Str(designated[i], "by"),
                        StrList(designated[i], "bases"), StrList(designated[i], "measures")};
    if (Status s = CheckDate(dat + ".date", d.date, true); !s.ok()) return s;
    for (const std::string& m : d.measures) {
      if (m != "asset_freeze" && m != "port_entry_ban" && m != "deflag") {
        return Fail(dat + ".measures", "unknown vessel measure '" + m + "'");
      }
    }
    out.designations.push_back(std::move(d));
  }
  return Status::Ok();
}

Status RegimeBuilder::CrossCheck(const Regime& regime) const {
  std::set<std::string> ids;
  for (const Measure& m : regime.measures()) {
    if (!ids.insert(m.id).second) return Fail("measure " + m.id, "duplicate id");
    if (!regime.FindResolution(m.resolution)) {
      return Fail("measure " + m.id + ".resolution", "no resolution '" + m.resolution + "'");
    }
  }
  for (const Measure& m : regime.measures()) {
    for (const std::string& next : m.superseded_by) {
      if (!regime.FindMeasure(next)) {
        return Fail("measure " + m.id + ".superseded_by", "no measure '" + next + "'");
      }
    }
  }
  std::set<std::string> imos;
  for (const DesignatedVessel& v : regime.vessels()) {
    if (!v.imo.empty() && v.delisted_on.empty() && !imos.insert(v.imo).second) {
      return Fail("vessel " + v.names.front(), "IMO " + v.imo + " is designated twice");
    }
  }
  return Status::Ok();
}

Result<Regime> RegimeBuilder::Build(const YAML::Node& root) {
  if (!root.IsMap()) return Fail("top level", "expected a mapping");
  if (Str(root, "format") != "embargo-regime/1") {
    return Fail("format", "expected 'embargo-regime/1'");
  }
  Regime regime;
  const YAML::Node head = root["regime"];
  if (!head || !head.IsMap()) return Fail("regime", "missing");
  regime.id_ = Str(head, "id");
  regime.name_ = Str(head, "name");
  regime.target_country_ = Str(head, "target_country");
  if (regime.id_.empty() || regime.target_country_.size() != 2) {
    return Fail("regime", "id and a two-letter target_country are required");
  }
  const YAML::Node resolutions = root["resolutions"];
  if (!resolutions || !resolutions.IsSequence()) return Fail("resolutions", "missing");
  for (size_t i = 0; i < resolutions.size(); ++i) {
    Resolution r;
    if (Status s = ReadResolution(resolutions[i], "resolutions[" + std::to_string(i) + "]", r);
        !s.ok()) {
      return s;
    }
    regime.resolutions_.push_back(std::move(r));
  }
  const YAML::Node measures = root["measures"];
  if (!measures || !measures.IsSequence()) return Fail("measures", "missing");
  for (size_t i = 0; i < measures.size(); ++i) {
    Measure m;
    if (Status s = ReadMeasure(measures[i], "measures[" + std::to_string(i) + "]", m); !s.ok()) {
      return s;
    }
    regime.measures_.push_back(std::move(m));
  }
  if (const YAML::Node vessels = root["vessels"]; vessels && vessels.IsSequence()) {
    for (size_t i = 0; i < vessels.size(); ++i) {
      DesignatedVessel v;
      if (Status s = ReadVessel(vessels[i], "vessels[" + std::to_string(i) + "]", v); !s.ok()) {
        return s;
      }
      regime.vessels_.push_back(std::move(v));
    }
  }
  if (Status s = CrossCheck(regime); !s.ok()) return s;
  return regime;
}

Result<Regime> Regime::Parse(std::string_view yaml, const std::string& name) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
    return RegimeBuilder(name).Build(root);
  } catch (const YAML::Exception& e) {
    // yaml-cpp reports the line of malformed YAML and of scalars that do not convert.
    return ParseError(name + ":" + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

Result<Regime> Regime::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open regime file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return IoError(path + ": read failed");
  return Parse(text.str(), path);
}

const Resolution* Regime::FindResolution(std::string_view id) const {
  for (const Resolution& r : resolutions_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

const Measure* Regime::FindMeasure(std::string_view id) const {
  for (const Measure& m : measures_) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

const DesignatedVessel* Regime::FindVesselByImo(std::string_view imo) const {
  const std::string key = NormalizeImo(imo);
  if (key.empty()) return nullptr;
  const DesignatedVessel* delisted = nullptr;
  for (const DesignatedVessel& v : vessels_) {
    if (v.imo != key) continue;
    if (v.delisted_on.empty()) return &v;  // a current designation wins over an old one
    delisted = &v;
  }
  return delisted;
}

}  // namespace embargo
