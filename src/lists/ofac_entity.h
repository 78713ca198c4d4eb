// Pieces of an OFAC entry shared by the SDN CSV and the sdnList XML readers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "embargo/entity.h"
#include "lists/ofac_remarks.h"

namespace embargo::lists {

// "individual"/"Individual" -> kPerson, "vessel" -> kVessel, "aircraft" -> kAircraft,
// "-0-", "" or "Entity" -> kOrganization; nullopt for anything else.
std::optional<EntityKind> ParseOfacKind(std::string_view type);

// "[DPRK3] [SDGT]" and the CSV's "DPRK3] [SDGT" -> {"DPRK3", "SDGT"}.
std::vector<std::string> ParseOfacPrograms(std::string_view text);

// `entity` with what the remarks parser found: facts in their fields (vessel particulars only
// where the entity has none), unparsed clauses joined by "; " in `remarks`, and the full text
// as ExtraField "remarks_original". Aliases are not merged: the caller adds them once every
// name from the alias file is known (see AppendNewAliases).
Entity WithOfacRemarks(Entity entity, OfacRemarks remarks, std::string_view original);

// `names` followed by each of `aliases` whose text (ignoring case) is not already there.
std::vector<Name> AppendNewAliases(std::vector<Name> names, std::vector<Name> aliases);

}  // namespace embargo::lists
