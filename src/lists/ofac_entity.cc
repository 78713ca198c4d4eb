#include "lists/ofac_entity.h"

#include <algorithm>
#include <utility>

#include "model/text_util.h"

namespace embargo::lists {
namespace {

template <typename T>
void AppendUnique(std::vector<T>& to, std::vector<T> from) {
  for (T& item : from) {
    if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(std::move(item));
  }
}

void FillIfEmpty(std::string& to, std::string from) {
  if (to.empty()) to = std::move(from);
}

}  // namespace

std::optional<EntityKind> ParseOfacKind(std::string_view type) {
  type = Trim(type);
  if (type.empty() || type == "-0-" || EqualsIgnoreCase(type, "entity")) {
    return EntityKind::kOrganization;
  }
  if (EqualsIgnoreCase(type, "individual")) return EntityKind::kPerson;
  if (EqualsIgnoreCase(type, "vessel")) return EntityKind::kVessel;
  if (EqualsIgnoreCase(type, "aircraft")) return EntityKind::kAircraft;
  return std::nullopt;
}

std::vector<std::string> ParseOfacPrograms(std::string_view text) {
  std::vector<std::string> programs;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of("[]", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view program = Trim(text.substr(start, end - start));
    if (!program.empty() && program != "-0-") {
      std::string p(program);
      if (std::find(programs.begin(), programs.end(), p) == programs.end()) {
        programs.push_back(std::move(p));
      }
    }
    start = end + 1;
  }
  return programs;
}

Entity WithOfacRemarks(Entity entity, OfacRemarks remarks, std::string_view original) {
  AppendUnique(entity.birth_dates, std::move(remarks.birth_dates));
  AppendUnique(entity.birth_places, std::move(remarks.birth_places));
  AppendUnique(entity.nationalities, std::move(remarks.nationalities));
  AppendUnique(entity.countries, std::move(remarks.countries));
  if (remarks.gender != Gender::kUnknown) entity.gender = remarks.gender;
  AppendUnique(entity.identifiers, std::move(remarks.identifiers));
  AppendUnique(entity.titles, std::move(remarks.titles));
  AppendUnique(entity.positions, std::move(remarks.positions));
  FillIfEmpty(entity.vessel.flag, std::move(remarks.vessel.flag));
  FillIfEmpty(entity.vessel.flag_text, std::move(remarks.vessel.flag_text));
  FillIfEmpty(entity.vessel.type, std::move(remarks.vessel.type));
  FillIfEmpty(entity.vessel.tonnage, std::move(remarks.vessel.tonnage));
  FillIfEmpty(entity.vessel.gross_tonnage, std::move(remarks.vessel.gross_tonnage));
  FillIfEmpty(entity.vessel.owner, std::move(remarks.vessel.owner));
  for (ExtraField& field : remarks.extra) entity.extra.push_back(std::move(field));
  std::string unparsed;
  for (const std::string& clause : remarks.unparsed) {
    if (!unparsed.empty()) unparsed += "; ";
    unparsed += clause;
  }
  if (!unparsed.empty()) {
    entity.remarks = entity.remarks.empty() ? unparsed : entity.remarks + "; " + unparsed;
  }
  original = Trim(original);
  if (!original.empty()) entity.extra.push_back({"remarks_original", std::string(original)});
  return entity;
}

std::vector<Name> AppendNewAliases(std::vector<Name> names, std::vector<Name> aliases) {
  for (Name& alias : aliases) {
    bool known = std::any_of(names.begin(), names.end(),
                             [&](const Name& n) { return EqualsIgnoreCase(n.full, alias.full); });
    if (!known) names.push_back(std::move(alias));
  }
  return names;
}

}  // namespace embargo::lists
