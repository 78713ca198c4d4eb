// Time and whole-process peak memory to load the reference set of lists together.
// Target: under 0.5 s and under 150 MB. Usage: load_bench [LISTS_DIR]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>

#include "embargo/lists.h"

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : std::string(EMBARGO_SHARED_DIR) + "/data/lists";
  auto start = std::chrono::steady_clock::now();
  auto lists = embargo::LoadLists(embargo::ReferenceListPaths(dir));
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!lists.ok()) {
    std::fprintf(stderr, "load_bench: %s\n", lists.status().ToString().c_str());
    return 1;
  }
  size_t entities = 0, names = 0;
  for (const auto& s : *lists) {
    entities += s.entities.size();
    for (const auto& e : s.entities) names += e.names.size();
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  double peak_mb = usage.ru_maxrss / 1024.0;
  std::printf("reference set: %zu lists, %zu entities, %zu names\n", lists->size(), entities,
              names);
  std::printf("load time      %.3f s   (target < 0.5 s)   %s\n", seconds,
              seconds < 0.5 ? "ok" : "OVER");
  std::printf("peak memory    %.1f MB  (target < 150 MB)  %s\n", peak_mb,
              peak_mb < 150 ? "ok" : "OVER");
  return 0;
}
