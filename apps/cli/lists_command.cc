#include "commands.h"

namespace embargo::cli {

void RegisterListsCommand(CLI::App& app) {}

}  // namespace embargo::cli
