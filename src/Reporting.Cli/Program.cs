using Reporting.Cli;
using Spectre.Console;

return ReportingCli.Run(args, AnsiConsole.Console);
