// A pool of ICU transliterators for the scripts without name rules of our own (Greek,
// Armenian, Georgian, Hebrew, Thai, Devanagari, Kana, ...). An ICU Transliterator must not be
// used by two threads at once, so each call borrows one instance from the pool (cloning a new
// one when all are busy) and returns it afterwards. Thread-safe.
#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace embargo::text {

class IcuTransliteratorPool {
 public:
  // `id` is an ICU transliterator id such as "Any-Latin". An id ICU does not know gives a pool
  // whose Transliterate returns the input unchanged.
  explicit IcuTransliteratorPool(std::string id);
  ~IcuTransliteratorPool();

  std::string Transliterate(std::string_view utf8) const;

 private:
  std::unique_ptr<icu::Transliterator> Borrow() const;
  void Return(std::unique_ptr<icu::Transliterator> t) const;

  std::string id_;
  std::unique_ptr<icu::Transliterator> prototype_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<icu::Transliterator>> idle_;
};

}  // namespace embargo::text
