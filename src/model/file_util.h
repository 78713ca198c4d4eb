// Reading a whole file into memory, the one way every reader and command does it.
#pragma once

#include <string>

#include "embargo/status.h"

namespace embargo {

// The bytes of the file at `path`, or an io_error naming it.
Result<std::string> ReadFileToString(const std::string& path);

}  // namespace embargo
