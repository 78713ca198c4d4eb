// Greek to Latin for names, as Greek documents and people write them:
//
//   elot   ELOT 743, the standard of Greek passports and registries: β v, η i, υ y, χ ch,
//          ου ou, αυ av/af, μπ b at the start and mp inside, ντ d / nt, γκ g / gk
//   sound  as the name sounds, the way foreign documents often spell it: ου u, αι e,
//          ει οι η υ i, χ h, μπ b / mb, ντ d / nd, γκ g / ng
//   foreign  a foreign name as Greek writes it: sound, but ντ d, γκ g and μπ b inside the word
//          too (Βλαντίμιρ Vladimir, Ρομπέρτο Roberto), μπ mp at its end (Τραμπ Trump)
//
// ICU's Greek-Latin is classical (β b, η e: "Βασίλης" -> "basiles"), which no passport uses.
// Thread-safe: no state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/reading.h"
#include "text/text_clean.h"

namespace embargo::text {

enum class GreekSystem { kElot, kSound, kForeign };

// One lower-case Greek word (accents allowed) in one system; other characters are dropped.
std::string GreekToLatin(std::string_view utf8_lower, GreekSystem system);

// The readings "elot", "sound" and "foreign" of a Greek word; none that spells it as "elot" does.
std::vector<WordReading> ReadGreek(const RawWord& word);

}  // namespace embargo::text
