using BenchmarkDotNet.Running;

if (args.Length > 1 && args[0] == "cpu-time") Dyad.Benchmarks.CpuTime.Run(args[1..]);
else if (args.Length > 1 && args[0] == "parser-cpu-time") Dyad.Benchmarks.CpuTime.RunParsers(args[1..]);
else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
