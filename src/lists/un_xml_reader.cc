// UN Security Council Consolidated List XML: CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL and
// CONSOLIDATED_LIST/ENTITIES/ENTITY, in both published layouts (2017-2022 one record per line,
// 2025+ pretty-printed). The whole file is parsed into a pugixml DOM from the caller's buffer.
//
// Conventions:
// - id "un:<REFERENCE_NUMBER>" ("un:KPi.040"); source "un"; snapshot.version and every
//   entity's list_version are the date part of CONSOLIDATED_LIST/@dateGenerated.
// - programs: "UN " + UN_LIST_TYPE exactly as written ("UN DPRK", "UN Al-Qaida",
//   "UN SouthSudan"). The regime is the part after "UN ".
// - names[0] is the primary name: for individuals FIRST_NAME..FOURTH_NAME trimmed, kept as
//   parts and joined with spaces (Korean and Chinese records put the family name first); for
//   entities FIRST_NAME. Then NAME_ORIGINAL_SCRIPT (kGoodAlias, original_script) and the
//   aliases in file order: QUALITY "Low" is kWeakAlias, "Good", "a.k.a." and "f.k.a." are
//   kGoodAlias; the QUALITY word is kept in alias_type. Every name carries its dominant script.
// - Dates of birth from INDIVIDUAL_DATE_OF_BIRTH (EXACT date, YEAR, BETWEEN FROM_YEAR..TO_YEAR,
//   APPROXIMATELY) and from alias DATE_OF_BIRTH; places of birth likewise. Duplicates dropped.
// - gender from the GENDER element, else from "Gender: Male" in COMMENTS1 (kept in remarks).
// - Address countries are also listed in `countries`.
// - extra (key = element name, empty values skipped): DATAID, VERSIONNUM, SORT_KEY,
//   SORT_KEY_LAST_MOD, SUBMITTED_BY, SUBMITTED_ON, each LIST_TYPE and LAST_DAY_UPDATED value,
//   NATIONALITY values that name no country, unreadable LISTED_ON or dates of birth
//   (INDIVIDUAL_DATE_OF_BIRTH, INDIVIDUAL_ALIAS/DATE_OF_BIRTH), alias notes
//   (INDIVIDUAL_ALIAS/NOTE or ENTITY_ALIAS/NOTE, "<alias>: <note>"), a GENDER that is neither
//   male nor female.
// - Known elements are the 2017-2025 vocabulary listed in un_xml_reader_record.cc and the
//   children read there. Any other element (the 2026 HAS_INTERPOL_LINK, INTERPOL_LINK,
//   DATE_OF_EXPIRY) is kept in `extra` with all its text and counted: one warning per element
//   name, "unknown element INTERPOL_LINK (1009 times)". Never fatal.
// - A record with no name or no reference/DATAID is skipped, warned about with its line and
//   counted in rows_skipped. A file that is not well-formed UTF-8 XML fails as a whole.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <exception>
#include <map>
#include <new>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "lists/readers.h"
#include "lists/un_xml_reader_internal.h"

namespace embargo::lists {
namespace {

constexpr std::string_view kRoot = "CONSOLIDATED_LIST";

// Whitespace-only text, comments, the DOCTYPE and processing instructions are not needed;
// entity references, CDATA and end-of-line normalization are.
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_eol;

size_t LineAt(std::string_view content, size_t offset) {
  offset = std::min(offset, content.size());
  return 1 + static_cast<size_t>(std::count(content.begin(), content.begin() + offset, '\n'));
}

// Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlongs,
// surrogates and code points above U+10FFFF included), or nullopt.
std::optional<size_t> FirstInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    // Lists are mostly ASCII: skip eight ASCII bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = c >= 0xC2 && c <= 0xDF   ? 2
                 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4
                                          : 0;
    if (len == 0 || i + len > n) return i;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::nullopt;
}

// What pugixml's status means for a reader of the message, phrased as what was expected.
std::string Expected(const pugi::xml_parse_result& parsed, std::string_view content) {
  // A cut file fails wherever the cut falls (inside a tag, a text, between elements); pugixml
  // then reports an error at the last byte, and the useful message is the same for all.
  bool at_end = static_cast<size_t>(parsed.offset) + 1 >= content.size();
  if (at_end && parsed.status != pugi::status_no_document_element) {
    return "unexpected end of file, expected the rest of the open element and its closing tags "
           "(truncated file?)";
  }
  switch (parsed.status) {
    case pugi::status_no_document_element:
      return "no root element, expected <CONSOLIDATED_LIST>";
    case pugi::status_end_element_mismatch:
      return "closing tag does not match the open element, expected its closing tag";
    case pugi::status_bad_start_element:
      return "malformed start tag, expected <NAME ...>";
    case pugi::status_bad_end_element:
      return "malformed end tag, expected </NAME>";
    case pugi::status_bad_attribute:
      return "malformed attribute, expected name=\"value\"";
    case pugi::status_unrecognized_tag:
      return "unrecognized markup, expected an element, comment or declaration";
    case pugi::status_out_of_memory:
      return "out of memory while parsing";
    default:
      return std::string(parsed.description()) + ", expected well-formed XML";
  }
}

Status ErrorAt(const std::string& name, std::string_view content, size_t offset,
               std::string_view what) {
  return ParseError(name + ":" + std::to_string(LineAt(content, offset)) + ": " +
                    std::string(what));
}

size_t NodeLine(std::string_view content, pugi::xml_node node) {
  ptrdiff_t offset = node.offset_debug();
  return offset < 0 ? 0 : LineAt(content, static_cast<size_t>(offset));
}

std::optional<EntityKind> RecordKind(std::string_view element) {
  if (element == "INDIVIDUAL") return EntityKind::kPerson;
  if (element == "ENTITY") return EntityKind::kOrganization;
  return std::nullopt;
}

Result<ListSnapshot> ReadParsed(const pugi::xml_document& doc, std::string_view content,
                                const std::string& name) {
  pugi::xml_node root = doc.document_element();
  if (std::string_view(root.name()) != kRoot) {
    return ErrorAt(name, content, std::max<ptrdiff_t>(root.offset_debug(), 0),
                   "root element is <" + std::string(root.name()) + ">, expected <" +
                       std::string(kRoot) + ">");
  }
  ListSnapshot snapshot;
  snapshot.source = "un";
  snapshot.format = ListFormat::kUnXml;
  snapshot.path = name;
  std::string_view generated = root.attribute("dateGenerated").value();
  snapshot.version = un_xml::IsoDay(generated);
  if (snapshot.version.empty()) {
    snapshot.warnings.push_back(name + ":" + std::to_string(NodeLine(content, root)) +
                                ": no date in dateGenerated=\"" + std::string(generated) + "\"");
  }

  std::map<std::string, size_t, std::less<>> unknown;
  size_t records = 0;
  for (pugi::xml_node group : root.children()) {
    for (pugi::xml_node record : group.children()) records += record.type() == pugi::node_element;
  }
  snapshot.entities.reserve(records);
  for (pugi::xml_node group : root.children()) {
    if (group.type() != pugi::node_element) continue;
    std::string_view group_name = group.name();
    if (group_name != "INDIVIDUALS" && group_name != "ENTITIES") {
      ++unknown[std::string(group_name)];
      continue;
    }
    for (pugi::xml_node node : group.children()) {
      if (node.type() != pugi::node_element) continue;
      std::optional<EntityKind> kind = RecordKind(node.name());
      if (!kind) {
        ++unknown[std::string(node.name())];
        continue;
      }
      un_xml::Record record = un_xml::ReadRecord(node, *kind, snapshot.version);
      for (std::string_view element : record.unknown_elements) {
        auto it = unknown.find(element);
        if (it == unknown.end()) it = unknown.emplace(std::string(element), 0).first;
        ++it->second;
      }
      if (!record.problem.empty()) {
        snapshot.warnings.push_back(name + ":" + std::to_string(NodeLine(content, node)) + ": " +
                                    record.problem + "; skipped");
        ++snapshot.rows_skipped;
        continue;
      }
      snapshot.entities.push_back(std::move(record.entity));
    }
  }
  for (const auto& [element, count] : unknown) {
    snapshot.warnings.push_back("unknown element " + element + " (" + std::to_string(count) +
                                (count == 1 ? " time)" : " times)"));
  }
  return snapshot;
}

}  // namespace

Result<ListSnapshot> ReadUnXml(std::string_view content, const std::string& name) {
  if (std::optional<size_t> bad = FirstInvalidUtf8(content)) {
    return ErrorAt(name, content, *bad, "invalid UTF-8 byte sequence, expected UTF-8 text");
  }
  try {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed =
        doc.load_buffer(content.data(), content.size(), kParseOptions, pugi::encoding_utf8);
    if (!parsed) {
      return ErrorAt(name, content, static_cast<size_t>(std::max<ptrdiff_t>(parsed.offset, 0)),
                     Expected(parsed, content));
    }
    return ReadParsed(doc, content, name);
  } catch (const std::bad_alloc&) {
    return ParseError(name + ": out of memory while reading the list");
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal, name + ": " + e.what());
  }
}

}  // namespace embargo::lists
