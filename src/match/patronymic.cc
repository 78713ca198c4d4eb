#include "match/patronymic.h"

#include <array>

namespace embargo::match {
namespace {

// No suffix ends another, so their order does not matter.
constexpr std::array<std::string_view, 18> kSon = {
    "ovich",  "evich",  "ovych",   "evych",   "avich",  "ovics", "evics", "ovits", "evits",
    "ovitch", "evitch", "owitsch", "ewitsch", "ovitsj", "owicz", "ewicz", "ovic",  "evic"};
constexpr std::array<std::string_view, 7> kDaughter = {"ovna", "evna", "ivna", "avna",
                                                       "auna", "owna", "ewna"};
constexpr size_t kMinStem = 3;

}  // namespace

PatronymicParts SplitPatronymic(std::string_view word) {
  // Every suffix but -auna has its v or w among the last six letters: most words stop here.
  bool v = false;
  for (size_t i = word.size() > 6 ? word.size() - 6 : 0; i < word.size(); ++i)
    v = v || word[i] == 'v' || word[i] == 'w';
  if (!v && !word.ends_with("auna")) return {};
  for (std::string_view suffix : kSon)
    if (word.size() >= suffix.size() + kMinStem && word.ends_with(suffix))
      return {word.substr(0, word.size() - suffix.size()), false};
  for (std::string_view suffix : kDaughter)
    if (word.size() >= suffix.size() + kMinStem && word.ends_with(suffix))
      return {word.substr(0, word.size() - suffix.size()), true};
  return {};
}

}  // namespace embargo::match
