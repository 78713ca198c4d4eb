// Column lookup and the per-target accumulation of UK ConList rows.
#include <algorithm>
#include <string>

#include "lists/uk_conlist.h"
#include "lists/uk_text.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists::uk {
namespace {

// Header spellings of each column, in Column order; later layouts renamed a few.
constexpr std::array<std::array<std::string_view, 2>, static_cast<size_t>(Column::kCount)>
    kHeaders = {{
        {"Name 1", ""},
        {"Name 2", ""},
        {"Name 3", ""},
        {"Name 4", ""},
        {"Name 5", ""},
        {"Name 6", ""},
        {"Title", ""},
        {"DOB", "Date of Birth"},
        {"Town of Birth", ""},
        {"Country of Birth", ""},
        {"Nationality", ""},
        {"Passport Details", ""},
        {"Passport Number", ""},
        {"NI Number", "National Identification Details"},
        {"National Identification Number", ""},
        {"Position", ""},
        {"Address 1", ""},
        {"Address 2", ""},
        {"Address 3", ""},
        {"Address 4", ""},
        {"Address 5", ""},
        {"Address 6", ""},
        {"Post/Zip Code", ""},
        {"Country", ""},
        {"Other Information", ""},
        {"Group Type", ""},
        {"Alias Type", ""},
        {"Alias Quality", ""},
        {"Regime", ""},
        {"Listed On", ""},
        {"Last Updated", ""},
        {"Group ID", ""},
        {"Name Non-Latin Script", ""},
    }};

template <typename T>
void AddUnique(std::vector<T>& values, T value) {
  if (value == T()) return;
  if (std::find(values.begin(), values.end(), value) == values.end())
    values.push_back(std::move(value));
}

std::string Clean(std::string_view text) { return CollapseSpaces(text); }

NameQuality QualityOf(std::string_view alias_type, std::string_view alias_quality) {
  if (StartsWithIgnoreCase(alias_quality, "low") || StartsWithIgnoreCase(alias_quality, "weak"))
    return NameQuality::kWeakAlias;
  if (EqualsIgnoreCase(alias_type, "Prime Alias") || EqualsIgnoreCase(alias_type, "Primary name"))
    return NameQuality::kPrimary;
  return NameQuality::kGoodAlias;  // AKA, FKA, Alias, Primary name variation
}

// "AKA" -> "a.k.a.", "FKA" -> "f.k.a."; other wording is kept as written.
std::string AliasWording(std::string_view alias_type) {
  if (EqualsIgnoreCase(alias_type, "AKA") || EqualsIgnoreCase(alias_type, "Alias")) return "a.k.a.";
  if (EqualsIgnoreCase(alias_type, "FKA")) return "f.k.a.";
  return Clean(alias_type);
}

EntityKind KindOf(std::string_view group_type) {
  if (EqualsIgnoreCase(group_type, "Individual")) return EntityKind::kPerson;
  if (EqualsIgnoreCase(group_type, "Ship") || EqualsIgnoreCase(group_type, "Vessel"))
    return EntityKind::kVessel;
  return EntityKind::kOrganization;
}

}  // namespace

Result<ColumnMap> ColumnMap::FromHeader(const std::vector<std::string_view>& header) {
  ColumnMap map;
  map.index_.fill(-1);
  map.size_ = header.size();
  for (size_t i = 0; i < header.size(); ++i) {
    std::string_view h = Trim(header[i]);
    bool known = false;
    for (size_t c = 0; c < kHeaders.size() && !known; ++c) {
      for (std::string_view spelling : kHeaders[c]) {
        if (spelling.empty() || !EqualsIgnoreCase(h, spelling) || map.index_[c] >= 0) continue;
        map.index_[c] = static_cast<int>(i);
        known = true;
        break;
      }
    }
    if (!known && !h.empty()) map.others_.push_back({i, std::string(h)});
  }
  for (Column required : {Column::kGroupId, Column::kName6}) {
    if (map.index_[static_cast<size_t>(required)] < 0)
      return ParseError(std::string("header has no \"") +
                        std::string(kHeaders[static_cast<size_t>(required)][0]) + "\" column");
  }
  return map;
}

std::string_view ColumnMap::Get(const std::vector<std::string_view>& fields, Column column) const {
  int i = index_[static_cast<size_t>(column)];
  return i < 0 || static_cast<size_t>(i) >= fields.size() ? std::string_view() : fields[i];
}

GroupBuilder::GroupBuilder(std::string group_id, std::string list_version) {
  e_.source = "uk";
  e_.reference = std::move(group_id);
  e_.id = "uk:" + e_.reference;
  e_.list_version = std::move(list_version);
}

void GroupBuilder::AddRow(const ColumnMap& c, const std::vector<std::string_view>& f) {
  if (e_.names.empty()) e_.kind = KindOf(Trim(c.Get(f, Column::kGroupType)));
  AddName(c, f);
  // Rows of one target repeat most columns verbatim; each distinct value is read once.
  auto fresh = [&](Column column) {
    std::string_view raw = c.Get(f, column);
    if (raw.empty()) return false;
    std::string key(1, static_cast<char>(column));
    key.append(raw);
    return seen_.insert(std::move(key)).second;
  };

  if (fresh(Column::kTitle)) {
    for (const std::string& t : SplitEnumeration(c.Get(f, Column::kTitle))) AddUnique(e_.titles, t);
  }
  if (fresh(Column::kPosition)) {
    for (const std::string& p : SplitEnumeration(c.Get(f, Column::kPosition)))
      AddUnique(e_.positions, p);
  }
  if (fresh(Column::kDob)) AddDateOfBirth(c.Get(f, Column::kDob));
  AddBirthPlace(c, f);
  if (fresh(Column::kNationality)) AddNationality(c.Get(f, Column::kNationality));
  if (fresh(Column::kPassportDetails))
    AddDocuments(c.Get(f, Column::kPassportDetails), IdType::kPassport, "Passport Details");
  if (fresh(Column::kPassportNumber))
    AddDocuments(c.Get(f, Column::kPassportNumber), IdType::kPassport, "Passport Number");
  if (fresh(Column::kNiNumber))
    AddDocuments(c.Get(f, Column::kNiNumber), IdType::kNationalId, "NI Number");
  if (fresh(Column::kNationalIdNumber))
    AddDocuments(c.Get(f, Column::kNationalIdNumber), IdType::kNationalId,
                 "National Identification Number");
  AddAddress(c, f);
  if (fresh(Column::kOtherInformation)) AddOtherInformation(c.Get(f, Column::kOtherInformation));
  if (fresh(Column::kRegime)) AddUnique(e_.programs, Clean(c.Get(f, Column::kRegime)));
  if (fresh(Column::kListedOn)) {
    std::string listed = DayFirstToIso(c.Get(f, Column::kListedOn));
    if (!listed.empty() && (e_.listed_on.empty() || listed < e_.listed_on)) e_.listed_on = listed;
  }
  if (fresh(Column::kLastUpdated)) {
    std::string updated = DayFirstToIso(c.Get(f, Column::kLastUpdated));
    if (updated > last_updated_) last_updated_ = updated;
  }
  for (const auto& [index, header] : c.others()) {
    if (index < f.size()) AddExtra(header, Clean(f[index]));
  }
}

void GroupBuilder::AddName(const ColumnMap& c, const std::vector<std::string_view>& f) {
  std::string key = "N";
  for (Column column :
       {Column::kName1, Column::kName2, Column::kName3, Column::kName4, Column::kName5,
        Column::kName6, Column::kAliasType, Column::kAliasQuality, Column::kNonLatinName})
    key.append(c.Get(f, column)).push_back('\x1f');
  if (!seen_.insert(std::move(key)).second) return;  // the same name on another row
  Name name;
  for (Column part : {Column::kName1, Column::kName2, Column::kName3, Column::kName4,
                      Column::kName5, Column::kName6}) {
    std::string text = Clean(c.Get(f, part));
    if (text.empty()) continue;
    name.full += (name.full.empty() ? "" : " ") + text;
    name.parts.push_back(std::move(text));
  }
  std::string_view alias_type = Trim(c.Get(f, Column::kAliasType));
  name.quality = QualityOf(alias_type, Trim(c.Get(f, Column::kAliasQuality)));
  name.alias_type = AliasWording(alias_type);
  name.script = DominantScript(name.full);
  AddNameValue(std::move(name));
  std::string original = Clean(c.Get(f, Column::kNonLatinName));
  if (!original.empty()) {
    Name script_name;
    script_name.full = original;
    script_name.quality = NameQuality::kGoodAlias;
    script_name.original_script = true;
    script_name.script = DominantScript(original);
    AddNameValue(std::move(script_name));
  }
}

void GroupBuilder::AddNameValue(Name name) {
  if (name.full.empty()) return;
  auto same = std::find_if(e_.names.begin(), e_.names.end(),
                           [&](const Name& n) { return n.full == name.full; });
  if (same == e_.names.end()) {
    e_.names.push_back(std::move(name));
  } else if (name.quality < same->quality) {  // a better quality for a known name
    same->quality = name.quality;
    same->alias_type = name.alias_type;
  }
}

void GroupBuilder::AddDateOfBirth(std::string_view text) {
  std::string dob = Clean(text);
  if (auto date = ParseFuzzyDate(dob))
    AddUnique(e_.birth_dates, *date);
  else
    AddExtra("dob_text", dob);
}

void GroupBuilder::AddBirthPlace(const ColumnMap& c, const std::vector<std::string_view>& f) {
  std::string_view town_text = c.Get(f, Column::kTownOfBirth);
  std::string_view country_text = c.Get(f, Column::kCountryOfBirth);
  if (town_text.empty() && country_text.empty()) return;
  std::string key = "B" + std::string(town_text) + "\x1f" + std::string(country_text);
  if (!seen_.insert(std::move(key)).second) return;
  std::vector<std::string> towns = SplitEnumeration(town_text);
  std::vector<std::string> countries = SplitEnumeration(country_text);
  auto add = [&](const std::string& town, const std::string& country) {
    Place place;
    place.text = town.empty() ? country : country.empty() ? town : town + ", " + country;
    place.country = country.empty() ? "" : CountryInText(country, CodeTokens::kAccept);
    AddUnique(e_.birth_places, place);
  };
  // Towns and countries pair up by position; one country applies to every town.
  if (towns.size() == countries.size()) {
    for (size_t i = 0; i < towns.size(); ++i) add(towns[i], countries[i]);
  } else if (countries.size() == 1 && !towns.empty()) {
    for (const std::string& town : towns) add(town, countries[0]);
  } else {
    for (const std::string& town : towns) add(town, "");
    for (const std::string& country : countries) add("", country);
  }
}

void GroupBuilder::AddNationality(std::string_view text) {
  bool clean = true;
  for (const std::string& item : SplitEnumeration(text)) {
    std::string code = NationalityCode(item);
    if (!code.empty()) {
      AddUnique(e_.nationalities, code);
      continue;
    }
    clean = false;
    if (StartsWithIgnoreCase(item, "not ")) continue;  // "Not registered as a citizen of ..."
    for (std::string& c : CountriesInText(item, CodeTokens::kAccept))
      AddUnique(e_.nationalities, std::move(c));
  }
  if (!clean) AddExtra("nationality", Clean(text));
}

void GroupBuilder::AddDocuments(std::string_view text, IdType type, std::string_view label) {
  for (const std::string& item : SplitEnumeration(text)) {
    std::string number = ExtractDocumentNumber(item);
    if (number.empty()) {
      AddExtra(std::string(label), item);
      continue;
    }
    Identifier id;
    id.type = type;
    id.country = CountryInText(item, CodeTokens::kIgnore);
    id.label = std::string(label);
    id.note = item == number ? "" : item;
    id.value = std::move(number);
    AddUnique(e_.identifiers, std::move(id));
  }
}

void GroupBuilder::AddAddress(const ColumnMap& c, const std::vector<std::string_view>& f) {
  std::string key = "A";
  for (Column line : {Column::kAddress1, Column::kAddress2, Column::kAddress3, Column::kAddress4,
                      Column::kAddress5, Column::kAddress6, Column::kPostCode, Column::kCountry})
    key.append(c.Get(f, line)).push_back('\x1f');
  if (!seen_.insert(std::move(key)).second) return;
  Address a;
  for (Column line : {Column::kAddress1, Column::kAddress2, Column::kAddress3, Column::kAddress4,
                      Column::kAddress5}) {
    std::string text = Clean(c.Get(f, line));
    if (!text.empty()) a.street += (a.street.empty() ? "" : ", ") + text;
  }
  a.city = Clean(c.Get(f, Column::kAddress6));
  a.postal_code = Clean(c.Get(f, Column::kPostCode));
  a.country_text = Clean(c.Get(f, Column::kCountry));
  if (!a.country_text.empty()) {
    a.country = NationalityCode(a.country_text);
    if (a.country.empty()) a.country = CountryInText(a.country_text, CodeTokens::kAccept);
  }
  if (a.ToString().empty()) return;
  AddUnique(e_.addresses, a);
  AddUnique(e_.countries, a.country);
}

void GroupBuilder::AddOtherInformation(std::string_view text) {
  std::string info = Clean(text);
  if (info.empty()) return;
  AddUnique(remarks_, info);
  AddExtra("un_reference", UnReference(info));
}

void GroupBuilder::AddExtra(std::string key, std::string value) {
  if (!value.empty()) AddUnique(e_.extra, ExtraField{std::move(key), std::move(value)});
}

Entity GroupBuilder::Finish() {
  // The first primary-quality name leads; a second, different primary name becomes an alias.
  auto primary = std::find_if(e_.names.begin(), e_.names.end(),
                              [](const Name& n) { return n.quality == NameQuality::kPrimary; });
  if (primary == e_.names.end()) primary = e_.names.begin();
  if (primary != e_.names.end()) std::rotate(e_.names.begin(), primary, primary + 1);
  for (size_t i = 0; i < e_.names.size(); ++i) {
    if (i == 0)
      e_.names[i].quality = NameQuality::kPrimary;
    else if (e_.names[i].quality == NameQuality::kPrimary)
      e_.names[i].quality = NameQuality::kGoodAlias;
  }
  for (const std::string& r : remarks_) e_.remarks += (e_.remarks.empty() ? "" : "\n") + r;
  AddExtra("last_updated", last_updated_);
  return std::move(e_);
}

}  // namespace embargo::lists::uk
