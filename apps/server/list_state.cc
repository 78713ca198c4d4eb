#include "server/list_state.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>

#include "model/text_util.h"

namespace embargo::server {
namespace {


FtmText RenderFtm(const Entity& entity) {
  nlohmann::json ftm = nlohmann::json::parse(ToFtmJson(entity), nullptr, false);
  FtmText out;
  if (ftm.is_object()) {
    if (auto s = ftm.find("schema"); s != ftm.end() && s->is_string()) out.schema = *s;
    if (auto p = ftm.find("properties"); p != ftm.end() && p->is_object())
      out.properties = p->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  if (out.properties.empty()) out.properties = "{}";
  return out;
}

// Rendering every entity takes about a second for the reference set: spread over the cores.
std::unordered_map<const Entity*, FtmText> RenderAllFtm(const std::vector<ListSnapshot>& lists) {
  std::vector<const Entity*> entities;
  for (const ListSnapshot& list : lists)
    for (const Entity& entity : list.entities) entities.push_back(&entity);
  std::vector<FtmText> texts(entities.size());
  const size_t workers = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
  std::vector<std::thread> threads;
  for (size_t w = 0; w < workers; ++w)
    threads.emplace_back([&, w] {
      for (size_t i = w; i < entities.size(); i += workers) texts[i] = RenderFtm(*entities[i]);
    });
  for (std::thread& t : threads) t.join();
  std::unordered_map<const Entity*, FtmText> out;
  out.reserve(entities.size());
  for (size_t i = 0; i < entities.size(); ++i) out.emplace(entities[i], std::move(texts[i]));
  return out;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::optional<IdType> PartyIdType(const std::string& key) {
  if (key == "bic" || key == "swift") return IdType::kSwiftBic;
  if (key == "tax") return IdType::kTaxId;
  if (key == "lei") return IdType::kRegistration;
  return ParseIdType(key);
}

// Letters and digits only, ASCII in lower case: "Co., Ltd." and "CO LTD" fold alike.
std::string Fold(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80))
      out += c;
  }
  return out;
}

// The regime treats an exact hit (same identifier, or same name after folding) as certain.
bool ExactHit(const Match& m) {
  if (m.score >= 1.0 || Fold(m.query_name) == Fold(m.matched_name)) return true;
  for (const Evidence& e : m.evidence)
    if (e.kind == "identifier" && e.effect > 0) return true;
  return false;
}

// The regime's parties are screened with the fuzzy screener, so "Chon Ma San" finds "CHONMASAN".
PartyMatcher MakeScreenerPartyMatcher(std::shared_ptr<const Screener> screener) {
  return [screener = std::move(screener)](const Party& party) {
    Query query;
    if (!party.name.empty()) query.names.push_back(party.name);
    if (!party.kind.empty()) query.kind = ParseEntityKind(party.kind);
    if (!party.country.empty()) query.countries.push_back(party.country);
    for (const auto& [key, value] : party.ids)
      if (auto type = PartyIdType(key)) query.identifiers.push_back({*type, value, "", key, ""});
    std::vector<PartyHit> hits;
    if (query.names.empty() && query.identifiers.empty()) return hits;
    for (const Match& m : screener->Screen(query)) {
      if (!m.match) continue;
      PartyHit hit;
      hit.entity_id = m.entity->id;
      hit.name = m.entity->names.empty() ? "" : m.entity->primary_name().full;
      hit.source = m.entity->source;
      hit.program = m.entity->programs.empty() ? "" : m.entity->programs.front();
      hit.reference = m.entity->reference;
      hit.score = m.score;
      hit.matched_name = m.matched_name;
      hit.match_kind = m.summary.empty() ? "name" : m.summary;
      hit.exact = ExactHit(m);
      hits.push_back(std::move(hit));
    }
    return hits;
  };
}

}  // namespace

std::string UtcNow() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}


const DatasetInfo* LoadedIndex::FindDataset(std::string_view name) const {
  auto it = std::lower_bound(datasets.begin(), datasets.end(), name,
                             [](const DatasetInfo& d, std::string_view n) { return d.name < n; });
  return it != datasets.end() && it->name == name ? &*it : nullptr;
}

Result<std::shared_ptr<LoadedIndex>> BuildIndex(std::vector<ListSnapshot> lists,
                                                std::optional<Regime> regime) {
  auto index = std::make_shared<LoadedIndex>();
  std::map<std::string, DatasetInfo> datasets;
  for (const ListSnapshot& list : lists)
    for (const Entity& entity : list.entities)
      for (std::string& name : EntityDatasets(entity)) {
        DatasetInfo& d = datasets[name];
        d.name = std::move(name);
        ++d.entities;
      }
  for (auto& [name, info] : datasets) index->datasets.push_back(std::move(info));
  Result<std::shared_ptr<const Screener>> screener = Screener::Build(std::move(lists));
  if (!screener.ok()) return screener.status();
  index->screener = std::move(*screener);
  index->ftm = RenderAllFtm(index->screener->lists());
  index->regime = std::move(regime);
  if (index->regime) index->party_matcher = MakeScreenerPartyMatcher(index->screener);
  index->loaded_at = UtcNow();
  return index;
}

IndexLoader MakeFileLoader(std::vector<std::string> list_paths, std::string regime_path) {
  return [list_paths = std::move(list_paths),
          regime_path = std::move(regime_path)]() -> Result<std::shared_ptr<LoadedIndex>> {
    auto start = std::chrono::steady_clock::now();
    std::vector<std::string> paths = list_paths;
    if (paths.empty()) paths = ReferenceListPaths(DefaultListsDir());
    Result<std::vector<ListSnapshot>> lists = LoadLists(paths);
    if (!lists.ok()) return lists.status();
    std::optional<Regime> regime;
    if (!regime_path.empty()) {
      Result<Regime> loaded = Regime::Load(regime_path);
      if (!loaded.ok()) return loaded.status();
      regime = std::move(*loaded);
    }
    Result<std::shared_ptr<LoadedIndex>> index = BuildIndex(std::move(*lists), std::move(regime));
    if (index.ok()) (*index)->load_seconds = SecondsSince(start);
    return index;
  };
}

ReloadReport ListState::Reload() {
  std::unique_lock<std::mutex> lock(reload_mutex_, std::try_to_lock);
  if (!lock.owns_lock()) {
    ReloadReport busy;
    busy.busy = true;
    busy.message = "a reload is already running";
    return busy;
  }
  auto start = std::chrono::steady_clock::now();
  ReloadReport report;
  Result<std::shared_ptr<LoadedIndex>> loaded = loader_();
  if (loaded.ok()) {
    (*loaded)->generation = ++generation_;
    current_.store(std::shared_ptr<const LoadedIndex>(std::move(*loaded)));
    report.ok = true;
    report.message = "loaded";
    reloads_ok_.fetch_add(1);
  } else {
    report.message = loaded.status().ToString();
    reloads_failed_.fetch_add(1);
  }
  report.generation = generation_;
  report.seconds = SecondsSince(start);
  report.finished_at = UtcNow();
  std::lock_guard<std::mutex> guard(report_mutex_);
  last_ = report;
  return report;
}

std::optional<ReloadReport> ListState::last_reload() const {
  std::lock_guard<std::mutex> guard(report_mutex_);
  return last_;
}

}  // namespace embargo::server
