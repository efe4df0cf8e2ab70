using Reporting.Bench;

return BenchmarkRunner.Run(args);
