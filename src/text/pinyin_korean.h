// How Korean writes a Chinese name given in pinyin. Two ways: by its Mandarin sounds, in the
// Korean orthography for Chinese (Xi Jinping is 시진핑, Mao Zedong 마오쩌둥), or by the Korean
// readings of its characters (習近平 is 습근평, 房玄齡, Fang Xuanling, 방현령), as Korean has
// written Chinese names before the twentieth century and often since.
//
// Thread-safety: pure functions over immutable tables; call from any thread.
#pragma once

#include <optional>
#include <string_view>

#include "text/korean.h"

namespace embargo {

// The Korean key of a Latin word read as pinyin syllables: for each way to split it into the
// fewest syllables, the Mandarin transcription and, syllable by syllable, every Korean reading
// of a character read so. nullopt when the word does not split
// into syllables that characters are read as ("trading", "kim").
std::optional<KoreanKey> KeyFromPinyin(std::string_view latin_word);

}  // namespace embargo
