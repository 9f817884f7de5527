using ProfileAsCode.Cli;
using ProfileAsCode.Cli.CommandLine;

return App.Run(args, Output.ForConsole);
