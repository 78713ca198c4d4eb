// Spellings of the same frequent name part that edit distance cannot join: the transliteration
// systems of Arabic and Russian given names write them apart by more than a letter or two
// (abu/abou, al/el, mohammed/muhamad, yevgeny/evgeniy), and an article or a short word has no
// edit budget at all; an English given name goes by a familiar form (Bob, Peggy) and an Arabic
// one by an abbreviation (Mhd). Each group is one name in several forms, never two names.
#pragma once

#include <cstdint>
#include <string_view>

namespace embargo::match {

// The group of a lower-case name part, or 0 when it belongs to none; `hash` is its
// index::HashKey, where known.
uint16_t NameVariantGroup(std::string_view token);
uint16_t NameVariantGroup(std::string_view token, uint64_t hash);

// Whether a group is that of a particle making one name with the word after it ('Abd
// al-Rahman, Abu Bakr, bin Laden): al-Rahman, "the Merciful", is another name.
inline bool JoinsNextWordGroup(uint16_t group) {
  static const uint16_t kAbd = NameVariantGroup("abd"), kAbu = NameVariantGroup("abu"),
                        kIbn = NameVariantGroup("ibn");
  return group != 0 && (group == kAbd || group == kAbu || group == kIbn);
}

}  // namespace embargo::match
