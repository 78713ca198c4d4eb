// Slavic patronymics and the family names made like them, in the spellings of several
// languages: Russian -ovich is Hungarian -ovics, Greek -ovits, French -ovitch, German
// -owitsch, Dutch -ovitsj, Polish -owicz, Serbian -ović and Belarusian -avich. Edit distance
// alone keeps Vlagyimirovics and Vladimirovich apart (three edits), though the father's name
// in them differs by two.
#pragma once

#include <string_view>

namespace embargo::match {

struct PatronymicParts {
  std::string_view stem;  // the father's name: "vladimir" of "vladimirovich"
  bool female = false;    // -ovna, -evna: a daughter's
};

// The stem and gender of a lower-case Latin word ending in a patronymic suffix, or an empty
// stem when it has none (or a stem of fewer than three letters).
PatronymicParts SplitPatronymic(std::string_view word);

}  // namespace embargo::match
