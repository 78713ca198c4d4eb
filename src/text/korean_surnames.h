// Internal: the table of Korean surnames behind KoreanSurnameSpellings and SplitKoreanName.
#pragma once

#include <string_view>

namespace embargo::korean_internal {

bool IsKnownSurname(std::string_view hangul);        // one or two syllables, UTF-8
bool IsTwoSyllableSurname(std::string_view hangul);  // 남궁, 황보, 제갈, 선우, ...

}  // namespace embargo::korean_internal
