using Reporting.Cli;

return ReportingCli.Run(args, CliConsole.Create());
