// Latin spellings of foreign names in German, Polish, Dutch, French, Hungarian and Lithuanian
// conventions, written the English way: Wladimirowitsch, Władimirowicz and Wladimirowitsj are
// Vladimirovich, Poetin, Poutine, Putyin and Putinas are Putin(e). The lists write such names
// the English way.
#pragma once

#include <string>
#include <string_view>

namespace embargo::text {

// The English spelling of a lower-case ASCII word, or "" when the rules leave it unchanged:
// tsch, tsj, tch, cz -> ch; chtch -> shch; sch, sz, sj -> sh; gyi, tyi, nyi -> di, ti, ni;
// w -> v; in words of five letters or more oe, ou -> u and gue, gui -> ge, gi; a final ine -> in
// from six letters, and a final ovas, evas, inas, iras less its as from seven.
std::string RespellAsEnglish(std::string_view word);

}  // namespace embargo::text
