// Readings of single UN field values: countries as the UN writes them, document types,
// gender, dates. Used by un_xml_reader_record.cc.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "lists/un_xml_reader_internal.h"
#include "model/country.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists::un_xml {
namespace {

bool Contains(std::string_view haystack_lower, std::string_view needle) {
  return haystack_lower.find(needle) != std::string_view::npos;
}

// `word` delimited by non-letters (or the ends) somewhere in `text`.
bool HasWord(std::string_view text, std::string_view word) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (size_t pos = text.find(word); pos != std::string_view::npos;
       pos = text.find(word, pos + 1)) {
    size_t end = pos + word.size();
    if ((pos == 0 || !is_letter(text[pos - 1])) && (end == text.size() || !is_letter(text[end])))
      return true;
  }
  return false;
}

// Nationality adjectives the UN writes where a country is meant ("Pakistani", "Afghan").
constexpr std::array<std::pair<std::string_view, std::string_view>, 19> kDemonyms = {{
    {"afghan", "af"},        {"algerian", "dz"}, {"egyptian", "eg"},  {"ethiopian", "et"},
    {"indonesian", "id"},    {"iraqi", "iq"},    {"jordanian", "jo"}, {"kuwaiti", "kw"},
    {"libyan", "ly"},        {"moroccan", "ma"}, {"pakistani", "pk"}, {"palestinian", "ps"},
    {"saudi arabian", "sa"}, {"saudi", "sa"},    {"somali", "so"},    {"sudanese", "sd"},
    {"syrian", "sy"},        {"tunisian", "tn"}, {"yemeni", "ye"},
}};

std::string_view StripPrefix(std::string_view s, std::string_view prefix) {
  return StartsWithIgnoreCase(s, prefix) ? Trim(s.substr(prefix.size())) : s;
}

std::string_view StripSuffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix)
             ? Trim(s.substr(0, s.size() - suffix.size()))
             : s;
}

}  // namespace

std::optional<IdType> DocumentTypeFromWords(std::string_view words) {
  std::string lower = AsciiLower(words);
  if (lower.empty()) return std::nullopt;
  if (Contains(lower, "passport") || Contains(lower, "pasaporte") || Contains(lower, "passeport"))
    return IdType::kPassport;
  if (Contains(lower, "fiscal") || Contains(lower, "tax") || Contains(lower, "social security"))
    return IdType::kTaxId;
  if (Contains(lower, "registration")) return IdType::kRegistration;
  if (Contains(lower, "identi") || Contains(lower, "national") || HasWord(lower, "id") ||
      Contains(lower, "tazkira"))
    return IdType::kNationalId;
  return std::nullopt;
}

CountryReading ReadCountry(std::string_view text) {
  CountryReading reading{CountryCode(text)};
  if (!reading.code.empty() || text.empty()) return reading;
  reading.plain = false;
  std::string_view core = text.substr(0, std::min(text.find(" ("), text.find(". ")));
  core = StripPrefix(StripPrefix(Trim(core), "possibly "), "former ");
  core = StripSuffix(StripSuffix(core, " by birth"), " passport");
  reading.code = CountryCode(core);
  if (!reading.code.empty()) return reading;
  std::string lower = AsciiLower(core);
  for (const auto& [demonym, code] : kDemonyms) {
    if (lower == demonym) {
      reading.code = std::string(code);
      break;
    }
  }
  return reading;
}

Gender GenderFromWord(std::string_view word) {
  if (StartsWithIgnoreCase(word, "female")) return Gender::kFemale;
  if (StartsWithIgnoreCase(word, "male")) return Gender::kMale;
  return Gender::kUnknown;
}

Gender GenderFromComments(std::string_view comments) {
  std::string lower = AsciiLower(comments);
  size_t pos = lower.find("gender:");
  if (pos == std::string::npos) return Gender::kUnknown;
  return GenderFromWord(Trim(comments.substr(pos + 7)));
}

std::string IsoDay(std::string_view text) {
  text = Trim(text);
  if (text.size() < 10) return {};
  std::string_view day = text.substr(0, 10);
  std::string_view rest = text.substr(10);
  // What may follow a day: a time ("T..."), a zone ("Z", "+05:00", "-05:00").
  if (!rest.empty() && rest[0] != 'T' && rest[0] != 'Z' && rest[0] != '+' && rest[0] != '-')
    return {};
  if (!ParseIsoDay(day)) return {};
  return std::string(day);
}

}  // namespace embargo::lists::un_xml
