// Names of the regime enums as the regime file and the JSON output write them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "embargo/regime.h"

namespace embargo {

std::optional<MeasureKind> ParseMeasureKind(std::string_view text);
std::optional<Direction> ParseDirection(std::string_view text);
std::string_view DirectionName(Direction direction);
std::optional<HsBasis> ParseHsBasis(std::string_view text);
std::optional<Trigger> ParseTrigger(std::string_view text);

// The identifier keys of the transaction JSON ("passport", "imo", "bic", "lei", ...) as the
// entity model types them; nullopt for keys it has no type for.
std::optional<IdType> IdTypeOfKey(std::string_view key);

// Lower case ASCII letters and digits, every other run of bytes one space, trimmed: for finding
// keywords in goods descriptions and comparing names ("Chong-Chon Gang" -> "chong chon gang").
std::string FoldForSearch(std::string_view text);

}  // namespace embargo
