// Internal: the sound-change closure shared by the Hangul, Latin and Hanja key builders.
#pragma once

#include <span>

#include "text/korean.h"

namespace embargo::korean_internal {

// One syllable of a reading under construction, with where it sits in the written word.
struct PendingSyllable {
  KoreanSyllable jamo;
  bool word_start = false;  // first syllable of a written word: the initial-sound law applies
  bool linked = false;      // not the first syllable: sound changes with the previous apply
};

// Adds to `reading` the surface forms that regular sound changes give (the initial-sound law
// at word starts; nasalization, lateralization, liaison and aspiration between linked
// syllables), then appends it to `key`; `exact` (spelled in Hangul): the written syllables too.
void CloseAndAdd(std::span<PendingSyllable> reading, KoreanKey& key, bool exact);

}  // namespace embargo::korean_internal
