#include "model/fuzzy_date.h"

#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "model/text_util.h"

namespace embargo {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

int MonthFromWord(std::string_view w) {
  if (w.size() < 3) return 0;
  std::string lower = AsciiLower(w.substr(0, 3));
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  return 0;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// Digit runs longer than a year are not dates; capping them keeps the arithmetic defined.
int ToInt(std::string_view s) {
  if (s.size() > 6) return -1;
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool PlausibleYear(int y) { return y >= 1000 && y <= 2999; }

std::optional<FuzzyDate> Make(int year, int month, int day) {
  if (!PlausibleYear(year)) return std::nullopt;
  if (month < 0 || month > 12) return std::nullopt;
  if (month == 0) day = 0;
  if (day < 0 || (month > 0 && day > DaysInMonth(year, month))) return std::nullopt;
  FuzzyDate d;
  d.year = year;
  d.month = month;
  d.day = day;
  d.precision = day ? DatePrecision::kDay : month ? DatePrecision::kMonth : DatePrecision::kYear;
  return d;
}

// Splits into words of letters or digits; other characters separate.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t start = i;
    bool digit = i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])) &&
           (std::isdigit(static_cast<unsigned char>(s[i])) != 0) == digit)
      ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// One date without qualifiers: ISO, day-first numeric, or with a month word.
std::optional<FuzzyDate> ParseSingle(std::string_view text) {
  text = Trim(text);
  std::vector<std::string_view> w = Words(text);
  if (w.empty()) return std::nullopt;
  // ISO: 1945-05-10, 1945-05, 1945
  if (w[0].size() == 4 && AllDigits(w[0])) {
    int year = ToInt(w[0]);
    if (w.size() == 1) return Make(year, 0, 0);
    if (w.size() == 2 && AllDigits(w[1])) return Make(year, ToInt(w[1]), 0);
    if (w.size() == 3 && AllDigits(w[1]) && AllDigits(w[2]))
      return Make(year, ToInt(w[1]), ToInt(w[2]));
    if (w.size() == 2 && MonthFromWord(w[1])) return Make(year, MonthFromWord(w[1]), 0);
    return std::nullopt;
  }
  // Day first: 10/05/1945, 00/00/1980, 10 May 1945, May 1945
  if (w.size() == 3 && AllDigits(w[2]) && w[2].size() == 4) {
    int month = AllDigits(w[1]) ? ToInt(w[1]) : MonthFromWord(w[1]);
    if (!AllDigits(w[0]) || (!AllDigits(w[1]) && month == 0)) {
      // "May 10 1945"
      int m = MonthFromWord(w[0]);
      if (m && AllDigits(w[1])) return Make(ToInt(w[2]), m, ToInt(w[1]));
      return std::nullopt;
    }
    return Make(ToInt(w[2]), month, ToInt(w[0]));
  }
  if (w.size() == 2 && AllDigits(w[1]) && w[1].size() == 4) {
    int month = AllDigits(w[0]) ? ToInt(w[0]) : MonthFromWord(w[0]);
    if (month == 0 && !AllDigits(w[0])) return std::nullopt;
    return Make(ToInt(w[1]), month, 0);
  }
  return std::nullopt;
}

}  // namespace

std::optional<FuzzyDate> ParseIsoDay(std::string_view text) {
  text = Trim(text);
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto d = ParseSingle(text);
  if (!d || d->precision != DatePrecision::kDay) return std::nullopt;
  d->text = std::string(text);
  return d;
}

std::optional<FuzzyDate> ParseFuzzyDate(std::string_view text) {
  std::string_view t = Trim(text);
  bool approximate = false;
  for (std::string_view q : {"circa", "approximately", "approx.", "approx", "about", "c.", "ca."}) {
    if (StartsWithIgnoreCase(t, q)) {
      approximate = true;
      t = Trim(t.substr(q.size()));
      break;
    }
  }
  if (StartsWithIgnoreCase(t, "between ")) t = Trim(t.substr(8));
  // Ranges: "1960 to 1962", "1960 - 1962", "1960-1962", "1960 and 1962"
  for (std::string_view sep : {" to ", " and ", " - ", " – ", "-"}) {
    size_t pos = t.find(sep);
    if (pos == std::string_view::npos) continue;
    std::string_view a = Trim(t.substr(0, pos)), b = Trim(t.substr(pos + sep.size()));
    if (sep == "-" && !(a.size() == 4 && b.size() == 4)) continue;  // ISO dates use '-' too
    auto from = ParseSingle(a);
    auto to = ParseSingle(b);
    if (!from || !to) continue;
    FuzzyDate d = *from;
    if (from->year == to->year && from->precision == to->precision &&
        from->precision == DatePrecision::kYear) {
      d.approximate = approximate;
    } else {
      d.to_year = to->year;
      if (d.to_year < d.year) return std::nullopt;
      d.month = d.day = 0;
      d.precision = DatePrecision::kYearRange;
    }
    d.approximate = approximate;
    d.text = std::string(Trim(text));
    return d;
  }
  auto d = ParseSingle(t);
  if (!d) return std::nullopt;
  d->approximate = approximate;
  d->text = std::string(Trim(text));
  return d;
}

}  // namespace embargo
