// The UK OFSI Consolidated List CSV, behind lists::ReadUkConList: one row per name, rows grouped
// into targets by "Group ID". Columns are found by header name because their set and order
// changed over the years (2014, 2018 and later layouts).
//
// Name quality from "Alias Type" (values in the 2014, 2016 and 2018 files: "Prime Alias", "AKA",
// "FKA"; later files write "Primary name", "Alias", "Primary name variation"):
//   Prime Alias, Primary name        -> kPrimary (a second, different one becomes a good alias)
//   AKA, Alias                       -> kGoodAlias, "a.k.a."
//   FKA                              -> kGoodAlias, "f.k.a."
//   Primary name variation, others   -> kGoodAlias, wording kept
// The files up to 2018 mark no alias as weak; a later "Alias Quality" column starting with "Low"
// makes the name kWeakAlias. A target with no primary row (the 2016 subset cuts some) is filed
// under its first name.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "embargo/entity.h"
#include "embargo/status.h"

namespace embargo::lists::uk {

enum class Column {
  kName1,
  kName2,
  kName3,
  kName4,
  kName5,
  kName6,  // Name 6 is the surname / entity name
  kTitle,
  kDob,
  kTownOfBirth,
  kCountryOfBirth,
  kNationality,
  kPassportDetails,
  kPassportNumber,
  kNiNumber,
  kNationalIdNumber,
  kPosition,
  kAddress1,
  kAddress2,
  kAddress3,
  kAddress4,
  kAddress5,
  kAddress6,
  kPostCode,
  kCountry,
  kOtherInformation,
  kGroupType,
  kAliasType,
  kAliasQuality,
  kRegime,
  kListedOn,
  kLastUpdated,
  kGroupId,
  kNonLatinName,
  kCount,  // not a column
};

// Where each known column sits in a row; columns the reader does not know are kept as extras.
class ColumnMap {
 public:
  // Fails when the header lacks "Group ID" or "Name 6".
  static Result<ColumnMap> FromHeader(const std::vector<std::string_view>& header);

  size_t size() const { return size_; }
  // The field of `column` in `fields`, "" when the file has no such column.
  std::string_view Get(const std::vector<std::string_view>& fields, Column column) const;
  const std::vector<std::pair<size_t, std::string>>& others() const { return others_; }

 private:
  std::array<int, static_cast<size_t>(Column::kCount)> index_{};
  std::vector<std::pair<size_t, std::string>> others_;  // field index, header text
  size_t size_ = 0;
};

// Folds the rows of one Group ID into one Entity, dropping values repeated across rows (the
// 2018 file repeats a whole row per date of birth).
class GroupBuilder {
 public:
  GroupBuilder(std::string group_id, std::string list_version);

  void AddRow(const ColumnMap& columns, const std::vector<std::string_view>& fields);

  // The entity: the "Prime Alias" / "Primary name" row's name first. REQUIRES: one AddRow.
  Entity Finish();

 private:
  void AddName(const ColumnMap& columns, const std::vector<std::string_view>& fields);
  void AddNameValue(Name name);  // drops a repeat, keeping the better quality
  void AddDateOfBirth(std::string_view text);
  void AddBirthPlace(const ColumnMap& columns, const std::vector<std::string_view>& fields);
  void AddNationality(std::string_view text);
  void AddDocuments(std::string_view text, IdType type, std::string_view label);
  void AddAddress(const ColumnMap& columns, const std::vector<std::string_view>& fields);
  void AddOtherInformation(std::string_view text);
  void AddExtra(std::string key, std::string value);

  Entity e_;
  std::vector<std::string> remarks_;
  std::string last_updated_;
  std::unordered_set<std::string> seen_;  // column tag + raw text of values already read
};

}  // namespace embargo::lists::uk
