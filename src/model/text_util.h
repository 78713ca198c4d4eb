// Small text helpers every reader needs: trimming, case, encodings, splitting.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace embargo {

std::string_view Trim(std::string_view s);        // ASCII whitespace and NBSP at both ends
std::string CollapseSpaces(std::string_view s);   // trims; runs of whitespace become one space
std::string AsciiLower(std::string_view s);
std::string AsciiUpper(std::string_view s);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
std::vector<std::string_view> Split(std::string_view s, char sep);

std::string Latin1ToUtf8(std::string_view s);
std::string Cp1252ToUtf8(std::string_view s);
bool IsValidUtf8(std::string_view s);

// ISO 15924 code of the dominant script of a UTF-8 string: "Latn", "Cyrl", "Arab", "Hang",
// "Hani", ... ("Zyyy" when it has no letters).
std::string DominantScript(std::string_view utf8);

}  // namespace embargo
