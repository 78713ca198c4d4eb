// Loading lists through the public API: format detection from content, folders, the reference
// set, and failures that name the file and keep nothing half-loaded.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "embargo/lists.h"

namespace embargo {
namespace {

const std::string kLists = std::string(EMBARGO_SHARED_DIR) + "/data/lists";

std::string TempFile(const std::string& name, const std::string& content) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(ListsLoad, DetectsEveryFormatFromContent) {
  EXPECT_EQ(*DetectListFormat(kLists + "/un/consolidated-2026-05-08.xml"), ListFormat::kUnXml);
  EXPECT_EQ(*DetectListFormat(kLists + "/ofac/sdn-csv-2021-07/sdn.csv"), ListFormat::kOfacSdnCsv);
  EXPECT_EQ(*DetectListFormat(kLists + "/ofac/consolidated-nonsdn-2026-01-08.xml"), ListFormat::kOfacXml);
  EXPECT_EQ(*DetectListFormat(kLists + "/uk/ofsi-conlist-2018-04-13.csv"), ListFormat::kUkConListCsv);
  EXPECT_EQ(*DetectListFormat(kLists + "/eu/fsf-xml-1.0-legacy-2016-02-11-subset.xml"), ListFormat::kEuFsfXml);
  // A companion file is recognized and refused with advice.
  auto alt = DetectListFormat(kLists + "/ofac/sdn-csv-2021-07/alt.csv");
  ASSERT_FALSE(alt.ok());
  EXPECT_NE(alt.status().message().find("sdn.csv"), std::string::npos);
  // The name does not matter: a UN list under a misleading name is still a UN list.
  std::ifstream in(kLists + "/un/consolidated-2017-06-20.xml", std::ios::binary);
  std::string content((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(*DetectListFormat(TempFile("misnamed.csv", content)), ListFormat::kUnXml);
}

TEST(ListsLoad, OfacSetReadsItsCompanions) {
  auto set = LoadList(kLists + "/ofac/sdn-csv-2021-07/sdn.csv");
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_EQ(set->entities.size(), 8976u);
  size_t aliases = 0, addresses = 0;
  for (const Entity& e : set->entities) {
    aliases += e.names.size() - 1;
    addresses += e.addresses.size();
  }
  EXPECT_GT(aliases, 11910u);  // alt.csv rows plus weak aliases from remarks
  EXPECT_EQ(addresses, 13837u);
}

TEST(ListsLoad, ReferenceSetAndFolders) {
  auto all = LoadLists(ReferenceListPaths(kLists));
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 6u);
  EXPECT_EQ((*all)[0].source, "un");
  EXPECT_NE((*all)[0].Find("un:KPi.040"), nullptr);
  // A folder: every list file in it, companions skipped.
  auto folder = LoadLists({kLists + "/ofac/sdn-csv-2021-07"});
  ASSERT_TRUE(folder.ok()) << folder.status().ToString();
  EXPECT_EQ(folder->size(), 1u);
  EXPECT_FALSE(LoadLists({kLists + "/no-such-folder"}).ok());
}

TEST(ListsLoad, TruncatedFileFailsWholeWithItsName) {
  std::ifstream in(kLists + "/un/consolidated-2026-05-08.xml", std::ios::binary);
  std::string content((std::istreambuf_iterator<char>(in)), {});
  std::string path = TempFile("truncated-un.xml", content.substr(0, content.size() / 2));
  auto r = LoadList(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("truncated-un.xml"), std::string::npos) << r.status().ToString();
  EXPECT_FALSE(LoadList(TempFile("empty.xml", "")).ok());
  EXPECT_FALSE(LoadList(TempFile("garbage.bin", "\x01\x02 not a list")).ok());
}

TEST(ListsLoad, FtmExportRoundTrips) {
  auto un = LoadList(kLists + "/un/consolidated-2026-05-08.xml");
  ASSERT_TRUE(un.ok());
  std::string lines;
  for (const Entity& e : un->entities) lines += ToFtmJson(e);
  auto back = LoadList(TempFile("export.ftm.json", lines));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_EQ(back->entities.size(), un->entities.size());
  const Entity* e = back->Find("un:KPi.040");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->names.size(), un->Find("un:KPi.040")->names.size());
}

}  // namespace
}  // namespace embargo
