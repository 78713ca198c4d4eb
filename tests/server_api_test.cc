// The HTTP API end to end: a real server on a loopback port, driven over HTTP, answering from
// the UN Consolidated List and the UK HMT list.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "server/api.h"
#include "server/http_client.h"
#include "server/http_server.h"
#include "server/list_state.h"

namespace embargo::server {
namespace {

using nlohmann::json;

constexpr char kClientKey[] = "client-key-7f3a9c";
constexpr char kAdminKey[] = "admin-key-2b8e41";

std::vector<std::string> TestLists() {
  const std::string dir = std::string(EMBARGO_SHARED_DIR) + "/data/lists/";
  return {dir + "un/consolidated-2026-05-08.xml", dir + "uk/hmt-conlist-2016-02-12-subset.csv"};
}

class ServerApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    state_ = std::make_unique<ListState>(MakeFileLoader(
        TestLists(), std::string(EMBARGO_SOURCE_DIR) + "/" + std::string(kDprkRegimeFile)));
    ReloadReport report = state_->Reload();
    ASSERT_TRUE(report.ok) << report.message;
    ServerConfig config;
    config.key_policy = KeyPolicy::kAlways;
    config.keys = {{"client", HashApiKey(kClientKey), KeyRole::kClient},
                   {"ops", HashApiKey(kAdminKey), KeyRole::kAdmin}};
    config.limits.max_body_bytes = 64 << 10;
    config.collections["dprk_only"] = {"un_dprk"};
    metrics_ = std::make_unique<Metrics>();
    auto api = Api::Create(config, *state_, *metrics_);
    ASSERT_TRUE(api.ok()) << api.status().ToString();
    api_ = std::move(*api);
    auto server = HttpServer::Start(*api_, *metrics_, "127.0.0.1", 0, 2);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(*server);
  }
  static void TearDownTestSuite() {
    server_.reset();  // before what it serves from
    api_.reset();
    metrics_.reset();
    state_.reset();
  }

  void SetUp() override {
    ASSERT_NE(server_, nullptr);
    auto client = HttpClient::Connect("127.0.0.1", server_->port());
    ASSERT_TRUE(client.ok()) << client.status().ToString();
    client_ = std::move(*client);
  }

  ClientResponse Send(std::string_view method, std::string_view target, std::string_view body = {},
                      const char* key = kClientKey) {
    std::vector<std::pair<std::string, std::string>> headers;
    if (key) headers.emplace_back("Authorization", std::string("ApiKey ") + key);
    auto r = client_->Send(method, target, body, headers);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : ClientResponse{};
  }

  json Match(std::string_view target, const json& body, int expect_status = 200) {
    ClientResponse r = Send("POST", target, body.dump());
    EXPECT_EQ(r.status, expect_status) << r.body;
    return json::parse(r.body, nullptr, false);
  }

  static json OneQuery(const std::string& schema, const json& properties) {
    return {{"queries", {{"q1", {{"schema", schema}, {"properties", properties}}}}}};
  }

  static std::vector<std::string> Ids(const json& results) {
    std::vector<std::string> ids;
    for (const json& r : results) ids.push_back(r.value("id", ""));
    return ids;
  }

  static inline std::unique_ptr<ListState> state_;
  static inline std::unique_ptr<Metrics> metrics_;
  static inline std::unique_ptr<Api> api_;
  static inline std::unique_ptr<HttpServer> server_;
  std::unique_ptr<HttpClient> client_;
};

TEST_F(ServerApiTest, MatchFindsListedPersonWithExplanation) {
  json body = {{"queries",
                {{"cust-001",
                  {{"schema", "Person"},
                   {"properties", {{"name", {"CHO IL U"}}, {"birthDate", "1945"}}}}}}}};
  json out = Match("/match/default", body);
  ASSERT_TRUE(out.contains("responses")) << out.dump();
  const json& r = out["responses"]["cust-001"];
  EXPECT_EQ(r["status"], 200);
  ASSERT_FALSE(r["results"].empty()) << r.dump();
  const json& top = r["results"][0];
  EXPECT_EQ(top["id"], "un:KPi.040");
  EXPECT_EQ(top["schema"], "Person");
  EXPECT_TRUE(top["match"].get<bool>());
  EXPECT_GE(top["score"].get<double>(), 0.8);
  EXPECT_LE(top["score"].get<double>(), 1.0);
  EXPECT_TRUE(top["properties"].contains("name")) << top.dump();
  EXPECT_TRUE(top["explanations"].contains("name_match"));
  EXPECT_FALSE(top["explanations"]["name_match"]["candidate"].get<std::string>().empty());
  EXPECT_GE(r["total"]["value"].get<int>(), 1);
  EXPECT_EQ(r["total"]["relation"], "eq");
  EXPECT_EQ(r["query"]["schema"], "Person");
  EXPECT_EQ(r["query"]["properties"]["birthDate"], json::array({"1945"}));  // string -> list
  EXPECT_EQ(out["limit"], 5);
}

TEST_F(ServerApiTest, MatchParametersFilterResults) {
  json query = OneQuery("Person", {{"name", "CHO IL U"}});
  auto ids = Ids(Match("/match/default", query)["responses"]["q1"]["results"]);
  ASSERT_FALSE(ids.empty());
  ASSERT_EQ(ids[0], "un:KPi.040");

  auto excluded = Ids(
      Match("/match/default?exclude_entity_ids=un:KPi.040", query)["responses"]["q1"]["results"]);
  EXPECT_EQ(std::count(excluded.begin(), excluded.end(), "un:KPi.040"), 0);

  auto uk_only = Match("/match/default?include_dataset=uk&cutoff=0.01", query);
  for (const std::string& id : Ids(uk_only["responses"]["q1"]["results"]))
    EXPECT_EQ(id.rfind("uk:", 0), 0u) << id;

  auto by_path = Ids(Match("/match/uk?cutoff=0.01", query)["responses"]["q1"]["results"]);
  for (const std::string& id : by_path) EXPECT_EQ(id.rfind("uk:", 0), 0u) << id;

  auto un_dprk = Match("/match/un_dprk?cutoff=0.01&limit=20", query);
  ASSERT_FALSE(un_dprk["responses"]["q1"]["results"].empty());
  for (const json& r : un_dprk["responses"]["q1"]["results"])
    EXPECT_NE(std::find(r["datasets"].begin(), r["datasets"].end(), "un_dprk"), r["datasets"].end())
        << r["id"];

  auto dprk = Match("/match/dprk_only", query);
  ASSERT_FALSE(dprk["responses"]["q1"]["results"].empty());
  EXPECT_EQ(dprk["responses"]["q1"]["results"][0]["id"], "un:KPi.040");

  auto persons_out = Match("/match/default?exclude_schema=Person&cutoff=0.01", query);
  for (const json& r : persons_out["responses"]["q1"]["results"]) EXPECT_NE(r["schema"], "Person");

  auto limited = Match("/match/default?limit=1&cutoff=0.01", query);
  EXPECT_EQ(limited["responses"]["q1"]["results"].size(), 1u);
  EXPECT_EQ(limited["limit"], 1);

  auto strict = Match("/match/default?threshold=1&cutoff=0.01", query);
  for (const json& r : strict["responses"]["q1"]["results"])
    EXPECT_EQ(r["match"].get<bool>(), r["score"].get<double>() >= 1.0);

  EXPECT_EQ(Match("/match/default?algorithm=best", query)["algorithm"], "best");
}

TEST_F(ServerApiTest, MatchRejectsBadRequestsAsYente) {
  EXPECT_TRUE(
      Match("/match/nosuchlist", OneQuery("Person", {{"name", "x"}}), 404).contains("detail"));
  EXPECT_TRUE(
      Match("/match/default", OneQuery("Spaceship", {{"name", "x"}}), 400).contains("detail"));
  json no_schema = {{"queries", {{"a", {{"properties", {{"name", "x"}}}}}}}};
  EXPECT_TRUE(Match("/match/default", no_schema, 422).contains("detail"));
  EXPECT_TRUE(Match("/match/default?limit=501", OneQuery("Person", {{"name", "x"}}), 422)
                  .contains("detail"));
  EXPECT_TRUE(Match("/match/default?algorithm=magic", OneQuery("Person", {{"name", "x"}}), 400)
                  .contains("detail"));

  ClientResponse bad_json = Send("POST", "/match/default", "{\"queries\": {\"a\": ");
  EXPECT_EQ(bad_json.status, 400);
  EXPECT_TRUE(json::parse(bad_json.body).contains("detail"));

  json many = {{"queries", json::object()}};
  for (int i = 0; i <= 100; ++i)
    many["queries"]["q" + std::to_string(i)] = {{"schema", "Person"},
                                                {"properties", {{"name", "A B"}}}};
  json too_many = Match("/match/default", many, 400);
  EXPECT_NE(too_many["detail"].get<std::string>().find("100"), std::string::npos);
  many["queries"].erase("q0");
  EXPECT_EQ(Match("/match/default", many)["responses"].size(), 100u);

  // A bad property fails its own query only.
  json mixed = {
      {"queries",
       {{"good", {{"schema", "Person"}, {"properties", {{"name", "CHO IL U"}}}}},
        {"bad",
         {{"schema", "Person"}, {"properties", {{"name", "X"}, {"birthDate", "not a date"}}}}}}}};
  json out = Match("/match/default", mixed);
  EXPECT_EQ(out["responses"]["good"]["status"], 200);
  EXPECT_EQ(out["responses"]["bad"]["status"], 400);
  EXPECT_NE(out["responses"]["bad"]["detail"].get<std::string>().find("birthDate"),
            std::string::npos);
}

TEST_F(ServerApiTest, OversizedBodyIs413) {
  std::string big = "{\"queries\": {\"a\": {\"schema\": \"Person\", \"properties\": {\"name\": \"" +
                    std::string(100 << 10, 'A') + "\"}}}}";
  ClientResponse r = Send("POST", "/match/default", big);
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(json::parse(r.body)["code"], "body_too_large");
}

TEST_F(ServerApiTest, OversizedHeaderIs431AndGarbageIs400) {
  auto raw = HttpClient::Connect("127.0.0.1", server_->port());
  ASSERT_TRUE(raw.ok());
  auto r = (*raw)->SendRaw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'b') +
                           "\r\n\r\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, 431);
  auto garbage = HttpClient::Connect("127.0.0.1", server_->port());
  ASSERT_TRUE(garbage.ok());
  r = (*garbage)->SendRaw("GET /healthz HTTP/1.1\r\nHost x\r\n\r\n");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, 400);
}

TEST_F(ServerApiTest, KeysAreRequiredAndChecked) {
  json q = OneQuery("Person", {{"name", "CHO IL U"}});
  ClientResponse missing = Send("POST", "/match/default", q.dump(), nullptr);
  EXPECT_EQ(missing.status, 401);
  EXPECT_TRUE(json::parse(missing.body).contains("detail"));
  EXPECT_FALSE(missing.headers["www-authenticate"].empty());
  EXPECT_EQ(Send("POST", "/match/default", q.dump(), "wrong-key").status, 401);
  EXPECT_EQ(Send("GET", "/catalog", {}, nullptr).status, 401);
  EXPECT_EQ(Send("GET", "/metrics", {}, nullptr).status, 401);
  // Bearer works as well as ApiKey.
  auto r = client_->Send("GET", "/catalog", {},
                         {{"Authorization", std::string("Bearer ") + kClientKey}});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->status, 200);
  // Admin endpoints need an admin key.
  EXPECT_EQ(Send("POST", "/admin/reload", {}, nullptr).status, 401);
  ClientResponse client_on_admin = Send("POST", "/admin/reload", {}, kClientKey);
  EXPECT_EQ(client_on_admin.status, 403);
  EXPECT_EQ(json::parse(client_on_admin.body)["code"], "forbidden");
  // Liveness, readiness and the API description are public.
  EXPECT_EQ(Send("GET", "/healthz", {}, nullptr).status, 200);
  EXPECT_EQ(Send("GET", "/readyz", {}, nullptr).status, 200);
  EXPECT_EQ(Send("GET", "/openapi.json", {}, nullptr).status, 200);
}

TEST_F(ServerApiTest, SearchAndEntities) {
  ClientResponse s = Send("GET", "/search/default?q=CHO%20IL%20U");
  ASSERT_EQ(s.status, 200) << s.body;
  json results = json::parse(s.body)["results"];
  ASSERT_FALSE(results.empty());
  EXPECT_EQ(results[0]["id"], "un:KPi.040");
  EXPECT_EQ(Send("GET", "/search/default").status, 422);

  ClientResponse e = Send("GET", "/entities/un:KPi.040");
  ASSERT_EQ(e.status, 200) << e.body;
  json entity = json::parse(e.body);
  EXPECT_EQ(entity["id"], "un:KPi.040");
  EXPECT_EQ(entity["schema"], "Person");
  EXPECT_NE(std::find(entity["datasets"].begin(), entity["datasets"].end(), "un"),
            entity["datasets"].end());
  ClientResponse own = Send("GET", "/entities/un%3AKPi.040?format=embargo");
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(json::parse(own.body)["id"], "un:KPi.040");
  ClientResponse missing = Send("GET", "/entities/un:KPi.99999");
  EXPECT_EQ(missing.status, 404);
  EXPECT_TRUE(json::parse(missing.body).contains("detail"));
}

TEST_F(ServerApiTest, CatalogAlgorithmsAndHealth) {
  json catalog = json::parse(Send("GET", "/catalog").body);
  ASSERT_EQ(catalog["lists"].size(), 2u);
  EXPECT_EQ(catalog["lists"][0]["source"], "un");
  EXPECT_EQ(catalog["lists"][0]["version"], "2026-05-08");
  EXPECT_GT(catalog["lists"][0]["entities"].get<int>(), 900);
  EXPECT_GE(catalog["generation"].get<int>(), 1);
  bool has_un_dprk = false;
  for (const json& d : catalog["datasets"]) has_un_dprk |= d["name"] == "un_dprk";
  EXPECT_TRUE(has_un_dprk) << catalog["datasets"].dump();

  json algorithms = json::parse(Send("GET", "/algorithms").body);
  EXPECT_EQ(algorithms["default"], "embargo");
  EXPECT_EQ(json::parse(Send("GET", "/readyz").body)["status"], "ready");
  EXPECT_EQ(Send("GET", "/nowhere").status, 404);
  ClientResponse wrong_method = Send("GET", "/match/default");
  EXPECT_EQ(wrong_method.status, 405);
  EXPECT_EQ(wrong_method.headers["allow"], "POST");
}

TEST_F(ServerApiTest, MetricsCountRequestsAndListVersions) {
  Match("/match/default", OneQuery("Person", {{"name", "CHO IL U"}}));
  ClientResponse m = Send("GET", "/metrics");
  ASSERT_EQ(m.status, 200);
  EXPECT_NE(m.headers["content-type"].find("text/plain"), std::string::npos);
  EXPECT_NE(m.body.find("embargo_http_requests_total{route=\"/match/{dataset}\",status=\"200\"}"),
            std::string::npos);
  EXPECT_NE(
      m.body.find(
          "embargo_http_request_duration_seconds_bucket{route=\"/match/{dataset}\",le=\"+Inf\"}"),
      std::string::npos);
  EXPECT_NE(m.body.find("embargo_list_entities{source=\"un\",version=\"2026-05-08\""),
            std::string::npos);
}

TEST_F(ServerApiTest, OpenApiDocumentsEveryRoute) {
  ClientResponse r = Send("GET", "/openapi.json", {}, nullptr);
  json doc = json::parse(r.body, nullptr, false);
  ASSERT_TRUE(doc.is_object());
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const char* path :
       {"/match/{dataset}", "/search/{dataset}", "/entities/{id}", "/catalog", "/algorithms",
        "/healthz", "/readyz", "/metrics", "/openapi.json", "/admin/reload", "/transactions/check"})
    EXPECT_TRUE(doc["paths"].contains(path)) << path;
  for (Route route = Route::kMatch; route != Route::kNotFound;
       route = static_cast<Route>(static_cast<int>(route) + 1))
    EXPECT_TRUE(doc["paths"].contains(std::string(RouteName(route)))) << RouteName(route);
}

// 2371 OP8: "The DPRK shall not supply, sell or transfer ... coal" (from 5 August 2017).
TEST_F(ServerApiTest, TransactionCheckAppliesTheRegime) {
  ClientResponse coal = Send(
      "POST", "/transactions/check",
      R"({"id":"T1","date":"2017-10-02","origin":"KP","destination":"CN","goods":[{"hs":"2701"}]})");
  ASSERT_EQ(coal.status, 200) << coal.body;
  json result = json::parse(coal.body);
  EXPECT_EQ(result["id"], "T1");
  EXPECT_EQ(result["verdict"], "prohibited");
  bool cites_2371 = false;
  for (const json& f : result["findings"]) cites_2371 |= f["resolution"] == "2371";
  EXPECT_TRUE(cites_2371) << coal.body;

  // 1718 OP8(d) asset freeze: the consignee is KPe.022 under its listed name.
  ClientResponse party = Send("POST", "/transactions/check",
                              R"({"id":"T2","date":"2019-01-01","origin":"cn","destination":"sg",
                                  "goods":[{"hs":"1701","description":"sugar"}],
                                  "parties":[{"name":"Chongchongang Shipping Company",
                                              "role":"consignee"}]})");
  ASSERT_EQ(party.status, 200) << party.body;
  result = json::parse(party.body);
  EXPECT_EQ(result["verdict"], "prohibited") << party.body;
  bool hit = false;
  for (const json& f : result["findings"])
    for (const json& h : f.value("hits", json::array())) hit |= h["entity_id"] == "un:KPe.022";
  EXPECT_TRUE(hit) << party.body;

  ClientResponse bad = Send("POST", "/transactions/check", R"({"id":"T3","date":"2017-02-30"})");
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(json::parse(bad.body)["message"].get<std::string>().find("date"), std::string::npos);
  EXPECT_EQ(Send("POST", "/transactions/check", "{}", nullptr).status, 401);
}

TEST_F(ServerApiTest, KeepAliveConnectionServesManyRequests) {
  for (int i = 0; i < 50; ++i) {
    ClientResponse r = Send("GET", "/healthz");
    ASSERT_EQ(r.status, 200);
    ASSERT_TRUE(r.keep_alive);
  }
}

TEST(ServerConfigTest, HashesKeysWithSha256) {
  // FIPS 180-2 test vector.
  EXPECT_EQ(HashApiKey("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  auto key = GenerateApiKey();
  ASSERT_TRUE(key.ok());
  EXPECT_EQ(key->size(), 64u);
}

TEST(ServerConfigTest, KeysRequiredBeyondLoopback) {
  ServerConfig config;
  config.host = "127.0.0.1";
  EXPECT_FALSE(*KeysRequired(config));
  config.host = "0.0.0.0";
  EXPECT_FALSE(KeysRequired(config).ok());  // no keys configured: refuse to run open
  config.keys.push_back({"k", HashApiKey("k"), KeyRole::kClient});
  EXPECT_TRUE(*KeysRequired(config));
}

TEST(ServerConfigTest, ExampleConfigLoads) {
  auto config = LoadServerConfig(std::string(EMBARGO_SOURCE_DIR) + "/config/embargo.example.yaml");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->host, "127.0.0.1");
  ASSERT_EQ(config->keys.size(), 2u);
  EXPECT_EQ(config->keys[0].sha256, HashApiKey("example-client-key"));
  EXPECT_EQ(config->keys[1].sha256, HashApiKey("example-admin-key"));
  EXPECT_EQ(config->keys[1].role, KeyRole::kAdmin);
  EXPECT_EQ(config->limits.max_queries, 100u);
}

TEST(ServerConfigTest, ParsesYamlAndNamesBadKeys) {
  auto config = ParseServerConfig(R"(
listen: 0.0.0.0:9000
lists: [un.xml, /abs/ofac.csv]
datasets:
  dprk: [un_dprk, ofac_dprk3]
auth:
  require_keys: always
  keys:
    - {name: ops, sha256: ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad, role: admin}
limits: {max_body_bytes: 1000, max_queries: 10}
timeouts: {idle_seconds: 5}
)",
                                  "test.yaml", "/etc/embargo");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->host, "0.0.0.0");
  EXPECT_EQ(config->port, 9000);
  EXPECT_EQ(config->lists, (std::vector<std::string>{"/etc/embargo/un.xml", "/abs/ofac.csv"}));
  EXPECT_EQ(config->collections["dprk"].size(), 2u);
  EXPECT_EQ(config->key_policy, KeyPolicy::kAlways);
  EXPECT_EQ(config->keys.at(0).role, KeyRole::kAdmin);
  EXPECT_EQ(config->limits.max_body_bytes, 1000u);
  EXPECT_EQ(config->limits.max_queries, 10u);
  EXPECT_EQ(config->limits.idle_seconds, 5);

  auto bad = ParseServerConfig("auth:\n  keys:\n    - {sha256: nothex}\n", "bad.yaml", "");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("auth.keys[0].sha256"), std::string::npos);
  auto bad_port = ParseServerConfig("listen: 1.2.3.4:99999\n", "port.yaml", "");
  ASSERT_FALSE(bad_port.ok());
  EXPECT_NE(bad_port.status().message().find("listen"), std::string::npos);
  // A limit beyond what a size holds is refused, not wrapped (found by fuzzing).
  auto huge = ParseServerConfig("limits: {max_body_bytes: 5e128}\n", "huge.yaml", "");
  ASSERT_FALSE(huge.ok());
  EXPECT_NE(huge.status().message().find("limits.max_body_bytes: too large"), std::string::npos);
}

}  // namespace
}  // namespace embargo::server
