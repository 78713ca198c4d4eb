// EU Financial Sanctions File XML: parse once, pick the layout from the root element.
#include "lists/eu_fsf_xml.h"

#include <algorithm>
#include <string>

#include "lists/readers.h"
#include "model/country.h"
#include "model/fuzzy_date.h"
#include "model/text_util.h"

namespace embargo::lists {
namespace eu {

std::string_view LocalName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string IsoDay(std::string_view text) {
  text = Trim(text);
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
    auto d = ParseIsoDay(text.substr(0, 10));
    return d ? d->ToString() : std::string();
  }
  auto d = ParseFuzzyDate(text);
  return d && d->precision == DatePrecision::kDay ? d->ToString() : std::string();
}

std::string EuCountry(std::string_view code_or_name) {
  std::string_view t = Trim(code_or_name);
  if (t.empty() || t == "00" || EqualsIgnoreCase(t, "UNKNOWN")) return {};
  return CountryCode(t);
}

void AddUniqueIgnoreCase(std::vector<std::string>& values, std::string value) {
  if (value.empty()) return;
  for (const std::string& v : values)
    if (EqualsIgnoreCase(v, value)) return;
  values.push_back(std::move(value));
}

}  // namespace eu

Result<ListSnapshot> ReadEuFsfXml(std::string_view content, const std::string& name) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(content.data(), content.size(), pugi::parse_default, pugi::encoding_auto);
  if (!parsed) {
    size_t offset =
        std::min(static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0)), content.size());
    size_t line = 1 + std::count(content.begin(), content.begin() + offset, '\n');
    return ParseError(name + ":" + std::to_string(line) + ": " + parsed.description() +
                      " (byte offset " + std::to_string(offset) + ")");
  }
  pugi::xml_node root = doc.document_element();
  std::string_view root_name = eu::LocalName(root);
  ListSnapshot snapshot;
  if (root_name == "WHOLE") {
    snapshot = eu::ReadLegacyWhole(root, name);
  } else if (root_name == "export") {
    snapshot = eu::ReadExport(root, name);
  } else {
    return ParseError(name + ": root element <" + std::string(root.name()) +
                      "> is neither <WHOLE> (FSF 1.0) nor <export> (FSF 1.1)");
  }
  snapshot.path = name;
  return snapshot;
}

}  // namespace embargo::lists
