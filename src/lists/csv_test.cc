#include "lists/csv.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace embargo::lists {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows MustSplit(std::string_view content, CsvOptions options = {}) {
  auto result = SplitCsv(content, options);
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? *result : Rows{};
}

TEST(CsvSplitter, PlainFieldsWithCrlfAndLf) {
  EXPECT_EQ(MustSplit("a,b,c\r\nd,e,f\ng,h,i"),
            (Rows{{"a", "b", "c"}, {"d", "e", "f"}, {"g", "h", "i"}}));
}

TEST(CsvSplitter, QuotedFieldsKeepCommasAndUnescapeDoubledQuotes) {
  EXPECT_EQ(MustSplit("1,\"CECOEX, S.A.\",\"say \"\"hi\"\"\",-0- \r\n"),
            (Rows{{"1", "CECOEX, S.A.", "say \"hi\"", "-0- "}}));
}

TEST(CsvSplitter, EmptyFieldsAndTrailingSeparator) {
  EXPECT_EQ(MustSplit(",,\n\"\",x,\n"), (Rows{{"", "", ""}, {"", "x", ""}}));
}

TEST(CsvSplitter, QuotedNewlineAdvancesLineNumbers) {
  CsvReader reader("a,\"two\r\nlines\",b\r\nc,d\r\n\r\ne\r\n");
  const CsvRecord* r = reader.Next();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->line, 1u);
  EXPECT_TRUE(r->quoted_newline);
  ASSERT_EQ(r->fields.size(), 3u);
  EXPECT_EQ(r->fields[1], "two\r\nlines");
  r = reader.Next();
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->line, 3u);
  EXPECT_FALSE(r->quoted_newline);
  r = reader.Next();  // the blank line 4 is skipped
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->line, 5u);
  EXPECT_EQ(r->fields[0], "e");
  EXPECT_EQ(reader.Next(), nullptr);
  EXPECT_TRUE(reader.status().ok());
}

TEST(CsvSplitter, EndOfFileByteAndBomAreIgnored) {
  EXPECT_EQ(MustSplit("\xEF\xBB\xBFx,y\r\n\x1A"), (Rows{{"x", "y"}}));
  EXPECT_EQ(MustSplit("x\r\n\x1A\r\n"), (Rows{{"x"}}));
  // A 0x1A inside data is data.
  EXPECT_EQ(MustSplit("x\x1Ay\n"), (Rows{{"x\x1Ay"}}));
}

TEST(CsvSplitter, UnterminatedQuoteFailsWithItsLine) {
  auto result = SplitCsv("a,b\r\nc,\"open\r\nmore\r\n");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("line 2"), std::string::npos)
      << result.status().message();
}

TEST(CsvSplitter, StrayTextAfterClosingQuoteIsKept) {
  EXPECT_EQ(MustSplit("\"ab\"c,d\n"), (Rows{{"abc", "d"}}));
}

TEST(CsvSplitter, OtherSeparatorAndBlankLinesKept) {
  CsvOptions options;
  options.separator = ';';
  options.skip_blank_lines = false;
  EXPECT_EQ(MustSplit("a;\"b;c\"\n\nd\n", options), (Rows{{"a", "b;c"}, {""}, {"d"}}));
}

TEST(CsvSplitter, ViewsOfEscapedFieldsSurviveManyEscapes) {
  std::string row;
  Rows expected(1);
  for (int i = 0; i < 200; ++i) {
    row += "\"q\"\"" + std::to_string(i) + "\",";
    expected[0].push_back("q\"" + std::to_string(i));
  }
  row += "end\n";
  expected[0].push_back("end");
  EXPECT_EQ(MustSplit(row), expected);
}

// Every line of the 2021-07 sdn.csv is one 12-field record (the file has no quoted newlines).
TEST(CsvSplitter, RealOfacFileSplitsIntoTwelveFieldRecords) {
  std::ifstream in(std::string(EMBARGO_SHARED_DIR) + "/data/lists/ofac/sdn-csv-2021-07/sdn.csv",
                   std::ios::binary);
  ASSERT_TRUE(in);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string content = buffer.str();
  size_t lines = 0;
  for (char c : content) lines += c == '\n';
  CsvReader reader(content);
  size_t records = 0;
  size_t last_line = 0;
  while (const CsvRecord* r = reader.Next()) {
    ++records;
    EXPECT_EQ(r->fields.size(), 12u) << "line " << r->line;
    EXPECT_GT(r->line, last_line);
    last_line = r->line;
  }
  EXPECT_TRUE(reader.status().ok());
  EXPECT_EQ(records, lines);  // each record ends in CRLF; the 0x1A after the last is not a record
  EXPECT_EQ(records, 8976u);
}

}  // namespace
}  // namespace embargo::lists
