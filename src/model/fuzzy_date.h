// Parsing dates as the lists write them, keeping their precision.
#pragma once

#include <optional>
#include <string_view>

#include "embargo/entity.h"

namespace embargo {

// Accepts "1945-05-10", "1945-05", "1945", "10 May 1945", "May 1945", "10/05/1945" (day first),
// "00/00/1980", "circa 1960", "approximately 1960", "1960 to 1962", "1960-1962", "Between 1960
// and 1962". nullopt when no date can be read or a component is impossible (month 13).
std::optional<FuzzyDate> ParseFuzzyDate(std::string_view text);

// An ISO calendar date "YYYY-MM-DD" with a real day of a real month, or nullopt.
std::optional<FuzzyDate> ParseIsoDay(std::string_view text);

}  // namespace embargo
