using System.CommandLine;
using Dyad.Cli;
using Dyad.Cli.Commands;

var root = new RootCommand("Dyad: political event data from raw news, with the evidence for every record.")
{
    ProcessCommand.Build(),
    IngestCommand.Build(),
    ReannotateCommand.Build(),
    StoreCommands.Articles(),
    StoreCommands.Export(),
    StoreCommands.Stats(),
    RelationsCommand.Build(),
    DemoCommand.Build(),
    BenchCommand.Build(),
    EvalCommand.Build(),
    ModelCommands.Train(),
    ModelCommands.Models(),
    ModelCommands.BuildKnowledge(),
    ModelCommands.BuildClusters(),
    PlaceCommands.BuildGazetteer(),
};
try
{
    return root.Parse(args).Invoke();
}
catch (Dyad.Store.DyadStoreException e)
{
    Console.Error.WriteLine($"dyad: {e.Message}");
    return ExitCodes.Fatal;
}
