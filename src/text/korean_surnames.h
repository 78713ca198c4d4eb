// Internal: the table of Korean surnames behind KoreanSurnameSpellings and SplitKoreanName.
#pragma once

#include <string_view>

namespace embargo::korean_internal {

bool IsKnownSurname(std::string_view hangul);        // one or two syllables, UTF-8
bool IsTwoSyllableSurname(std::string_view hangul);  // 남궁, 황보, 제갈, 선우, ...
// The usual South Korean spelling of a surname ("lee" for 이 and 리); empty when not known.
std::string_view PopularSurnameSpelling(std::string_view hangul);

}  // namespace embargo::korean_internal
