// Reading the free-text columns of the UK OFSI Consolidated List: enumerations such as
// "(1) Afghan (2) Pakistani", nationalities written as demonyms, document numbers inside
// sentences, and UN reference numbers. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace embargo::lists::uk {

// Splits "(1) Tripoli (2) Tunis", "1) Saudi Arabia 2) Qatar" or "a) French, b) Tunisian" into
// items; text without enumeration markers is one item. Items are trimmed, stripped of trailing
// separators, and dropped when they hold no letter or digit.
std::vector<std::string> SplitEnumeration(std::string_view text);

// ISO alpha-2 (lower case) for a country name or a nationality adjective: "Saudi Arabian",
// "Afghan", "North Korean", "Iraq", "DPRK". "" when the whole text is neither.
std::string NationalityCode(std::string_view text);

// Whether a bare upper-case two- or three-letter token ("US", "UAE") may name a country. Safe in
// a nationality column, not inside free text where "ID" or "NO" are common words.
enum class CodeTokens { kIgnore, kAccept };

// The first country or nationality named anywhere in a phrase: "Qatari passport issued on 3 May
// 2007" -> "qa", "Afghanistan (since 2009)" -> "af". Text in parentheses is tried first.
// "" when none.
std::string CountryInText(std::string_view text, CodeTokens codes);

// Every country or nationality named in a phrase, in order, without repeats:
// "Iranian national and US national/citizen" -> {"ir", "us"} (with CodeTokens::kAccept).
std::vector<std::string> CountriesInText(std::string_view text, CodeTokens codes);

// The document number in "Passport No: 592667 (Qatari passport ...)": the first token with
// enough digits that is not a date, with a short upper-case series prefix kept ("A 11263265").
// "" when there is none.
std::string ExtractDocumentNumber(std::string_view text);

// "UN Ref QDe.004. Emir ..." -> "QDe.004"; "UN REF:QE.A.146.14." -> "QE.A.146.14";
// "UN Reference KPi.047" -> "KPi.047"; "" if absent.
std::string UnReference(std::string_view text);

// "13/04/2018" -> "2018-04-13"; "" when it is not a full day-first date.
std::string DayFirstToIso(std::string_view text);

}  // namespace embargo::lists::uk
