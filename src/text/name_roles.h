// Roles of name parts (given, family, patronymic) and phonetic keys of Latin tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "embargo/normalizer.h"

namespace embargo::text {

// Marks roles in a personal name where the name itself tells them: a Russian-style
// patronymic (-ovich, -evna, -ogly, ...) fixes the order of the other parts; a Korean surname
// spelling first in a name whose parts all read as Korean marks family then given. Tokens that
// already carry a role (from Hangul or Han name splitting) are left alone. `person` false
// returns the tokens unchanged.
std::vector<Token> AssignRoles(std::vector<Token> tokens, bool person);

// True for the usual Latin spellings of Korean surnames ("kim", "ri", "lee", "pak", "choe").
bool IsKoreanSurnameSpelling(std::string_view latin);

// A coarse phonetic key of a lower-case ASCII token: the first letter's class, then the
// consonant classes with vowels, h, w, y and doubled letters dropped ("mohammed",
// "muhammad", "mohamed" -> "mmt"; "hussein", "husayn" -> "hsn"). Empty for tokens shorter
// than three letters.
std::string PhoneticKey(std::string_view token);

}  // namespace embargo::text
