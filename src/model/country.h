// Country names as ISO 3166 alpha-2 codes.
//
// The lists write countries in many ways ("Democratic People's Republic of Korea",
// "Korea, North", "DPRK", "KP"). CountryCode maps all of them to one lower-case code.
// English names come from ICU's locale data; list-specific spellings are added on top.
// Thread-safe: the table is built once, on first use, and never changed.
#pragma once

#include <string>
#include <string_view>

namespace embargo {

// "Democratic People's Republic of Korea" -> "kp"; "kp", "KP" -> "kp"; "" when unknown.
std::string CountryCode(std::string_view name);

// "kp" -> "North Korea" (ICU's English name); the code itself when unknown.
std::string CountryName(std::string_view code);

}  // namespace embargo
