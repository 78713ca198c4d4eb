// Version diffs on the real list pairs named in the data README.
#include <gtest/gtest.h>

#include "embargo/lists.h"
#include "lists/list_diff.h"

namespace embargo {
namespace {

const std::string kUn = std::string(EMBARGO_SHARED_DIR) + "/data/lists/un/consolidated-";

lists::ListDiff Diff(const std::string& before, const std::string& after) {
  auto a = LoadList(before);
  auto b = LoadList(after);
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_TRUE(b.ok()) << b.status().ToString();
  return lists::DiffSnapshots(*a, *b);
}

TEST(ListsDiff, UnRemovesOneIndividual) {
  lists::ListDiff d = Diff(kUn + "2025-12-09.xml", kUn + "2025-12-10.xml");
  EXPECT_EQ(d.added.size(), 0u);
  ASSERT_EQ(d.removed.size(), 1u);
  EXPECT_EQ(d.removed[0].rfind("un:", 0), 0u);
  EXPECT_TRUE(d.changed.empty());
}

TEST(ListsDiff, OnlyTheListDateChanged) {
  lists::ListDiff d = Diff(kUn + "2020-11-23.xml", kUn + "2020-11-24.xml");
  EXPECT_TRUE(d.empty()) << lists::DiffToText(d);
  EXPECT_EQ(d.old_version, "2020-11-23");
  EXPECT_EQ(d.new_version, "2020-11-24");
}

TEST(ListsDiff, ThreeIndividualsRemoved) {
  lists::ListDiff d = Diff(kUn + "2017-06-30.xml", kUn + "2017-07-03.xml");
  EXPECT_EQ(d.removed.size(), 3u);
  EXPECT_TRUE(d.added.empty());
}

TEST(ListsDiff, OneIndividualAndElevenEntitiesRemoved) {
  lists::ListDiff d = Diff(kUn + "2020-11-30.xml", kUn + "2020-12-01.xml");
  EXPECT_EQ(d.removed.size(), 12u);
  size_t entities = 0;
  for (const std::string& id : d.removed) entities += id.find("e.") != std::string::npos;
  EXPECT_EQ(entities, 11u);
}

TEST(ListsDiff, FourIndividualsAdded) {
  lists::ListDiff d = Diff(kUn + "2025-12-10.xml", kUn + "2026-02-27.xml");
  EXPECT_EQ(d.added.size(), 4u);
  EXPECT_TRUE(d.removed.empty());
}

TEST(ListsDiff, TwoRecordsAmendedFieldByField) {
  lists::ListDiff d = Diff(kUn + "2025-11-20.xml", kUn + "2025-12-09.xml");
  EXPECT_TRUE(d.added.empty());
  EXPECT_TRUE(d.removed.empty());
  ASSERT_EQ(d.changed.size(), 2u);
  for (const auto& c : d.changed) EXPECT_FALSE(c.fields.empty()) << c.id;
}

TEST(ListsDiff, OfacEightRemovedNoneAdded) {
  std::string dir = std::string(EMBARGO_SHARED_DIR) + "/data/lists/ofac/";
  lists::ListDiff d = Diff(dir + "sdn-fetched-2024-05-02.csv", dir + "sdn-fetched-2024-05-03.csv");
  EXPECT_EQ(d.removed.size(), 8u);
  EXPECT_TRUE(d.added.empty());
  EXPECT_TRUE(d.changed.empty()) << lists::DiffToText(d).substr(0, 2000);
}

TEST(ListsDiff, OfacXmlComparesSemantically) {
  std::string dir = std::string(EMBARGO_SHARED_DIR) + "/data/lists/ofac/";
  lists::ListDiff d =
      Diff(dir + "consolidated-nonsdn-2025-12-18.xml", dir + "consolidated-nonsdn-2026-01-08.xml");
  // Child order differs between downloads; only real changes may show.
  EXPECT_LT(d.changed.size(), 20u) << lists::DiffToText(d).substr(0, 2000);
}

}  // namespace
}  // namespace embargo
