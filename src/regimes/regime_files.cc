// Where regime files are found when the caller names a regime rather than a file.
#include <filesystem>
#include <system_error>

#include "embargo/regime.h"

namespace embargo {
namespace {

namespace fs = std::filesystem;

// data/regimes/<name>.yaml or the first data/regimes/<name>-*.yaml in `root`, sorted by name.
std::string InRoot(const fs::path& root, std::string_view name) {
  std::error_code ec;
  const fs::path dir = root / "data" / "regimes";
  if (!fs::is_directory(dir, ec)) return "";
  if (fs::path exact = dir / (std::string(name) + ".yaml"); fs::is_regular_file(exact, ec)) {
    return exact.string();
  }
  std::string best;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const std::string file = entry.path().filename().string();
    if (file.starts_with(std::string(name) + "-") && file.ends_with(".yaml") &&
        (best.empty() || entry.path().string() < best)) {
      best = entry.path().string();
    }
  }
  return best;
}

}  // namespace

Result<std::string> FindRegimeFile(std::string_view name_or_path) {
  std::error_code ec;
  if (fs::is_regular_file(fs::path(name_or_path), ec)) return std::string(name_or_path);
  if (name_or_path.empty() || name_or_path.find('/') != std::string_view::npos) {
    return NotFound("regime file '" + std::string(name_or_path) + "' does not exist");
  }
  std::vector<fs::path> roots{fs::current_path(ec)};
  // Linux: the running executable; a build folder inside the source tree finds its data.
  for (fs::path dir = fs::read_symlink("/proc/self/exe", ec).parent_path(); !ec && !dir.empty();
       dir = dir.parent_path()) {
    roots.push_back(dir);
    if (dir == dir.root_path()) break;
  }
  for (const fs::path& root : roots) {
    if (std::string found = InRoot(root, name_or_path); !found.empty()) return found;
  }
  return NotFound("no regime '" + std::string(name_or_path) + "': looked for data/regimes/" +
                  std::string(name_or_path) +
                  "*.yaml in the working directory and above the executable");
}

}  // namespace embargo
