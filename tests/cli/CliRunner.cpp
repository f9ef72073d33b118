#include "CliRunner.h"

#include "CliApp.h"
#include "TestSupport.h"

#include <sstream>

namespace sa::test {

CliRun runCli(const std::vector<std::string>& args)
{
    std::ostringstream out, err;
    cli::Context ctx { out, err, testClock() };
    CliRun r;
    r.code = cli::runCli(args, ctx);
    r.out = out.str();
    r.err = err.str();
    return r;
}

} // namespace sa::test
