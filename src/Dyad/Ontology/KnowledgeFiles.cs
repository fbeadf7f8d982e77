using System.Reflection;

namespace Dyad.Ontology;

/// <summary>
/// The files of <c>knowledge/</c>: embedded in the library at build time, tab-separated, <c>#</c> comment lines.
/// One reader for the ontology and the actor knowledge base.
/// </summary>
public static class KnowledgeFiles
{
    /// <summary>Opens a shipped knowledge file (e.g. <c>cameo.tsv</c>) embedded in the library.</summary>
    public static Stream Open(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Dyad.knowledge." + fileName)
        ?? throw new InvalidOperationException($"knowledge/{fileName} is not embedded in this build of Dyad; run `dyad build-knowledge` and rebuild");

    /// <summary>The data lines (not blank, not comments) with their 1-based line numbers.</summary>
    public static IEnumerable<(int Number, string Line)> DataLines(TextReader reader)
    {
        string? line;
        int number = 0;
        while ((line = reader.ReadLine()) != null)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (number, line);
        }
    }

    /// <summary>The data lines split at tabs; a line with another number of columns is an error naming the file and line.</summary>
    public static IEnumerable<string[]> Rows(TextReader reader, string fileName, int columns)
    {
        foreach (var (number, line) in DataLines(reader))
        {
            var f = line.Split('\t');
            if (f.Length != columns) throw new InvalidDataException($"{fileName} line {number}: expected {columns} tab-separated columns, found {f.Length}");
            yield return f;
        }
    }
}
