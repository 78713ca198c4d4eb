#include "server/list_state.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>

#include "model/text_util.h"

namespace embargo::server {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::optional<IdType> PartyIdType(const std::string& key) {
  if (key == "bic" || key == "swift") return IdType::kSwiftBic;
  if (key == "tax") return IdType::kTaxId;
  if (key == "lei") return IdType::kRegistration;
  return ParseIdType(key);
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

std::vector<std::string> EntityDatasets(const Entity& entity) {
  // The same tags Screener::Screen filters on (see screener.h).
  std::vector<std::string> out{entity.source};
  for (const std::string& program : entity.programs) {
    std::string name = AsciiLower(entity.source + "_" + program);
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

bool LoadedIndex::HasDataset(std::string_view name) const {
  return std::binary_search(datasets.begin(), datasets.end(), name);
}

IndexLoader MakeFileLoader(std::vector<std::string> list_paths, std::string regime_path) {
  return [list_paths = std::move(list_paths),
          regime_path = std::move(regime_path)]() -> Result<std::shared_ptr<LoadedIndex>> {
    auto start = std::chrono::steady_clock::now();
    std::vector<std::string> paths = list_paths;
    if (paths.empty()) paths = ReferenceListPaths(DefaultListsDir());
    Result<std::vector<ListSnapshot>> lists = LoadLists(paths);
    if (!lists.ok()) return lists.status();
    auto index = std::make_shared<LoadedIndex>();
    std::map<std::string, size_t> datasets;
    for (const ListSnapshot& list : *lists)
      for (const Entity& entity : list.entities)
        for (std::string& d : EntityDatasets(entity)) ++datasets[std::move(d)];
    for (const auto& [name, count] : datasets) {
      index->datasets.push_back(name);
      index->dataset_entities.push_back(count);
    }
    if (!regime_path.empty()) {
      Result<Regime> regime = Regime::Load(regime_path);
      if (!regime.ok()) return regime.status();
      index->regime = std::move(*regime);
    }
    Result<std::shared_ptr<const Screener>> screener = Screener::Build(std::move(*lists));
    if (!screener.ok()) return screener.status();
    index->screener = std::move(*screener);
    if (index->regime) index->party_matcher = MakeScreenerPartyMatcher(index->screener);
    index->load_seconds = SecondsSince(start);
    index->loaded_at = UtcNow();
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
