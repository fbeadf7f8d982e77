using System.CommandLine;
using Dyad.Evaluation;
using Dyad.Places;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad build-gazetteer</c> and <c>dyad eval places</c>.</summary>
internal static class PlaceCommands
{
    public static Command BuildGazetteer()
    {
        var data = new Option<string>("--data") { Description = "The outside data folder (holds geonames/ and country-metadata/).", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--output", "-o") { Description = "The knowledge folder (holds countries.tsv and hand/places.tsv; the gazetteer is written there).", DefaultValueFactory = _ => "knowledge" };
        var cmd = new Command("build-gazetteer", "Rebuild the places gazetteer (knowledge/places.tsv.br) from the GeoNames extracts, knowledge/countries.tsv and knowledge/hand/places.tsv.") { data, output };
        cmd.SetAction(r =>
        {
            Console.WriteLine(GazetteerBuilder.Build(r.GetValue(data)!, r.GetValue(output)!));
            Console.Error.WriteLine("rebuild Dyad (./dyad does it on its next run) to embed the new file");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Adds <c>eval places</c> to the eval command.</summary>
    public static void AddEvaluation(Command eval)
    {
        var lgl = new Option<string?>("--lgl") { Description = "The LGL gold file (lgl.xml): toponyms with GeoNames ids." };
        var geovirus = new Option<string?>("--geovirus") { Description = "The GeoVirus gold file (GeoVirus.xml): toponyms with coordinates." };
        var part = new Option<string>("--part") { Description = "Which LGL articles: all, tune (even positions: the weights were chosen on these) or test (odd positions).", DefaultValueFactory = _ => "all" };
        part.AcceptOnlyFromAmong("all", "tune", "test");
        var limit = new Option<int>("--limit") { Description = "At most this many articles per file (0: all).", DefaultValueFactory = _ => 0 };
        var errors = new Option<int>("--errors") { Description = "Print this many wrong resolutions and misses per file.", DefaultValueFactory = _ => 0 };
        var cmd = new Command("places", "Toponym recognition and resolution against LGL and GeoVirus: recall, exact GeoNames id, within 161 km, median error.") { lgl, geovirus, part, limit, errors };
        cmd.SetAction(r =>
        {
            string? l = r.GetValue(lgl), g = r.GetValue(geovirus);
            if (l is null && g is null) { l = "../shared/data/geoparsing-gold/lgl.xml"; g = "../shared/data/geoparsing-gold/GeoVirus.xml"; }
            var options = new PlaceEvaluationOptions(Enum.Parse<PlaceEvaluationPart>(r.GetValue(part)!, ignoreCase: true), r.GetValue(limit), r.GetValue(errors));
            if (l is not null) Console.WriteLine(PlaceEvaluation.Run(l, PlaceGoldFormat.Lgl, options));
            if (g is not null) Console.WriteLine(PlaceEvaluation.Run(g, PlaceGoldFormat.GeoVirus, options));
            return ExitCodes.Ok;
        });
        eval.Subcommands.Add(cmd);
    }
}
