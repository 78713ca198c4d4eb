#include "regimes/names.h"

#include <array>
#include <utility>

namespace embargo {
namespace {

template <typename E, size_t N>
std::optional<E> Lookup(const std::array<std::pair<std::string_view, E>, N>& table,
                        std::string_view text) {
  for (const auto& [name, value] : table) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename E, size_t N>
std::string_view NameOf(const std::array<std::pair<std::string_view, E>, N>& table, E value) {
  for (const auto& [name, v] : table) {
    if (v == value) return name;
  }
  return "unknown";
}

constexpr std::array<std::pair<std::string_view, Verdict>, 4> kVerdicts{{
    {"clear", Verdict::kClear},
    {"reportable", Verdict::kReportable},
    {"needs_review", Verdict::kNeedsReview},
    {"prohibited", Verdict::kProhibited},
}};

constexpr std::array<std::pair<std::string_view, PartyRole>, 13> kRoles{{
    {"buyer", PartyRole::kBuyer},
    {"seller", PartyRole::kSeller},
    {"consignor", PartyRole::kConsignor},
    {"consignee", PartyRole::kConsignee},
    {"shipper", PartyRole::kShipper},
    {"carrier", PartyRole::kCarrier},
    {"vessel_owner", PartyRole::kVesselOwner},
    {"vessel_operator", PartyRole::kVesselOperator},
    {"originator", PartyRole::kOriginator},
    {"beneficiary", PartyRole::kBeneficiary},
    {"bank", PartyRole::kBank},
    {"intermediary", PartyRole::kIntermediary},
    {"other", PartyRole::kOther},
}};

constexpr std::array<std::pair<std::string_view, MeasureKind>, 8> kKinds{{
    {"export_ban", MeasureKind::kExportBan},
    {"import_ban", MeasureKind::kImportBan},
    {"cap", MeasureKind::kCap},
    {"asset_freeze", MeasureKind::kAssetFreeze},
    {"vessel", MeasureKind::kVessel},
    {"financial", MeasureKind::kFinancial},
    {"services", MeasureKind::kServices},
    {"other", MeasureKind::kOther},
}};

constexpr std::array<std::pair<std::string_view, Direction>, 3> kDirections{{
    {"from_dprk", Direction::kFromDprk},
    {"to_dprk", Direction::kToDprk},
    {"any", Direction::kAny},
}};

constexpr std::array<std::pair<std::string_view, HsBasis>, 3> kBases{{
    {"council_text", HsBasis::kCouncilText},
    {"plain", HsBasis::kPlain},
    {"review", HsBasis::kReview},
}};

constexpr std::array<std::pair<std::string_view, Trigger>, 6> kTriggers{{
    {"goods", Trigger::kGoods},
    {"designated_party", Trigger::kDesignatedParty},
    {"designated_vessel", Trigger::kDesignatedVessel},
    {"vessel_flag", Trigger::kVesselFlag},
    {"dprk_bank", Trigger::kDprkBank},
    {"none", Trigger::kNone},
}};

}  // namespace

std::string_view VerdictName(Verdict verdict) { return NameOf(kVerdicts, verdict); }
std::optional<Verdict> ParseVerdict(std::string_view text) { return Lookup(kVerdicts, text); }
std::string_view PartyRoleName(PartyRole role) { return NameOf(kRoles, role); }
std::optional<PartyRole> ParsePartyRole(std::string_view text) { return Lookup(kRoles, text); }
std::string_view MeasureKindName(MeasureKind kind) { return NameOf(kKinds, kind); }
std::optional<MeasureKind> ParseMeasureKind(std::string_view text) { return Lookup(kKinds, text); }
std::string_view DirectionName(Direction direction) { return NameOf(kDirections, direction); }
std::optional<Direction> ParseDirection(std::string_view text) { return Lookup(kDirections, text); }
std::string_view HsBasisName(HsBasis basis) { return NameOf(kBases, basis); }
std::optional<HsBasis> ParseHsBasis(std::string_view text) { return Lookup(kBases, text); }
std::optional<Trigger> ParseTrigger(std::string_view text) { return Lookup(kTriggers, text); }

std::optional<IdType> IdTypeOfKey(std::string_view key) {
  if (key == "passport") return IdType::kPassport;
  if (key == "national_id") return IdType::kNationalId;
  if (key == "imo") return IdType::kImo;
  if (key == "bic" || key == "swift" || key == "swift_bic") return IdType::kSwiftBic;
  if (key == "registration" || key == "lei") return IdType::kRegistration;
  if (key == "tax") return IdType::kTaxId;
  return std::nullopt;
}

std::string FoldForSearch(std::string_view text) {
  std::string out;
  bool gap = false;
  for (char c : text) {
    // Bytes of multi-byte UTF-8 characters count as letters, so other scripts survive.
    const bool alnum =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (!alnum) {
      gap = !out.empty();
      continue;
    }
    if (gap) out.push_back(' ');
    gap = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace embargo
