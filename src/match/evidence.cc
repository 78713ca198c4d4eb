#include "match/evidence.h"

#include <fmt/format.h>

#include <algorithm>

namespace embargo::match {
namespace {

// Effects on the score. A contradiction costs more than an agreement earns: agreement on a
// date or country is common among namesakes, a contradiction rarely happens for the same party.
constexpr double kDobDayMatch = 0.06;
constexpr double kDobYearMatch = 0.04;
constexpr double kDobNearMiss = -0.04;  // off by one year: a frequent clerical difference
constexpr double kDobMismatch = -0.15;
constexpr double kCountryMatch = 0.02;
constexpr double kCountryMismatch = -0.05;
constexpr double kGenderMismatch = -0.10;
constexpr double kIdentifierMatch = 0.04;
constexpr double kIdentifierMismatch = -0.10;
constexpr double kImoMismatch = -0.20;  // an IMO number stays with the hull

// Day numbers for comparing dates; a year-only date spans the whole year.
struct DateSpan {
  int from_year, to_year;
  int month, day;  // 0 when unknown
};

DateSpan Span(const FuzzyDate& d) {
  DateSpan s{d.year, d.precision == DatePrecision::kYearRange ? d.to_year : d.year, 0, 0};
  if (d.precision == DatePrecision::kDay || d.precision == DatePrecision::kMonth) s.month = d.month;
  if (d.precision == DatePrecision::kDay) s.day = d.day;
  return s;
}

enum class DateFit { kExactDay, kYear, kSwapped, kNearMiss, kMismatch };

DateFit Fit(const FuzzyDate& q, const FuzzyDate& e) {
  DateSpan a = Span(q), b = Span(e);
  int slack = (q.approximate || e.approximate) ? 1 : 0;
  bool years_overlap = a.from_year <= b.to_year + slack && b.from_year <= a.to_year + slack;
  if (!years_overlap) {
    int gap = std::max(a.from_year - b.to_year, b.from_year - a.to_year);
    return gap <= 1 ? DateFit::kNearMiss : DateFit::kMismatch;
  }
  bool single_year = a.from_year == a.to_year && b.from_year == b.to_year;
  // 11/12/1973 and 12/11/1973: one date written day first and month first.
  if (single_year && a.day && b.day && a.month == b.day && a.day == b.month && a.month != a.day)
    return DateFit::kSwapped;
  if (single_year && a.month && b.month && a.month != b.month) return DateFit::kNearMiss;
  if (single_year && a.day && b.day && a.month == b.month && a.day != b.day)
    return DateFit::kNearMiss;
  if (single_year && a.day && b.day) return DateFit::kExactDay;
  return DateFit::kYear;
}

void CompareDates(const Query& q, const Entity& e, EvidenceResult& r) {
  if (q.birth_dates.empty() || e.birth_dates.empty()) return;
  DateFit best = DateFit::kMismatch;
  const FuzzyDate* best_q = nullptr;
  const FuzzyDate* best_e = nullptr;
  for (const FuzzyDate& qd : q.birth_dates)
    for (const FuzzyDate& ed : e.birth_dates) {
      DateFit f = Fit(qd, ed);
      if (!best_q || f < best) best = f, best_q = &qd, best_e = &ed;
    }
  std::string pair = fmt::format("query {} vs listed {}", best_q->ToString(), best_e->ToString());
  switch (best) {
    case DateFit::kExactDay:
      r.items.push_back({"birth_date", "same day: " + pair, kDobDayMatch});
      break;
    case DateFit::kYear:
      r.items.push_back({"birth_date", "compatible: " + pair, kDobYearMatch});
      break;
    case DateFit::kSwapped:
      r.items.push_back({"birth_date", "day and month swapped: " + pair, kDobYearMatch});
      break;
    case DateFit::kNearMiss:
      r.items.push_back({"birth_date", "close but different: " + pair, kDobNearMiss});
      break;
    case DateFit::kMismatch:
      r.items.push_back({"birth_date", "different: " + pair, kDobMismatch});
      break;
  }
}

std::vector<std::string> EntityCountries(const Entity& e) {
  std::vector<std::string> out = e.nationalities;
  out.insert(out.end(), e.countries.begin(), e.countries.end());
  for (const Address& a : e.addresses)
    if (!a.country.empty()) out.push_back(a.country);
  for (const Place& p : e.birth_places)
    if (!p.country.empty()) out.push_back(p.country);
  if (!e.vessel.flag.empty()) out.push_back(e.vessel.flag);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void CompareCountries(const Query& q, const Entity& e, EvidenceResult& r) {
  if (q.countries.empty()) return;
  std::vector<std::string> listed = EntityCountries(e);
  if (listed.empty()) return;
  for (const std::string& c : q.countries)
    if (std::binary_search(listed.begin(), listed.end(), c)) {
      r.items.push_back({"country", "listed with " + c, kCountryMatch});
      return;
    }
  std::string all;
  for (const std::string& c : listed) all += (all.empty() ? "" : ",") + c;
  r.items.push_back(
      {"country", "query " + q.countries.front() + " not among listed " + all, kCountryMismatch});
}

void CompareGender(const Query& q, const Entity& e, EvidenceResult& r) {
  if (q.gender == Gender::kUnknown || e.gender == Gender::kUnknown || q.gender == e.gender) return;
  r.items.push_back(
      {"gender", fmt::format("query {} vs listed {}", GenderName(q.gender), GenderName(e.gender)),
       kGenderMismatch});
}

void CompareIdentifiers(const Query& q, const Entity& e, EvidenceResult& r) {
  for (const Identifier& qi : q.identifiers) {
    std::string qv = NormalizeIdentifier(qi.type, qi.value);
    if (qv.empty()) continue;
    bool same_type = false;
    for (const Identifier& ei : e.identifiers) {
      if (ei.type != qi.type) continue;
      same_type = true;
      if (NormalizeIdentifier(ei.type, ei.value) == qv) {
        r.identifier_match = true;
        r.items.push_back({"identifier", fmt::format("same {} {}", IdTypeName(qi.type), ei.value),
                           kIdentifierMatch});
        return;
      }
    }
    if (same_type)
      r.items.push_back({"identifier",
                         fmt::format("different {}: query {}", IdTypeName(qi.type), qi.value),
                         qi.type == IdType::kImo ? kImoMismatch : kIdentifierMismatch});
  }
}

}  // namespace

std::string NormalizeIdentifier(IdType type, std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out += c;
  }
  if (type == IdType::kImo) {
    if (out.rfind("IMO", 0) == 0) out.erase(0, 3);
    if (out.size() != 7 || !std::all_of(out.begin(), out.end(), ::isdigit)) return {};
  }
  if (type == IdType::kSwiftBic && out.size() >= 8) out.resize(8);
  if (type == IdType::kCryptoAddress) return std::string(value);  // case-sensitive encodings
  return out;
}

bool KindsCompatible(std::optional<EntityKind> query, EntityKind entity) {
  return !query || *query == entity;
}

double MaxEvidenceGain(const Query& query) {
  double gain = 0;
  if (!query.birth_dates.empty()) gain += std::max(kDobDayMatch, kDobYearMatch);
  if (!query.countries.empty()) gain += kCountryMatch;
  if (!query.identifiers.empty()) gain += kIdentifierMatch;
  return gain;
}

EvidenceResult CompareEvidence(const Query& query, const Entity& entity) {
  EvidenceResult r;
  if (!KindsCompatible(query.kind, entity.kind)) {
    r.kind_excluded = true;
    r.items.push_back({"kind",
                       fmt::format("query {} vs listed {}", EntityKindName(*query.kind),
                                   EntityKindName(entity.kind)),
                       -1.0});
    return r;
  }
  CompareDates(query, entity, r);
  CompareCountries(query, entity, r);
  CompareGender(query, entity, r);
  CompareIdentifiers(query, entity, r);
  for (const Evidence& e : r.items) r.effect += e.effect;
  return r;
}

}  // namespace embargo::match
