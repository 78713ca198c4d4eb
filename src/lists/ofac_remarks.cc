#include "lists/ofac_remarks.h"

#include <algorithm>
#include <string>
#include <vector>

#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists {
namespace {

std::string_view StripPunct(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ',')) s = Trim(s.substr(0, s.size() - 1));
  return s;
}

// Honorifics and ranks OFAC writes as a clause of their own.
constexpr std::string_view kTitles[] = {
    "Brigadier General",
    "Major General",
    "Lieutenant General",
    "Lieutenant Colonel",
    "Lt. Col",
    "Colonel",
    "General",
    "Admiral",
    "Vice Admiral",
    "Rear Admiral",
    "Captain",
    "Major",
    "Doctor",
    "Dr",
    "Haji",
    "Hajji",
    "Maulana",
    "Maulawi",
    "Mawlawi",
    "Mullah",
    "Hojjatoleslam",
    "Ayatollah",
    "Sheikh",
    "Shaykh",
    "Qari",
    "Mufti",
    "Professor",
    "IRGC Brigadier General",
};

// Words that make a free-text clause about a person a description of an office or role.
constexpr std::string_view kRoleWords[] = {
    "minister",
    "member",
    "director",
    "general",
    "colonel",
    "chairman",
    "chairperson",
    "chairwoman",
    "president",
    "representative",
    "official",
    "secretary",
    "chief",
    "head",
    "governor",
    "deputy",
    "commander",
    "leader",
    "manager",
    "advisor",
    "adviser",
    "officer",
    "ambassador",
    "prosecutor",
    "judge",
    "magistrate",
    "rector",
    "mayor",
    "founder",
    "co-founder",
    "constituent",
    "aide",
    "figure",
    "financier",
    "employee",
    "owner",
    "shareholder",
    "executive",
    "ceo",
    "consul",
    "lieutenant",
    "captain",
    "admiral",
    "senator",
    "councillor",
    "counselor",
    "spokesman",
    "spokesperson",
    "emir",
    "amir",
    "commissioner",
    "inspector",
    "treasurer",
    "associate",
    "partner",
    "businessman",
    "advisor",
    "vice",
    "vice-chairperson",
    "vice-chairman",
    "vice-president",
    "facilitator",
    "operative",
    "coordinator",
    "agent",
    "assistant",
    "attorney",
    "governor-general",
    "premier",
    "speaker",
    "prefect",
    "governorate",
    "brigadier",
    "major",
    "sergeant",
    "ex-president",
    "ex-fry",
};

constexpr std::string_view kRelations[] = {
    "wife",       "husband",       "daughter",       "son",           "brother",
    "sister",     "half-brother",  "half-sister",    "father",        "mother",
    "nephew",     "niece",         "cousin",         "uncle",         "aunt",
    "grandson",   "granddaughter", "stepson",        "stepdaughter",  "daughter-in-law",
    "son-in-law", "sister-in-law", "brother-in-law", "father-in-law", "mother-in-law",
};

bool IsRelation(std::string_view clause) {
  size_t space = clause.find(' ');
  if (space == std::string_view::npos) return false;
  if (!StartsWithIgnoreCase(clause.substr(space), " of ")) return false;
  for (std::string_view r : kRelations) {
    if (EqualsIgnoreCase(r, clause.substr(0, space))) return true;
  }
  return false;
}

bool HasRoleWord(std::string_view clause) {
  size_t start = 0;
  while (start < clause.size()) {
    size_t end = clause.find_first_of(" ,()", start);
    if (end == std::string_view::npos) end = clause.size();
    std::string_view word = StripPunct(clause.substr(start, end - start));
    for (std::string_view r : kRoleWords) {
      if (EqualsIgnoreCase(r, word)) return true;
    }
    start = end + 1;
  }
  return false;
}

// Splits at ';' outside parentheses; when the parentheses do not balance (a truncated
// remark), at every ';'.
std::vector<std::string_view> SplitClauses(std::string_view s) {
  std::vector<std::string_view> out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      depth = std::max(0, depth - 1);
    } else if (c == ';' && depth == 0) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  out.push_back(s.substr(start));
  if (depth != 0) return Split(s, ';');
  return out;
}

// The name inside "'NAME'" (outer quotes only: "''ABD AL-MUHSI'" -> "'ABD AL-MUHSI").
std::string_view Unquote(std::string_view s) {
  s = StripPunct(s);
  if (!s.empty() && s.front() == '\'') s.remove_prefix(1);
  if (!s.empty() && s.back() == '\'') s.remove_suffix(1);
  return Trim(s);
}

void AddUnique(std::vector<std::string>& list, std::string value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

bool AddIdentifier(const OfacLabel& label, std::string_view value,
                   std::vector<Identifier>& identifiers) {
  Identifier id = ParseOfacIdValue(value);
  id.type = label.id_type;
  id.label = std::string(label.text);
  if (StartsWithIgnoreCase(id.value, "IMO ") || label.id_type == IdType::kImo) {
    std::string_view number = id.value;
    if (StartsWithIgnoreCase(number, "IMO")) number = Trim(number.substr(3));
    if (number.empty() || number.find_first_of("0123456789") == std::string_view::npos) {
      return false;
    }
    id.type = IdType::kImo;
    id.value = std::string(number);
  }
  if (id.value.empty()) return false;
  identifiers.push_back(std::move(id));
  return true;
}

// "- XBT 1AbC..." -> label "Digital Currency Address - XBT", value "1AbC...".
bool AddCryptoAddress(const OfacLabel& label, std::string_view value,
                      std::vector<Identifier>& identifiers) {
  value = Trim(value);
  if (!value.empty() && value.front() == '-') value = Trim(value.substr(1));
  size_t space = value.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view currency = value.substr(0, space);
  std::string_view address = StripPunct(value.substr(space + 1));
  if (currency.empty() || address.empty()) return false;
  Identifier id;
  id.type = IdType::kCryptoAddress;
  id.label = std::string(label.text) + " - " + std::string(currency);
  id.value = std::string(address);
  identifiers.push_back(std::move(id));
  return true;
}

// Fills one vessel particular unless the entity's own columns already gave it.
bool AddVesselParticular(OfacFeature feature, std::string_view value, VesselInfo& vessel) {
  if (value.empty()) return false;
  std::string* slot = feature == OfacFeature::kVesselFlag      ? &vessel.flag_text
                      : feature == OfacFeature::kVesselType    ? &vessel.type
                      : feature == OfacFeature::kVesselTonnage ? &vessel.tonnage
                      : feature == OfacFeature::kVesselGrt     ? &vessel.gross_tonnage
                                                               : &vessel.owner;
  if (!slot->empty()) return true;
  *slot = std::string(value);
  if (feature == OfacFeature::kVesselFlag) vessel.flag = OfacCountryCode(value);
  return true;
}

}  // namespace

bool IsOfacTitle(std::string_view text) {
  text = StripPunct(text);
  for (std::string_view t : kTitles) {
    if (EqualsIgnoreCase(t, text)) return true;
  }
  return false;
}

bool OfacRemarks::Add(const OfacLabel& label, std::string_view value, EntityKind kind) {
  value = Trim(value);
  switch (label.feature) {
    case OfacFeature::kIdentifier:
      return AddIdentifier(label, value, identifiers);
    case OfacFeature::kCryptoAddress:
      return AddCryptoAddress(label, value, identifiers);
    case OfacFeature::kBirthDate: {
      auto date = ParseFuzzyDate(StripPunct(value));
      if (!date) return false;
      birth_dates.push_back(std::move(*date));
      return true;
    }
    case OfacFeature::kBirthPlace: {
      std::string_view text = StripPunct(value);
      if (text.empty()) return false;
      Place place{std::string(text), OfacCountryCode(text)};
      size_t comma = text.rfind(',');
      // "Pyongyang, Korea, North": try the last two segments, then the last one.
      if (place.country.empty() && comma != std::string_view::npos) {
        size_t before = text.rfind(',', comma - 1);
        if (before != std::string_view::npos && comma > 0) {
          place.country = OfacCountryCode(text.substr(before + 1));
        }
        if (place.country.empty()) place.country = OfacCountryCode(text.substr(comma + 1));
      }
      birth_places.push_back(std::move(place));
      return true;
    }
    case OfacFeature::kNationality:
    case OfacFeature::kRegistrationCountry: {
      std::string code = OfacCountryCode(value);
      if (code.empty()) return false;
      AddUnique(label.feature == OfacFeature::kNationality ? nationalities : countries,
                std::move(code));
      return true;
    }
    case OfacFeature::kGender: {
      std::string_view g = StripPunct(value);
      if (EqualsIgnoreCase(g, "Male")) {
        gender = Gender::kMale;
      } else if (EqualsIgnoreCase(g, "Female")) {
        gender = Gender::kFemale;
      } else {
        return false;
      }
      return true;
    }
    case OfacFeature::kVesselFlag:
    case OfacFeature::kVesselType:
    case OfacFeature::kVesselTonnage:
    case OfacFeature::kVesselGrt:
    case OfacFeature::kVesselOwner:
      return AddVesselParticular(label.feature, StripPunct(value), vessel);
    case OfacFeature::kAlias: {
      std::string_view name = Unquote(value);
      if (name.empty()) return false;
      aliases.push_back(MakeOfacName(name, kind, NameQuality::kWeakAlias, label.key));
      return true;
    }
    case OfacFeature::kExtra: {
      if (!value.empty() && (value.front() == ':' || value.front() == '-')) {
        value = Trim(value.substr(1));
      }
      extra.push_back({std::string(label.key), std::string(value.empty() ? label.text : value)});
      return true;
    }
  }
  return false;
}

bool OfacRemarks::AddClause(std::string_view clause, EntityKind kind) {
  clause = Trim(clause);
  if (clause.empty()) return true;
  ++clause_count;
  std::string_view body = clause;
  if (StartsWithIgnoreCase(body, "alt. ")) body = Trim(body.substr(5));
  // The XML wraps some clauses in parentheses: "(Linked To: BM BANK JSC)".
  if (body.size() > 2 && body.front() == '(' && body.back() == ')') {
    body = Trim(body.substr(1, body.size() - 2));
  }
  if (const OfacLabel* label = MatchOfacLabel(body)) {
    std::string_view value = Trim(body.substr(label->text.size()));
    if (!value.empty() && value.front() == ':') value = Trim(value.substr(1));
    if (Add(*label, value, kind)) return true;
  }
  // A bare address after "Website x": "www.manartv.com".
  if ((StartsWithIgnoreCase(body, "www.") || StartsWithIgnoreCase(body, "http")) &&
      body.find(' ') == std::string_view::npos) {
    static constexpr OfacLabel kWebsite{"Website", OfacFeature::kIdentifier, IdType::kWebsite, ""};
    if (Add(kWebsite, body, kind)) return true;
  }
  if (kind == EntityKind::kPerson) {
    if (IsOfacTitle(body)) {
      AddUnique(titles, std::string(StripPunct(body)));
      return true;
    }
    if (IsRelation(body)) {
      extra.push_back({"relationship", std::string(StripPunct(body))});
      return true;
    }
    if (body.find_first_of("0123456789") == std::string_view::npos && HasRoleWord(body)) {
      AddUnique(positions, std::string(StripPunct(body)));
      return true;
    }
  }
  unparsed.emplace_back(clause);
  return false;
}

void OfacRemarks::AddRemarks(std::string_view remarks, EntityKind kind) {
  remarks = Trim(remarks);
  if (!remarks.empty() && remarks.back() == '.') remarks.remove_suffix(1);
  for (std::string_view clause : SplitClauses(remarks)) AddClause(clause, kind);
}

void OfacRemarks::AddTitle(std::string_view title) {
  for (std::string_view part : Split(title, ';')) {
    part = Trim(part);
    if (part.empty() || part == "-0-") continue;
    AddUnique(IsOfacTitle(part) ? titles : positions, std::string(part));
  }
}

OfacRemarks ParseOfacRemarks(std::string_view remarks, EntityKind kind) {
  OfacRemarks out;
  out.AddRemarks(remarks, kind);
  return out;
}

}  // namespace embargo::lists
