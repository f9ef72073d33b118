#pragma once
// Runs salesaudit-cli in-process and captures stdout, stderr and the exit code.
#include <string>
#include <vector>

namespace sa::test {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

CliRun runCli(const std::vector<std::string>& args);

} // namespace sa::test
