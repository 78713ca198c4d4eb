#include "text/icu_translit.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace embargo::text {

IcuTransliteratorPool::IcuTransliteratorPool(std::string id) : id_(std::move(id)) {
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString uid = icu::UnicodeString::fromUTF8(id_);
  prototype_.reset(icu::Transliterator::createInstance(uid, UTRANS_FORWARD, err));
  if (U_FAILURE(err)) prototype_.reset();
}

IcuTransliteratorPool::~IcuTransliteratorPool() = default;

std::unique_ptr<icu::Transliterator> IcuTransliteratorPool::Borrow() const {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto t = std::move(idle_.back());
      idle_.pop_back();
      return t;
    }
  }
  return std::unique_ptr<icu::Transliterator>(prototype_->clone());
}

void IcuTransliteratorPool::Return(std::unique_ptr<icu::Transliterator> t) const {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(t));
}

std::string IcuTransliteratorPool::Transliterate(std::string_view utf8) const {
  if (!prototype_) return std::string(utf8);
  std::unique_ptr<icu::Transliterator> t = Borrow();
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  t->transliterate(text);
  Return(std::move(t));
  std::string out;
  text.toUTF8String(out);
  return out;
}

}  // namespace embargo::text
