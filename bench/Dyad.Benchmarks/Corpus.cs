namespace Dyad.Benchmarks;

/// <summary>Finds benchmark inputs: the PolNeAR news texts beside the repository, else the bundled samples.</summary>
internal static class Corpus
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    /// <summary>The shared data folder, or null.</summary>
    public static string? Data
    {
        get
        {
            var d = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(d) ? d : null;
        }
    }

    /// <summary>Up to <paramref name="count"/> news texts.</summary>
    public static string[] NewsTexts(int count)
    {
        var dir = Data is { } d ? Path.Combine(d, "quotes-polnear", "train", "text") : Path.Combine(RepoRoot, "samples");
        return Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal).Take(count).Select(File.ReadAllText).ToArray();
    }
}
