// The transaction parser: what it accepts, and errors that name the bad field.
#include <gtest/gtest.h>

#include <string>

#include "embargo/regime.h"

namespace embargo {
namespace {

constexpr const char* kFull = R"({
  "id": "T-1", "date": "2018-03-01", "origin": "CN", "destination": "KP", "transit": ["ru"],
  "parties": [{"name": "Dandong Trading", "role": "seller", "country": "cn", "kind": "organization",
               "ids": {"registration": "91210600", "lei": 5493001}}],
  "goods": [{"hs": "8703.23", "description": "passenger car", "quantity": 2, "unit": "pcs",
             "value": 40000, "currency": "USD"}],
  "vessel": {"imo": "IMO 9191773", "name": "BILLIONS NO. 18", "flag": "PW"},
  "payment": {"currency": "USD", "amount": 40000, "banks": [{"name": "Bank A", "country": "cn"}]}
})";

TEST(TransactionTest, ParsesEveryField) {
  Result<Transaction> tx = ParseTransaction(kFull);
  ASSERT_TRUE(tx.ok()) << tx.status().ToString();
  EXPECT_EQ(tx->id, "T-1");
  EXPECT_EQ(tx->origin, "cn");
  EXPECT_EQ(tx->destination, "kp");
  ASSERT_EQ(tx->transit.size(), 1u);
  EXPECT_EQ(tx->transit[0], "ru");
  ASSERT_EQ(tx->parties.size(), 1u);
  EXPECT_EQ(tx->parties[0].role, PartyRole::kSeller);
  EXPECT_EQ(tx->parties[0].ids.at("lei"), "5493001");
  ASSERT_EQ(tx->goods.size(), 1u);
  EXPECT_EQ(tx->goods[0].hs, "870323");
  EXPECT_EQ(*tx->goods[0].value, 40000);
  ASSERT_TRUE(tx->vessel);
  EXPECT_EQ(tx->vessel->flag, "pw");
  ASSERT_TRUE(tx->payment);
  EXPECT_EQ(tx->payment->banks[0].role, PartyRole::kBank);
}

struct BadCase {
  const char* json;
  const char* field;  // the message must start with it
};

class BadTransactionTest : public testing::TestWithParam<BadCase> {};

TEST_P(BadTransactionTest, NamesTheField) {
  Result<Transaction> tx = ParseTransaction(GetParam().json);
  ASSERT_FALSE(tx.ok()) << GetParam().json;
  EXPECT_EQ(tx.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(tx.status().message().starts_with(GetParam().field)) << tx.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Fields, BadTransactionTest,
    testing::Values(
        BadCase{R"({"id":"1","date":"2017-02-30","origin":"kp","destination":"cn"})", "date:"},
        BadCase{R"({"id":"1","date":"2017-13-01","origin":"kp","destination":"cn"})", "date:"},
        BadCase{R"({"id":"1","date":"1 May 2017","origin":"kp","destination":"cn"})", "date:"},
        BadCase{R"({"id":"1","origin":"kp","destination":"cn"})", "date:"},
        BadCase{R"({"id":"1","date":"2017-05-01","destination":"cn"})", "origin:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp"})", "destination:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"North Korea","destination":"cn"})",
                "origin:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"qq","destination":"cn"})", "origin:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "goods":[{"hs":"27AB"}]})",
                "goods[0].hs:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "goods":[{"hs":"2701"},{"hs":"1"}]})",
                "goods[1].hs:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "goods":[{"hs":"27011234567"}]})",
                "goods[0].hs:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "goods":[{"hs":2701}]})",
                "goods[0].hs:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "goods":[{"hs":"2701","value":"lots"}]})",
                "goods[0].value:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "parties":[{"name":"A","role":"smuggler"}]})",
                "parties[0].role:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "parties":[{"role":"buyer"}]})",
                "parties[0].name:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "vessel":{"imo":"12345"}})",
                "vessel.imo:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "transit":["zz"]})",
                "transit[0]:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn",
                    "payment":{"banks":[{"name":"B","country":"xx"}]}})",
                "payment.banks[0].country:"},
        BadCase{R"({"id":"1","date":"2017-05-01","origin":"kp","destination":"cn","goods":{}})",
                "goods:"},
        BadCase{R"({"id":"1","date":"2017-05-01")", "transaction:"},
        BadCase{R"([1,2])", "transaction:"}));

TEST(TransactionTest, ResultJsonCarriesCitations) {
  CheckResult result;
  result.id = "T-9";
  result.verdict = Verdict::kProhibited;
  Finding f;
  f.verdict = Verdict::kProhibited;
  f.measure_id = "m";
  f.resolution = "2371";
  f.paragraph = "8";
  f.hs = "2701";
  f.date = "2017-10-02";
  f.why = "coal";
  result.findings.push_back(f);
  const std::string json = CheckResultToJson(result);
  EXPECT_NE(json.find(R"("verdict":"prohibited")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("resolution":"2371")"), std::string::npos) << json;
  EXPECT_NE(json.find(R"("hs":"2701")"), std::string::npos) << json;
  EXPECT_EQ(json.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace embargo
