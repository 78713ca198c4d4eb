// Loading list files: read bytes, recognize the format from the content, hand to its reader.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "embargo/lists.h"
#include "lists/readers.h"
#include "model/file_util.h"
#include "model/text_util.h"

namespace embargo {
namespace {

namespace fs = std::filesystem;

// What the first bytes of a file say it is. OFAC companion files are recognized so that a
// folder scan can skip them and a direct load can say what to load instead.
enum class Sniffed { kList, kOfacCompanion, kUnknown };

struct Sniff {
  Sniffed what = Sniffed::kUnknown;
  ListFormat format = ListFormat::kUnXml;
  std::string detail;  // why it is not a list
};


std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  return s.substr(i);
}

// The name of the first element that is not a declaration, comment or doctype.
std::string_view RootElement(std::string_view xml) {
  size_t pos = 0;
  while ((pos = xml.find('<', pos)) != std::string_view::npos) {
    if (pos + 1 < xml.size() && (xml[pos + 1] == '?' || xml[pos + 1] == '!')) {
      ++pos;
      continue;
    }
    size_t end = xml.find_first_of(" \t\r\n>/", pos + 1);
    if (end == std::string_view::npos) return {};
    return xml.substr(pos + 1, end - pos - 1);
  }
  return {};
}

// Number of comma-separated fields in a CSV line, honouring double quotes.
int CountCsvFields(std::string_view line) {
  int fields = 1;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (c == ',' && !quoted) ++fields;
  }
  return fields;
}

bool IsNumber(std::string_view s) {
  s = Trim(s);
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Sniff SniffContent(std::string_view content) {
  std::string_view head = SkipBomAndSpace(content.substr(0, 8192));
  Sniff s;
  if (head.empty()) {
    s.detail = "empty file";
    return s;
  }
  if (head[0] == '<') {
    std::string_view root = RootElement(head);
    s.what = Sniffed::kList;
    if (root == "CONSOLIDATED_LIST") s.format = ListFormat::kUnXml;
    else if (root == "sdnList") s.format = ListFormat::kOfacXml;
    else if (root == "WHOLE" || root == "export" || root.ends_with(":export"))
      s.format = ListFormat::kEuFsfXml;
    else {
      s.what = Sniffed::kUnknown;
      s.detail = "XML with unknown root element <" + std::string(root) + ">";
    }
    return s;
  }
  if (head[0] == '{') {
    s.what = Sniffed::kList;
    s.format = ListFormat::kFtmJson;
    return s;
  }
  std::string_view line = head.substr(0, head.find('\n'));
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (StartsWithIgnoreCase(line, "Last Updated,")) {
    s.what = Sniffed::kList;
    s.format = ListFormat::kUkConListCsv;
    return s;
  }
  std::vector<std::string_view> fields = Split(line, ',');
  if (!fields.empty() && IsNumber(fields[0])) {
    int n = CountCsvFields(line);
    if (n == 12) {
      s.what = Sniffed::kList;
      s.format = ListFormat::kOfacSdnCsv;
      return s;
    }
    if ((n == 6 || n == 5) && fields.size() > 1 && IsNumber(fields[1])) {
      s.what = Sniffed::kOfacCompanion;
      s.detail = n == 6 ? "an OFAC address file (add.csv)" : "an OFAC alias file (alt.csv)";
      return s;
    }
    if (n >= 2 && line.size() > fields[0].size() + 1 && line[fields[0].size() + 1] == '"') {
      s.what = Sniffed::kOfacCompanion;
      s.detail = "an OFAC remarks overflow file (sdn_comments.csv)";
      return s;
    }
  }
  s.detail = "not a recognized sanctions list format";
  return s;
}

// The OFAC companion files of an sdn.csv: any file in the same folder whose content is the
// companion kind, preferring the conventional names.
Result<ListSnapshot> LoadOfacSet(const std::string& path, std::string sdn) {
  fs::path dir = fs::path(path).parent_path();
  lists::OfacCsvSet set;
  set.sdn = sdn;
  set.sdn_name = path;
  std::string add, alt, comments;
  auto read_companion = [&](const char* file, std::string& content, std::string& name) -> Status {
    fs::path p = dir / file;
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) return Status::Ok();
    Result<std::string> r = ReadFileToString(p.string());
    if (!r.ok()) return r.status();
    content = std::move(*r);
    name = p.string();
    return Status::Ok();
  };
  // Only a file named sdn.csv has companions; a lone download (sdn-fetched-*.csv) has none.
  if (fs::path(path).filename() == "sdn.csv") {
    for (auto [file, content, name] :
         {std::tuple{"add.csv", &add, &set.add_name}, std::tuple{"alt.csv", &alt, &set.alt_name},
          std::tuple{"sdn_comments.csv", &comments, &set.comments_name}}) {
      Status st = read_companion(file, *content, *name);
      if (!st.ok()) return st;
    }
  }
  set.add = add;
  set.alt = alt;
  set.comments = comments;
  return lists::ReadOfacSdnCsv(set);
}

}  // namespace

std::string_view ListFormatName(ListFormat format) {
  switch (format) {
    case ListFormat::kUnXml: return "un_xml";
    case ListFormat::kOfacSdnCsv: return "ofac_sdn_csv";
    case ListFormat::kOfacXml: return "ofac_xml";
    case ListFormat::kUkConListCsv: return "uk_conlist_csv";
    case ListFormat::kEuFsfXml: return "eu_fsf_xml";
    case ListFormat::kFtmJson: return "ftm_json";
  }
  return "unknown";
}


Result<ListFormat> DetectListFormat(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot open for reading");
  std::string head(8192, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  Sniff s = SniffContent(head);
  if (s.what == Sniffed::kList) return s.format;
  if (s.what == Sniffed::kOfacCompanion)
    return Unsupported(path + ": " + s.detail + "; load the sdn.csv beside it instead");
  return Unsupported(path + ": " + s.detail);
}

Result<ListSnapshot> ParseList(std::string_view content, ListFormat format,
                               const std::string& name) {
  switch (format) {
    case ListFormat::kUnXml: return lists::ReadUnXml(content, name);
    case ListFormat::kOfacXml: return lists::ReadOfacXml(content, name);
    case ListFormat::kUkConListCsv: return lists::ReadUkConList(content, name);
    case ListFormat::kEuFsfXml: return lists::ReadEuFsfXml(content, name);
    case ListFormat::kFtmJson: return lists::ReadFtmJson(content, name);
    case ListFormat::kOfacSdnCsv: {
      lists::OfacCsvSet set;
      set.sdn = content;
      set.sdn_name = name;
      return lists::ReadOfacSdnCsv(set);
    }
  }
  return Unsupported(name + ": unknown format");
}

Result<ListSnapshot> LoadList(const std::string& path) {
  Result<std::string> content = ReadFileToString(path);
  if (!content.ok()) return content.status();
  Sniff s = SniffContent(*content);
  if (s.what == Sniffed::kOfacCompanion)
    return Unsupported(path + ": " + s.detail + "; load the sdn.csv beside it instead");
  if (s.what != Sniffed::kList) return Unsupported(path + ": " + s.detail);
  if (s.format == ListFormat::kOfacSdnCsv) return LoadOfacSet(path, std::move(*content));
  return ParseList(*content, s.format, path);
}

Result<std::vector<ListSnapshot>> LoadLists(const std::vector<std::string>& paths) {
  std::vector<ListSnapshot> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return NotFound(path + ": no such file or folder");
    if (!fs::is_directory(path, ec)) {
      Result<ListSnapshot> one = LoadList(path);
      if (!one.ok()) return one.status();
      out.push_back(std::move(*one));
      continue;
    }
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(path, ec))
      if (entry.is_regular_file()) files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) {
      Result<ListFormat> format = DetectListFormat(file);
      if (!format.ok()) continue;  // companions and non-list files in a folder are skipped
      Result<ListSnapshot> one = LoadList(file);
      if (!one.ok()) return one.status();
      out.push_back(std::move(*one));
    }
  }
  return out;
}

}  // namespace embargo

namespace embargo {

std::vector<std::string> ReferenceListPaths(const std::string& lists_dir) {
  std::vector<std::string> paths;
  for (const char* file : {"un/consolidated-2026-05-08.xml", "ofac/sdn-csv-2021-07/sdn.csv",
                           "ofac/sdn-fetched-2024-05-03.csv",
                           "ofac/consolidated-nonsdn-2026-01-08.xml",
                           "uk/ofsi-conlist-2018-04-13.csv",
                           "eu/fsf-xml-1.0-legacy-2016-02-11-subset.xml"})
    paths.push_back(lists_dir + "/" + file);
  return paths;
}

std::string DefaultListsDir() {
  const char* env = std::getenv("EMBARGO_LISTS_DIR");
  return env && *env ? env : "../shared/data/lists";
}

}  // namespace embargo
