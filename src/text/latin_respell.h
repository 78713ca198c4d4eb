// Latin spellings of foreign names in German, Polish, Dutch and French conventions, written
// the English way: Wladimirowitsch, Władimirowicz and Wladimirowitsj are Vladimirovich, Poetin
// and Poutine are Putin(e). The lists write such names the English way.
#pragma once

#include <string>
#include <string_view>

namespace embargo::text {

// The English spelling of a lower-case ASCII word, or "" when the rules leave it unchanged:
// tsch, tsj, tch, cz -> ch; chtch -> shch; sch, sz, sj -> sh; w -> v; in words of five letters
// or more oe, ou -> u and gue, gui -> ge, gi; and a final ine -> in from six letters.
std::string RespellAsEnglish(std::string_view word);

}  // namespace embargo::text
