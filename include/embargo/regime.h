// Sanctions regimes as rules: is this shipment or payment prohibited, under which paragraph, on
// that date?
//
// A Regime is loaded from a YAML file (data/regimes/dprk-1718.yaml, format in
// docs/regime-format.md): the resolutions, the measures with their goods (HS codes), dates,
// wind-downs and exemptions, and the designated vessels. CheckTransaction applies the measures in
// force on the transaction date to its goods, direction, vessel and parties, and returns findings
// that cite resolution and paragraph. Party screening goes through a PartyMatcher, so the exact
// built-in matcher (MakeExactListMatcher) can be swapped for the fuzzy screener.
//
// Thread-safety: a loaded Regime is immutable and may be shared by any number of threads.
// CheckTransaction is thread-safe if the PartyMatcher is (the built-in one is).
#pragma once

#include <array>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/lists.h"
#include "embargo/match.h"
#include "embargo/status.h"

namespace embargo {

// Most severe last: the verdict of a transaction is the maximum of its findings.
enum class Verdict { kClear = 0, kReportable = 1, kNeedsReview = 2, kProhibited = 3 };

std::string_view VerdictName(Verdict verdict);  // "clear", "reportable", ...
std::optional<Verdict> ParseVerdict(std::string_view text);

// ---------------------------------------------------------------------------------------------
// The transaction (input)

enum class PartyRole {
  kBuyer,
  kSeller,
  kConsignor,
  kConsignee,
  kShipper,
  kCarrier,
  kVesselOwner,
  kVesselOperator,
  kOriginator,
  kBeneficiary,
  kBank,
  kIntermediary,
  kOther,
};
std::string_view PartyRoleName(PartyRole role);  // "buyer", "vessel_owner", ...
std::optional<PartyRole> ParsePartyRole(std::string_view text);

struct Party {
  std::string name;
  PartyRole role = PartyRole::kOther;
  std::string country;  // ISO alpha-2 lower case, may be empty
  std::string kind;     // "person", "organization", "vessel", ... may be empty
  // Identifier type ("passport", "national_id", "imo", "bic", "lei", "registration", "tax")
  // to value, as given.
  std::map<std::string, std::string> ids;
};

struct Goods {
  std::string hs;  // 2 to 10 digits, dots and spaces removed
  std::string description;
  std::optional<double> quantity;
  std::string unit;
  std::optional<double> value;
  std::string currency;  // ISO 4217 upper case, may be empty
};

struct VesselRef {
  std::string imo;  // as given; normalized when matched
  std::string name;
  std::string flag;  // ISO alpha-2 lower case, may be empty
};

struct Payment {
  std::string currency;
  std::optional<double> amount;
  std::vector<Party> banks;  // role kBank unless given
};

struct Transaction {
  std::string id;
  std::string date;  // ISO "YYYY-MM-DD", a real calendar day
  std::vector<Party> parties;
  std::vector<Goods> goods;
  std::string origin;       // ISO alpha-2 lower case
  std::string destination;  // ISO alpha-2 lower case
  std::vector<std::string> transit;
  std::optional<VesselRef> vessel;
  std::optional<Payment> payment;
};

// Parses one transaction object. Errors name the field: "goods[1].hs: ...", "date: ...".
Result<Transaction> ParseTransaction(std::string_view json);

// ---------------------------------------------------------------------------------------------
// Party screening

// One list entry that a party (or the vessel) may be.
struct PartyHit {
  std::string entity_id;     // "un:KPe.022", "ofac:23730"
  std::string name;          // the entity's primary name
  std::string source;        // "un", "ofac", ... or "regime" for the regime's vessel list
  std::string program;       // "DPRK", "DPRK3", "SDGT" ...
  std::string reference;     // the source's own reference: "KPe.022", IMO for vessels
  double score = 0;          // [0, 1]; 1 for exact matches
  std::string matched_name;  // the listed name or identifier that matched
  std::string match_kind;    // "identifier:imo", "name", or the screener's own wording
  // The same identifier, or the same name after case and punctuation folding: a hit on a DPRK
  // list is then prohibited rather than needs_review, whatever the score.
  bool exact = false;
};

// Screens one party. The rules engine calls it for every party, every payment bank and the
// vessel (as a Party of kind "vessel" with ids {"imo": ...}).
using PartyMatcher = std::function<std::vector<PartyHit>(const Party&)>;

// Exact matching over loaded lists: identifiers (IMO, passport, BIC, ...) after normalization
// (spaces, punctuation and an "IMO" prefix removed, upper case) and names compared case- and
// punctuation-insensitively against every name and alias. The lists are copied into the matcher;
// the returned function is immutable and thread-safe.
PartyMatcher MakeExactListMatcher(const std::vector<ListSnapshot>& lists);

class Screener;

// Party screening through the fuzzy Screener (embargo/screener.h): the party's name, kind,
// country and identifiers become a Query; every match becomes a hit with the screener's score
// (below 1, a finding is needs_review). Thread-safe: the Screener is immutable.
PartyMatcher MakeScreenerMatcher(std::shared_ptr<const Screener> screener,
                                 ScreenOptions options = {});

// "IMO 9191773" -> "9191773"; empty when the result is not 7 digits.
std::string NormalizeImo(std::string_view text);
// True when the 7-digit number passes the IMO check digit.
bool ImoCheckDigitOk(std::string_view imo);
// Upper case, letters and digits only: "DE89 3704-0044" -> "DE8937040044".
std::string NormalizeIdentifier(std::string_view text);

// ---------------------------------------------------------------------------------------------
// The regime (data)

struct Vote {
  int in_favour = 0;
  int against = 0;
  int abstentions = 0;
  std::string note;  // who voted against or abstained
};

struct Resolution {
  std::string id;      // "2397", or "draft-2022-05-26"
  std::string symbol;  // "S/RES/2397 (2017)"
  std::string date;    // adoption (or vote) date
  std::string status;  // "adopted" | "not_adopted" | "committee" (the 1718 Committee's decisions)
  Vote vote;
  std::string trigger;
  std::string trigger_date;
  std::vector<std::string> added;  // what it added, one line each
  std::vector<std::string> sources;
  std::vector<std::string> uncertain;
};

enum class MeasureKind {
  kExportBan,  // the DPRK shall not supply; States shall prohibit procurement
  kImportBan,  // States shall prevent supply to the DPRK
  kCap,        // aggregate quantity across all States
  kAssetFreeze,
  kVessel,  // port-entry ban, de-flagging, flag and charter rules
  kFinancial,
  kServices,
  kOther,
};
std::string_view MeasureKindName(MeasureKind kind);

enum class Direction { kFromDprk, kToDprk, kAny };

// How an HS code relates to the goods the Council named.
enum class HsBasis {
  kCouncilText,  // the resolution itself gives the code (2397 OP6, OP7)
  kPlain,        // indicative, but the heading plainly is the goods named (coal = 2701)
  kReview,       // indicative: the heading may hold the goods named; a person must decide
};
std::string_view HsBasisName(HsBasis basis);

struct HsMapping {
  std::string hs;  // 2 to 10 digits
  HsBasis basis = HsBasis::kReview;
  std::string note;  // what is uncertain, for kReview
  // When not empty, a goods description that names none of these words means the heading
  // holds other goods (diesel is not jet fuel); a description that names one decides.
  std::vector<std::string> keywords;
  // Words that leave the match for review rather than rule it out ("kerosene" may be jet fuel).
  std::vector<std::string> review_keywords;
  // Luxury thresholds: only goods worth more than this (in `currency`) fall under the measure.
  std::optional<double> min_value;
  std::string currency;
};

// What triggers the measure besides goods.
enum class Trigger {
  kGoods,             // an HS code of `goods`
  kDesignatedParty,   // a party hit on a DPRK list (asset freeze)
  kDesignatedVessel,  // the vessel is on the regime's vessel list (see vessel_measure)
  kVesselFlag,        // the vessel flies the DPRK flag
  kDprkBank,          // a bank in the DPRK takes part
  kNone,              // recorded for the timeline only
};

struct WindDown {
  std::string until;  // last day of the wind-down, ISO
  std::string condition;
  bool uncertain = false;
};

struct Measure {
  std::string id;
  std::string resolution;  // Resolution::id
  std::string paragraph;   // "8", "8(a)(iii)", "6 / annex"
  std::string title;
  MeasureKind kind = MeasureKind::kOther;
  Direction direction = Direction::kAny;
  Trigger trigger = Trigger::kNone;
  Verdict verdict = Verdict::kProhibited;  // what a plain match gives
  std::string goods_text;                  // the goods in the Council's words
  std::vector<HsMapping> goods;
  std::string from;   // first day in force, ISO
  std::string until;  // last day in force, ISO; empty = still in force
  std::optional<WindDown> wind_down;
  std::vector<std::string> superseded_by;
  std::string cap;             // cap wording, for kCap
  std::string vessel_measure;  // for kDesignatedVessel: "port_entry_ban", "asset_freeze", "deflag"
  std::vector<std::string> exemptions;
  std::vector<std::string> uncertain;
  std::vector<std::string> sources;
};

struct VesselDesignation {
  std::string date;
  std::string by;                     // "resolution 2270 annex III", "1718 Committee"
  std::vector<std::string> bases;     // "2321 OP12(d)", "2371 OP6 / 2375 OP6"
  std::vector<std::string> measures;  // "asset_freeze", "port_entry_ban", "deflag"
};

struct DesignatedVessel {
  std::string imo;  // 7 digits, empty for a vessel without one
  std::vector<std::string> names;
  std::string flag;  // at designation, ISO alpha-2 lower case, may be empty
  std::vector<VesselDesignation> designations;
  std::string delisted_on;  // ISO date, empty while designated
  std::string note;
};

class Regime {
 public:
  // Reads and validates a regime file; errors name the file and the entry.
  static Result<Regime> Load(const std::string& path);
  static Result<Regime> Parse(std::string_view yaml, const std::string& name);

  const std::string& id() const { return id_; }
  const std::string& name() const { return name_; }
  const std::string& target_country() const { return target_country_; }
  const std::vector<Resolution>& resolutions() const { return resolutions_; }
  const std::vector<Measure>& measures() const { return measures_; }
  const std::vector<DesignatedVessel>& vessels() const { return vessels_; }

  const Resolution* FindResolution(std::string_view id) const;
  const Measure* FindMeasure(std::string_view id) const;
  const DesignatedVessel* FindVesselByImo(std::string_view imo) const;

 private:
  friend class RegimeBuilder;
  std::string id_;
  std::string name_;
  std::string target_country_;
  std::vector<Resolution> resolutions_;
  std::vector<Measure> measures_;
  std::vector<DesignatedVessel> vessels_;
};

// The default regime file of a source tree: data/regimes/dprk-1718.yaml.
inline constexpr std::string_view kDprkRegimeFile = "data/regimes/dprk-1718.yaml";

// Finds a regime file: `name_or_path` itself when it is a file, else data/regimes/<name>*.yaml
// under the working directory or any ancestor of the running executable's folder (so a binary in
// a build folder inside the source tree finds the tree's data).
Result<std::string> FindRegimeFile(std::string_view name_or_path);

// ---------------------------------------------------------------------------------------------
// The check (output)

struct Finding {
  Verdict verdict = Verdict::kClear;
  std::string measure_id;
  std::string resolution;
  std::string paragraph;
  std::string title;
  std::string why;        // one sentence: which goods, party or vessel, and the date
  std::string hs;         // the transaction's HS code, when goods triggered it
  std::string party;      // the party or vessel name, when one triggered it
  std::string date;       // the transaction date
  std::string uncertain;  // what a reviewer must decide, when the match is not plain
  std::string cap;        // the cap, for a capped commodity: totals across all States
  std::vector<std::string> data_uncertain;  // values of the measure no source confirmed
  std::vector<std::string> exemptions;
  std::vector<PartyHit> hits;
};

struct CheckResult {
  std::string id;
  Verdict verdict = Verdict::kClear;
  std::vector<Finding> findings;
};

// Applies the regime to one transaction. `matcher` may be empty (no party screening beyond the
// regime's own vessel list).
CheckResult CheckTransaction(const Regime& regime, const Transaction& transaction,
                             const PartyMatcher& matcher);

// {"id", "verdict", "findings": [...]} as one line of JSON (no trailing newline).
std::string CheckResultToJson(const CheckResult& result);

// Parses, checks and serializes one transaction: what `POST /transactions/check` answers.
Result<std::string> CheckTransactionJson(const Regime& regime, std::string_view json,
                                         const PartyMatcher& matcher);

// `embargo check`: one transaction per input line, one result per output line. A line that
// cannot be parsed gives {"line": N, "id": ..., "error": "..."} on `out` and "line N: ..." on
// `errors`, and the batch goes on. Blank lines are skipped.
struct BatchStats {
  size_t lines = 0;                    // transactions read (blank lines not counted)
  size_t checked = 0;                  // results written
  size_t failed = 0;                   // lines with an error
  std::array<size_t, 4> by_verdict{};  // results by Verdict (index = static_cast<int>)
};
BatchStats CheckTransactionLines(const Regime& regime, std::istream& in, std::ostream& out,
                                 std::ostream& errors, const PartyMatcher& matcher);

// The timeline for `embargo regime show`: resolutions in date order, what triggered each and
// the measures each added, ended or superseded.
std::string RegimeTimeline(const Regime& regime);

}  // namespace embargo
